package org.ccgdiag.report.html;

import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.html.Page.Block;
import org.ccgdiag.report.html.Page.Section;
import org.ccgdiag.report.html.Page.Table;
import org.ccgdiag.report.html.Page.Table.Cell;
import org.ccgdiag.report.html.Page.Table.Column;

/** The pieces both HTML pages (a report and the summary) build their sections from. */
final class Blocks {
  private Blocks() {}

  /** A section of the page under the view's heading for it. */
  static Section section(
      String id, ReportView.Section section, boolean breakBefore, List<Block> blocks) {
    return new Section(id, section.heading(), breakBefore, blocks);
  }

  /** A section's intro as its first block, if it has one. */
  static List<Block> intro(ReportView.Section section) {
    List<Block> blocks = new ArrayList<>();
    if (!section.intro().isEmpty()) {
      blocks.add(Block.paragraph(section.intro()));
    }
    return blocks;
  }

  /** A score cell: right-aligned, greyed out when there is none. */
  static Cell score(String score) {
    return ReportView.NONE.equals(score) ? Cell.missing(score) : Cell.number(score);
  }

  /** Columns whose headers are "Score", "Target", "Gap" or "#" are numeric. */
  static List<Column> columns(String... headers) {
    return java.util.Arrays.stream(headers)
        .map(h -> new Column(h, List.of("#", "Score", "Target", "Gap").contains(h)))
        .toList();
  }

  static Table.Row row(Cell... cells) {
    return new Table.Row(List.of(cells));
  }

  /** A table whose first {@code text} columns are text and the others numbers. */
  static Table table(List<String> columns, int text, List<List<String>> rows) {
    return table(columns, "l".repeat(text) + "r".repeat(columns.size() - text), rows);
  }

  /**
   * A table with one alignment letter per column ({@code l}: text, {@code r}: a number, greyed when
   * missing), the first cell of each row naming it.
   */
  static Table table(List<String> columns, String align, List<List<String>> rows) {
    List<Column> heads = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      heads.add(new Column(columns.get(i), align.charAt(i) == 'r'));
    }
    return new Table(
        null,
        heads,
        rows.stream()
            .map(
                r -> {
                  List<Cell> cells = new ArrayList<>();
                  cells.add(Cell.header(r.get(0)));
                  for (int i = 1; i < r.size(); i++) {
                    cells.add(align.charAt(i) == 'r' ? score(r.get(i)) : Cell.of(r.get(i)));
                  }
                  return new Table.Row(cells);
                })
            .toList());
  }
}
