package org.ccgdiag.report.markdown;

import static org.ccgdiag.report.markdown.MarkdownText.escape;

import java.util.List;
import org.ccgdiag.report.ComparisonView;

/** `compare --format md`: a comparison for the team and whoever supports it; every text escaped. */
public final class ComparisonMarkdown {
  private ComparisonMarkdown() {}

  public static String render(ComparisonView view) {
    StringBuilder md = new StringBuilder();
    md.append("# ")
        .append(escape(view.title()))
        .append("\n\n")
        .append(escape(view.facts()))
        .append("\n\n");
    md.append("**")
        .append(escape(view.headline()))
        .append("** ")
        .append(escape(view.detail()))
        .append("\n\n");
    sections(md, view, "## ");
    return md.toString();
  }

  /**
   * The comparison's sections under headings starting {@code heading} ("## "; a report nests them
   * deeper).
   */
  public static void sections(StringBuilder md, ComparisonView view, String heading) {
    md.append(heading)
        .append(view.words().domain().capitalMany())
        .append("\n\n")
        .append(table(view.itemColumns(), view.words().domain().capital(), view.domains()))
        .append('\n');
    if (!view.areas().isEmpty()) {
      md.append(heading)
          .append(escape(view.areasHeading()))
          .append("\n\n")
          .append(table(view.itemColumns(), view.words().area().capital(), view.areas()))
          .append('\n');
    }
    md.append(heading).append("Development needs\n\n");
    list(md, "Closed", view.closed());
    list(md, "Opened", view.opened());
    list(md, "Remaining", view.remaining());
    md.append('\n');
    if (!view.moved().isEmpty()) {
      md.append(heading).append(escape(view.movedHeading())).append("\n\n");
      view.moved().forEach(m -> md.append("- ").append(escape(m)).append('\n'));
      md.append('\n');
    }
    if (!view.added().isEmpty() || !view.removed().isEmpty()) {
      md.append(heading).append("Added and removed\n\n");
      list(md, "Only in the later report", view.added());
      list(md, "Only in the earlier report", view.removed());
      md.append('\n');
    }
    if (!view.warnings().isEmpty()) {
      md.append(heading).append("Warnings\n\n");
      view.warnings().forEach(w -> md.append("- ").append(escape(w)).append('\n'));
      md.append('\n');
    }
  }

  private static String table(List<String> columns, String first, List<List<String>> rows) {
    List<String> headers = new java.util.ArrayList<>(columns);
    headers.set(0, first);
    MarkdownTable table = new MarkdownTable(headers, "lrrrl");
    rows.forEach(r -> table.row(r.stream().map(MarkdownText::escape).toList()));
    return table.toString();
  }

  private static void list(StringBuilder md, String label, List<String> items) {
    md.append("- **")
        .append(label)
        .append("** (")
        .append(items.size())
        .append(")")
        .append(
            items.isEmpty()
                ? ""
                : ": " + String.join("; ", items.stream().map(MarkdownText::escape).toList()))
        .append('\n');
  }
}
