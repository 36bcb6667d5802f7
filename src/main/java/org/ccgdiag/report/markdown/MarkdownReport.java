package org.ccgdiag.report.markdown;

import static org.ccgdiag.report.markdown.MarkdownText.escape;
import static org.ccgdiag.report.markdown.StatementSections.notes;
import static org.ccgdiag.report.markdown.StatementSections.statement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.ReportViews;
import org.ccgdiag.scoring.Findings;

/**
 * The report as Markdown, for a chair to read in any editor: the title block and headline, "start
 * here", then the detail ({@link StatementSections} writes those that quote statements). Renders a
 * {@link ReportView}; every text is escaped as it is written, so nothing from an input file can
 * break the layout. Tables are kept to short rows; long texts are list items.
 */
public final class MarkdownReport {
  private final ReportView view;
  private final MarkdownLines out = new MarkdownLines();

  private MarkdownReport(ReportView view) {
    this.view = view;
  }

  public static String render(Findings report) {
    return render(ReportViews.of(report));
  }

  public static String render(ReportView view) {
    return new String(renderUtf8(view), StandardCharsets.UTF_8);
  }

  /** The report as the UTF-8 bytes of its file, as a batch writes them. */
  public static byte[] renderUtf8(ReportView view) {
    MarkdownReport md = new MarkdownReport(view);
    md.title();
    md.startHere();
    md.progress();
    md.domains();
    md.beyond();
    md.framework();
    new StatementSections(md.view, md.out).write();
    md.stakeholders();
    md.needs();
    md.plan();
    md.warnings();
    md.howToRead();
    return md.out.toBytes();
  }

  private void title() {
    out.line("# " + escape(view.header().title()));
    out.line();
    out.line(String.join(" · ", view.header().facts().stream().map(MarkdownText::escape).toList()));
    out.line();
    ReportView.Lead lead = view.lead();
    out.line("**" + escape(lead.headline()) + "** " + escape(lead.detail()));
    out.line();
    if (lead.since() != null) {
      out.line(escape(lead.since()));
      out.line();
    }
  }

  private void startHere() {
    out.heading(view.startHere());
    for (ReportView.Priority p : view.priorities()) {
      out.line(
          p.number()
              + ". **"
              + escape(p.title())
              + "** ("
              + escape(p.where())
              + "): "
              + escape(p.why())
              + (p.action() == null ? "" : " " + escape(p.action())));
      if (!p.areas().isEmpty()) {
        out.line(
            "   - Weakest "
                + escape(view.words().area().many())
                + ": "
                + escapeAll(p.areas())
                + ".");
      }
      for (ReportView.Statement s : p.statements()) {
        out.line("   - " + statement(s) + " (" + escape(s.answers()) + ")" + notes(s));
      }
      if (!p.support().isEmpty()) {
        out.line("   - Use first: " + italic(p.support()) + ".");
      }
      if (!p.evidence().isEmpty()) {
        out.line("   - Evidence that would show progress: " + escapeAll(p.evidence()) + ".");
      }
    }
    if (!view.priorities().isEmpty()) {
      out.line();
    }
  }

  private void progress() {
    if (view.progress() != null) {
      out.heading(view.progressSection());
      StringBuilder sections = new StringBuilder();
      ComparisonMarkdown.sections(sections, view.progress(), "### ");
      out.append(sections);
    }
  }

  private void domains() {
    out.heading(view.domainsSection());
    boolean numbered = view.words().numbered();
    // The "#" column only where domains are numbered.
    List<String> header = new ArrayList<>(numbered ? List.of("#") : List.of());
    header.addAll(
        List.of(view.words().domain().capital(), "Score", "", "Level", "Target", "Status"));
    MarkdownTable table = new MarkdownTable(header, (numbered ? "r" : "") + "lrllrl");
    for (ReportView.DomainRow d : view.domains()) {
      List<String> row =
          new ArrayList<>(numbered ? List.of(String.valueOf(d.number())) : List.of());
      row.addAll(
          List.of(
              escape(d.title()),
              d.score(),
              bar(d.bar(), d.thin()),
              escape(d.level()),
              d.target(),
              escape(d.status())));
      table.row(row);
    }
    out.table(table);
    // Unnumbered domains are listed in full only where a title was shortened for the table.
    boolean shortened = view.domains().stream().anyMatch(d -> !d.fullTitle().equals(d.title()));
    if (numbered || shortened) {
      out.line(
          "Each block of a bar is 10 points. The " + view.words().domain().many() + " in full:");
      out.line();
      for (ReportView.DomainRow d : view.domains()) {
        out.line((numbered ? d.number() + ". " : "- ") + escape(d.fullTitle()));
      }
    } else {
      out.line("Each block of a bar is 10 points.");
    }
    out.line();
  }

  private void beyond() {
    if (view.beyond().isEmpty()) {
      return;
    }
    out.heading(view.beyondSection());
    for (ReportView.Beyond b : view.beyond()) {
      out.line(
          "- **"
              + escape(view.words().domainName(b.number(), b.title()))
              + ".** "
              + escape(b.text()));
    }
    out.line();
  }

  private void framework() {
    ReportView.FrameworkView framework = view.framework();
    if (framework == null) {
      return;
    }
    out.heading(framework.section());
    MarkdownTable dimensions =
        new MarkdownTable(List.of(view.words().dimension().capital(), "Score", ""), "lrl");
    framework
        .dimensions()
        .forEach(d -> dimensions.row(List.of(d.title(), d.score(), Bars.bar(d.bar()))));
    out.table(dimensions);
    for (ReportView.DimensionView d : framework.dimensions()) {
      out.line("### " + d.title());
      out.line();
      if (d.line() != null) {
        out.line("*" + escape(d.line()) + "*");
        out.line();
      }
      MarkdownTable areas =
          new MarkdownTable(
              List.of(view.words().area().capital(), "Score", "", "Level", "Target", "Status"),
              "lrllrl");
      for (ReportView.AreaRow a : d.areas()) {
        areas.row(
            List.of(
                escape(a.title()),
                a.score(),
                bar(a.bar(), a.thin()),
                escape(a.level()),
                a.target(),
                escape(a.status())));
      }
      out.table(areas);
    }
  }

  private void stakeholders() {
    ReportView.Stakeholders s = view.stakeholders();
    if (s == null) {
      return;
    }
    out.heading(s.section());
    out.table(table(s.columns(), s.rows()));
    for (int i = 0; i < 2; i++) {
      ReportView.Section section = i == 0 ? s.blindSpots() : s.hiddenStrengths();
      List<List<String>> rows = i == 0 ? s.blindSpotRows() : s.hiddenStrengthRows();
      out.line("### " + escape(section.heading()));
      out.line();
      out.line(escape(section.intro()));
      out.line();
      if (!rows.isEmpty()) {
        out.table(table(s.differenceColumns(), rows));
      }
    }
  }

  /** A table whose first column is text and the others numbers. */
  private static MarkdownTable table(List<String> columns, List<List<String>> rows) {
    MarkdownTable table =
        new MarkdownTable(
            columns.stream().map(MarkdownText::escape).toList(),
            "l" + "r".repeat(columns.size() - 1));
    rows.forEach(row -> table.row(row.stream().map(MarkdownText::escape).toList()));
    return table;
  }

  private void needs() {
    out.heading(view.needsSection());
    if (view.needs().isEmpty()) {
      return;
    }
    MarkdownTable table =
        new MarkdownTable(
            List.of("#", "Need", "Score", "Target", "Gap", "Priority", "Suggested support"),
            "rlrrrll");
    for (ReportView.Need n : view.needs()) {
      table.row(
          List.of(
              String.valueOf(n.rank()),
              escape(n.name()),
              n.score(),
              n.target(),
              n.gap(),
              n.high() ? "**" + escape(n.priority()) + "**" : escape(n.priority()),
              escape(n.support())));
    }
    out.table(table);
    if (!view.support().isEmpty()) {
      out.line("### " + escape(view.supportSection().heading()));
      out.line();
      out.line(escape(view.supportSection().intro()));
      out.line();
      for (ReportView.Support s : view.support()) {
        out.line(
            "- **"
                + escape(s.title())
                + "** ("
                + s.needs()
                + ")"
                + (s.about() == null ? "" : ": " + escape(s.about()))
                + (s.url() == null ? "" : " " + MarkdownText.url(s.url())));
      }
      out.line();
    }
  }

  private void plan() {
    if (view.plan().isEmpty()) {
      return;
    }
    out.heading(view.planSection());
    MarkdownTable table =
        new MarkdownTable(
            List.of("Priority", "First actions", "Evidence of progress", "Owner", "By when"),
            "lllll");
    view.plan()
        .forEach(
            p ->
                table.row(
                    List.of(escape(p.need()), escape(p.actions()), escape(p.evidence()), "", "")));
    out.table(table);
  }

  private void warnings() {
    if (view.warnings().isEmpty()) {
      return;
    }
    out.heading(view.warningsSection());
    view.warnings().forEach(w -> out.line("- " + escape(w)));
    out.line();
  }

  private void howToRead() {
    out.heading(view.howToReadSection());
    view.method().forEach(m -> out.line("- " + escape(m)));
  }

  // ---- pieces ----

  /**
   * A score's bar; none for a score on too little evidence, which is no result (the status beside
   * it says why).
   */
  private static String bar(BigDecimal score, String thin) {
    return thin == null ? Bars.bar(score) : "";
  }

  private static String escapeAll(List<String> texts) {
    return String.join("; ", texts.stream().map(MarkdownText::escape).toList());
  }

  private static String italic(List<String> texts) {
    return String.join(", ", texts.stream().map(t -> "*" + escape(t) + "*").toList());
  }
}
