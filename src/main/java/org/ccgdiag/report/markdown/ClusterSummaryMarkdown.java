package org.ccgdiag.report.markdown;

import static org.ccgdiag.report.markdown.MarkdownText.escape;

import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.group.ClusterSummary;
import org.ccgdiag.report.group.ClusterSummaryView;

/**
 * summary.md: the summary of a batch for the staff who support its organisations. Renders a {@link
 * ClusterSummaryView}; every text is escaped here.
 */
public final class ClusterSummaryMarkdown {
  private ClusterSummaryMarkdown() {}

  /**
   * @param linkReports whether the organisations' Markdown reports were written beside it, to link
   *     to
   */
  public static String render(ClusterSummary summary, boolean linkReports) {
    return render(ClusterSummaryView.of(summary), linkReports);
  }

  public static String render(ClusterSummaryView view, boolean linkReports) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(escape(view.title())).append("\n\n");
    md.append(escape(view.facts())).append("\n\n").append(escape(view.intro())).append("\n\n");

    heading(md, view.weakest());
    md.append("### ").append(escape(view.words().domain().capitalMany())).append("\n\n");
    MarkdownTable domains =
        new MarkdownTable(
            List.of(
                view.words().domain().capital(),
                "Mean score",
                "Target",
                "Below target",
                "Not enough evidence"),
            "lrrrr");
    view.domains()
        .forEach(
            d ->
                domains.row(
                    List.of(
                        escape(d.title()), d.mean(), d.target(), n(d.below()), n(d.unknown()))));
    md.append(domains).append('\n');
    if (!view.areas().isEmpty()) {
      md.append("### ").append(escape(view.areasHeading())).append("\n\n");
      MarkdownTable areas =
          new MarkdownTable(
              List.of(
                  view.words().area().capital(),
                  view.words().dimension().capital(),
                  "Mean score",
                  "Target",
                  "Below target",
                  "Not enough evidence"),
              "llrrrr");
      view.areas()
          .forEach(
              a ->
                  areas.row(
                      List.of(
                          escape(a.title()),
                          a.dimension(),
                          a.mean(),
                          a.target(),
                          n(a.below()),
                          n(a.unknown()))));
      md.append(areas).append('\n');
    }

    heading(md, view.needs());
    if (!view.needRows().isEmpty()) {
      MarkdownTable needs =
          new MarkdownTable(
              List.of("Need", "Kind", "High", "Medium", "Low", "Not enough evidence"), "llrrrr");
      view.needRows()
          .forEach(
              r ->
                  needs.row(
                      List.of(
                          escape(r.title()),
                          r.kind(),
                          n(r.high()),
                          n(r.medium()),
                          n(r.low()),
                          n(r.unknown()))));
      md.append(needs).append('\n');
    }

    heading(md, view.dontKnow());
    if (!view.dontKnowRows().isEmpty()) {
      MarkdownTable dontKnow =
          new MarkdownTable(
              view.dontKnowColumns().stream().map(MarkdownText::escape).toList(), "llrr");
      view.dontKnowRows()
          .forEach(
              r ->
                  dontKnow.row(
                      List.of(
                          escape(r.id()),
                          escape(r.text()),
                          n(r.dontKnow()),
                          n(r.organisations()))));
      md.append(dontKnow).append('\n');
    }

    heading(md, view.organisations());
    if (!view.organisationRows().isEmpty()) {
      List<String> header =
          new ArrayList<>(List.of(escape(view.organisationColumn()), "Answer sets", "Overall"));
      for (int i = 1; i <= view.domainColumns().size(); i++) {
        header.add(String.valueOf(i));
      }
      header.add("Top need");
      header.add("Change");
      MarkdownTable organisations =
          new MarkdownTable(header, "lrr" + "r".repeat(view.domainColumns().size()) + "ll");
      for (ClusterSummaryView.OrganisationRow row : view.organisationRows()) {
        String name = escape(row.name());
        List<String> cells = new ArrayList<>();
        // The report's base name is a slug ([a-z0-9-]), safe as a link target as it is.
        cells.add(linkReports ? "[" + name + "](" + row.report() + ".md)" : name);
        cells.add(n(row.respondents()));
        cells.add(row.overall());
        cells.addAll(row.domains());
        cells.add(escape(row.topNeed()));
        cells.add(escape(row.change()));
        organisations.row(cells);
      }
      md.append(organisations);
    }
    return md.toString();
  }

  private static void heading(StringBuilder md, ReportView.Section section) {
    md.append("## ").append(escape(section.heading())).append("\n\n");
    if (!section.intro().isEmpty()) {
      md.append(escape(section.intro())).append("\n\n");
    }
  }

  private static String n(int value) {
    return String.valueOf(value);
  }
}
