package org.ccgdiag.report.markdown;

import java.math.BigDecimal;
import static org.ccgdiag.report.markdown.MarkdownText.escape;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.report.ReportViews;
import org.ccgdiag.text.Utf8Text;
import org.ccgdiag.report.ReportView;

/**
 * The report as Markdown, for a chair to read in any editor: the title block and headline, "start
 * here", then the detail. Renders a {@link ReportView}; every text is escaped here, so nothing from
 * an input file can break the layout. Tables are kept to short rows; long texts are list items.
 */
public final class MarkdownReport {
  private final ReportView view;
  private final Utf8Text out = new Utf8Text(32 * 1024);

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
    md.statements();
    md.divergence();
    md.contradictions();
    md.dontKnow();
    md.notes();
    md.stakeholders();
    md.needs();
    md.plan();
    md.warnings();
    md.howToRead();
    return md.out.toBytes();
  }

  private void title() {
    line("# " + escape(view.header().title()));
    line();
    line(String.join(" · ", view.header().facts().stream().map(MarkdownText::escape).toList()));
    line();
    ReportView.Lead lead = view.lead();
    line("**" + escape(lead.headline()) + "** " + escape(lead.detail()));
    line();
    if (lead.since() != null) {
      line(escape(lead.since()));
      line();
    }
  }

  private void startHere() {
    heading(view.startHere());
    for (ReportView.Priority p : view.priorities()) {
      line(p.number() + ". **" + escape(p.title()) + "** (" + escape(p.where()) + "): " + escape(p.why())
          + (p.action() == null ? "" : " " + escape(p.action())));
      if (!p.areas().isEmpty()) {
        line("   - Weakest " + escape(view.words().area().many()) + ": " + escapeAll(p.areas()) + ".");
      }
      for (ReportView.Statement s : p.statements()) {
        line("   - " + statement(s) + " (" + escape(s.answers()) + ")" + notes(s));
      }
      if (!p.support().isEmpty()) {
        line("   - Use first: " + italic(p.support()) + ".");
      }
      if (!p.evidence().isEmpty()) {
        line("   - Evidence that would show progress: " + escapeAll(p.evidence()) + ".");
      }
    }
    if (!view.priorities().isEmpty()) {
      line();
    }
  }

  private void progress() {
    if (view.progress() != null) {
      heading(view.progressSection());
      StringBuilder sections = new StringBuilder();
      ComparisonMarkdown.sections(sections, view.progress(), "### ");
      out.append(sections);
    }
  }

  private void domains() {
    heading(view.domainsSection());
    boolean numbered = view.words().numbered();
    // The "#" column only where domains are numbered.
    List<String> header = new ArrayList<>(numbered ? List.of("#") : List.of());
    header.addAll(List.of(view.words().domain().capital(), "Score", "", "Level", "Target", "Status"));
    MarkdownTable table = new MarkdownTable(header, (numbered ? "r" : "") + "lrllrl");
    for (ReportView.DomainRow d : view.domains()) {
      List<String> row = new ArrayList<>(numbered ? List.of(String.valueOf(d.number())) : List.of());
      row.addAll(List.of(
          escape(d.title()), d.score(), bar(d.bar(), d.thin()), escape(d.level()), d.target(), escape(d.status())));
      table.row(row);
    }
    out.append(table).append('\n');
    // Unnumbered domains are listed in full only where a title was shortened for the table.
    boolean shortened = view.domains().stream().anyMatch(d -> !d.fullTitle().equals(d.title()));
    if (numbered || shortened) {
      line("Each block of a bar is 10 points. The " + view.words().domain().many() + " in full:");
      line();
      for (ReportView.DomainRow d : view.domains()) {
        line((numbered ? d.number() + ". " : "- ") + escape(d.fullTitle()));
      }
    } else {
      line("Each block of a bar is 10 points.");
    }
    line();
  }

  private void beyond() {
    if (view.beyond().isEmpty()) {
      return;
    }
    heading(view.beyondSection());
    for (ReportView.Beyond b : view.beyond()) {
      line("- **" + escape(view.words().domainName(b.number(), b.title())) + ".** " + escape(b.text()));
    }
    line();
  }

  private void framework() {
    ReportView.FrameworkView framework = view.framework();
    if (framework == null) {
      return;
    }
    heading(framework.section());
    MarkdownTable dimensions = new MarkdownTable(List.of(view.words().dimension().capital(), "Score", ""), "lrl");
    framework.dimensions().forEach(d -> dimensions.row(List.of(d.title(), d.score(), Bars.bar(d.bar()))));
    out.append(dimensions).append('\n');
    for (ReportView.DimensionView d : framework.dimensions()) {
      line("### " + d.title());
      line();
      if (d.line() != null) {
        line("*" + escape(d.line()) + "*");
        line();
      }
      MarkdownTable areas = new MarkdownTable(List.of(view.words().area().capital(), "Score", "", "Level", "Target", "Status"), "lrllrl");
      for (ReportView.AreaRow a : d.areas()) {
        areas.row(List.of(escape(a.title()), a.score(), bar(a.bar(), a.thin()), escape(a.level()), a.target(), escape(a.status())));
      }
      out.append(areas).append('\n');
    }
  }

  private void statements() {
    if (view.weakest().isEmpty()) {
      return;
    }
    heading(view.weakestSection());
    statementList(view.weakest());
    line("### " + escape(view.strongestSection().heading()));
    line();
    line(escape(view.strongestSection().intro()));
    line();
    statementList(view.strongest());
  }

  private void statementList(List<ReportView.Statement> statements) {
    for (ReportView.Statement s : statements) {
      line("- **" + s.score() + "** " + statement(s) + " (" + view.words().in(s) + "): " + escape(s.answers())
          + notes(s));
    }
    line();
  }

  private void divergence() {
    heading(view.divergenceSection());
    for (ReportView.Divergence d : view.divergence()) {
      line("- " + statement(d.statement()) + " (" + view.words().in(d.statement()) + "), spread **" + d.spread()
          + "**: lowest " + escape(d.low()) + " from " + escape(d.lowWho()) + "; highest " + escape(d.high())
          + " from " + escape(d.highWho()) + ".");
    }
    if (!view.divergence().isEmpty()) {
      line();
    }
    room();
  }

  private void room() {
    ReportView.RoomView room = view.room();
    if (room == null) {
      return;
    }
    heading(room.split());
    room.splitRows().forEach(v -> line("- " + statement(v.statement()) + " (" + view.words().in(v.statement())
        + "): votes " + escape(v.votes()) + "; spread **" + v.spread() + "**; agreed: " + escape(v.agreed()) + "."));
    if (!room.splitRows().isEmpty()) {
      line();
    }
    heading(room.moved());
    room.movedRows().forEach(v -> line("- " + statement(v.statement()) + " (" + view.words().in(v.statement())
        + "): the middle vote was " + escape(v.middle()) + "; the team agreed " + escape(v.agreed()) + " (votes "
        + escape(v.votes()) + ")."));
    if (!room.movedRows().isEmpty()) {
      line();
    }
  }

  private void contradictions() {
    if (view.contradictions().isEmpty()) {
      return;
    }
    heading(view.contradictionSection());
    for (ReportView.Contradiction c : view.contradictions()) {
      line("- " + statement(c.statement()) + " and " + statement(c.mirror()) + ": " + escape(c.sentence()));
    }
    line();
  }

  private void dontKnow() {
    if (view.dontKnow().isEmpty()) {
      return;
    }
    heading(view.dontKnowSection());
    for (ReportView.Statement s : view.dontKnow()) {
      line("- " + statement(s) + " (" + view.words().in(s) + "): " + escape(s.answers()));
    }
    line();
  }

  private void notes() {
    heading(view.notesSection());
    for (ReportView.NoteGroup group : view.notes()) {
      line("### " + escape(group.domain()));
      line();
      for (ReportView.Statement s : group.statements()) {
        line("- " + statement(s));
        s.notes().forEach(note -> line("  - " + escape(note)));
      }
      line();
    }
  }

  private void stakeholders() {
    ReportView.Stakeholders s = view.stakeholders();
    if (s == null) {
      return;
    }
    heading(s.section());
    out.append(table(s.columns(), s.rows())).append('\n');
    for (int i = 0; i < 2; i++) {
      ReportView.Section section = i == 0 ? s.blindSpots() : s.hiddenStrengths();
      List<List<String>> rows = i == 0 ? s.blindSpotRows() : s.hiddenStrengthRows();
      line("### " + escape(section.heading()));
      line();
      line(escape(section.intro()));
      line();
      if (!rows.isEmpty()) {
        out.append(table(s.differenceColumns(), rows)).append('\n');
      }
    }
  }

  /** A table whose first column is text and the others numbers. */
  private static MarkdownTable table(List<String> columns, List<List<String>> rows) {
    MarkdownTable table = new MarkdownTable(columns.stream().map(MarkdownText::escape).toList(), "l" + "r".repeat(columns.size() - 1));
    rows.forEach(row -> table.row(row.stream().map(MarkdownText::escape).toList()));
    return table;
  }

  private void needs() {
    heading(view.needsSection());
    if (view.needs().isEmpty()) {
      return;
    }
    MarkdownTable table =
        new MarkdownTable(List.of("#", "Need", "Score", "Target", "Gap", "Priority", "Suggested support"), "rlrrrll");
    for (ReportView.Need n : view.needs()) {
      table.row(List.of(
          String.valueOf(n.rank()), escape(n.name()), n.score(), n.target(), n.gap(),
          n.high() ? "**" + escape(n.priority()) + "**" : escape(n.priority()), escape(n.support())));
    }
    out.append(table).append('\n');
    if (!view.support().isEmpty()) {
      line("### " + escape(view.supportSection().heading()));
      line();
      line(escape(view.supportSection().intro()));
      line();
      for (ReportView.Support s : view.support()) {
        line("- **" + escape(s.title()) + "** (" + s.needs() + ")"
            + (s.about() == null ? "" : ": " + escape(s.about()))
            + (s.url() == null ? "" : " " + MarkdownText.url(s.url())));
      }
      line();
    }
  }

  private void plan() {
    if (view.plan().isEmpty()) {
      return;
    }
    heading(view.planSection());
    MarkdownTable table = new MarkdownTable(List.of("Priority", "First actions", "Evidence of progress", "Owner", "By when"), "lllll");
    view.plan().forEach(p -> table.row(List.of(escape(p.need()), escape(p.actions()), escape(p.evidence()), "", "")));
    out.append(table).append('\n');
  }

  private void warnings() {
    if (view.warnings().isEmpty()) {
      return;
    }
    heading(view.warningsSection());
    view.warnings().forEach(w -> line("- " + escape(w)));
    line();
  }

  private void howToRead() {
    heading(view.howToReadSection());
    view.method().forEach(m -> line("- " + escape(m)));
  }

  // ---- pieces ----

  private void heading(ReportView.Section section) {
    line("## " + escape(section.heading()));
    line();
    if (!section.intro().isEmpty()) {
      line(escape(section.intro()));
      line();
    }
  }

  /** A score's bar; none for a score on too little evidence, which is no result (the status beside it says why). */
  private static String bar(BigDecimal score, String thin) {
    return thin == null ? Bars.bar(score) : "";
  }

  private static String statement(ReportView.Statement s) {
    return "\"" + escape(s.text()) + "\"";
  }

  /** The team's notes on a statement, quoted after it. */
  private static String notes(ReportView.Statement s) {
    List<String> quoted = new ArrayList<>();
    s.notes().forEach(n -> quoted.add("*" + escape(n) + "*"));
    return quoted.isEmpty() ? "" : ". Notes: " + String.join("; ", quoted);
  }

  private static String escapeAll(List<String> texts) {
    return String.join("; ", texts.stream().map(MarkdownText::escape).toList());
  }

  private static String italic(List<String> texts) {
    return String.join(", ", texts.stream().map(t -> "*" + escape(t) + "*").toList());
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private void line() {
    out.append('\n');
  }
}
