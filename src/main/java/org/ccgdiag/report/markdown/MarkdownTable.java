package org.ccgdiag.report.markdown;

import java.util.List;

/**
 * A Markdown table: a header row, an alignment row and body rows. Cells are Markdown already
 * (escape input text with {@link MarkdownText#escape} first); {@code align} has one letter per
 * column, {@code l} or {@code r}.
 */
final class MarkdownTable {
  private final StringBuilder out = new StringBuilder();
  private final int columns;

  MarkdownTable(List<String> headers, String align) {
    if (headers.size() != align.length()) {
      throw new IllegalArgumentException(
          "one alignment letter per column: " + headers + " " + align);
    }
    columns = headers.size();
    row(headers);
    StringBuilder rule = new StringBuilder("|");
    for (char a : align.toCharArray()) {
      rule.append(a == 'r' ? " ---: |" : " --- |");
    }
    out.append(rule).append('\n');
  }

  MarkdownTable row(List<String> cells) {
    if (cells.size() != columns) {
      throw new IllegalArgumentException("expected " + columns + " cells: " + cells);
    }
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(cell).append(cell.isEmpty() ? "|" : " |");
    }
    out.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
