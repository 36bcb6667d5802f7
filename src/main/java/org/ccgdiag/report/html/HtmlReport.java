package org.ccgdiag.report.html;

import static org.ccgdiag.report.html.Blocks.columns;
import static org.ccgdiag.report.html.Blocks.intro;
import static org.ccgdiag.report.html.Blocks.row;
import static org.ccgdiag.report.html.Blocks.score;
import static org.ccgdiag.report.html.Blocks.section;
import static org.ccgdiag.report.html.StatementSections.statement;

import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.ReportViews;
import org.ccgdiag.report.html.Page.Block;
import org.ccgdiag.report.html.Page.Callout;
import org.ccgdiag.report.html.Page.Details;
import org.ccgdiag.report.html.Page.Section;
import org.ccgdiag.report.html.Page.Table;
import org.ccgdiag.report.html.Page.Table.Cell;
import org.ccgdiag.scoring.Findings;

/**
 * The report as one self-contained HTML page: the same sections in the same order as the Markdown
 * report, the sections of scores with their charts from {@link ScoreSections} and those that quote
 * statements from {@link StatementSections}. Renders a {@link ReportView}: every text is already in
 * the questionnaire's words, and the templates escape it.
 */
public final class HtmlReport {
  private final ReportView view;
  private final List<Section> sections = new ArrayList<>();

  private HtmlReport(ReportView view) {
    this.view = view;
  }

  public static String render(Findings report) {
    return render(ReportViews.of(report));
  }

  public static String render(ReportView view) {
    return HtmlRenderer.shared().render(page(view));
  }

  /** The page before it is written: what the templates are given. */
  static Page page(ReportView view) {
    HtmlReport html = new HtmlReport(view);
    html.startHere();
    html.progress();
    html.sections.addAll(ScoreSections.of(view));
    html.sections.addAll(StatementSections.of(view));
    html.stakeholders();
    html.needs();
    html.plan();
    html.warnings();
    html.howToRead();
    ReportView.Lead lead = view.lead();
    List<Text> subtitle =
        new ArrayList<>(
            List.of(
                Text.of(String.join(" · ", view.header().facts())),
                Text.builder().strong(lead.headline()).plain(" " + lead.detail()).build()));
    if (lead.since() != null) {
      subtitle.add(Text.of(lead.since()));
    }
    return new Page(
        "en-GB",
        view.header().title(),
        subtitle,
        html.sections,
        FirstPages.report(view, ScoreSections.radar(view, "first-page-radar")));
  }

  private void startHere() {
    List<Callout.Item> items = new ArrayList<>();
    for (ReportView.Priority p : view.priorities()) {
      List<Text> lines = new ArrayList<>();
      lines.add(Text.of(p.why() + (p.action() == null ? "" : " " + p.action())));
      if (!p.areas().isEmpty()) {
        lines.add(
            Text.builder()
                .strong("Weakest " + view.words().area().many() + ": ")
                .plain(String.join("; ", p.areas()) + ".")
                .build());
      }
      for (ReportView.Statement s : p.statements()) {
        lines.add(
            statement(Text.builder().strong("Weakest: "), s)
                .plain(" (" + s.answers() + ")")
                .build());
      }
      if (!p.support().isEmpty()) {
        lines.add(
            Text.builder()
                .strong("Use first: ")
                .em(String.join(", ", p.support()))
                .plain(".")
                .build());
      }
      if (!p.evidence().isEmpty()) {
        lines.add(
            Text.builder()
                .strong("Evidence that would show progress: ")
                .plain(String.join("; ", p.evidence()) + ".")
                .build());
      }
      items.add(new Callout.Item(p.title() + " (" + p.where() + ")", lines));
    }
    List<Block> blocks = intro(view.startHere());
    if (!items.isEmpty()) {
      // The priorities at a glance are the first screen (FirstPages, shown on screen too); here the
      // detail.
      blocks.add(Block.callout(new Callout(null, items)));
    }
    sections.add(section("start-here", view.startHere(), false, blocks));
  }

  /** The change since an earlier round: the comparison's sections as sub-sections of one. */
  private void progress() {
    if (view.progress() == null) {
      return;
    }
    List<Block> blocks = intro(view.progressSection());
    for (Section part : ComparisonHtml.sections(view.progress())) {
      blocks.add(Block.subheading(part.heading()));
      blocks.addAll(part.blocks());
    }
    sections.add(section("progress", view.progressSection(), false, blocks));
  }

  private void stakeholders() {
    ReportView.Stakeholders s = view.stakeholders();
    if (s == null) {
      return;
    }
    List<Block> blocks = intro(s.section());
    blocks.add(Block.table(Blocks.table(s.columns(), 1, s.rows())));
    for (int i = 0; i < 2; i++) {
      ReportView.Section part = i == 0 ? s.blindSpots() : s.hiddenStrengths();
      List<List<String>> rows = i == 0 ? s.blindSpotRows() : s.hiddenStrengthRows();
      blocks.add(Block.subheading(part.heading()));
      blocks.addAll(intro(part));
      if (!rows.isEmpty()) {
        blocks.add(Block.table(Blocks.table(s.differenceColumns(), 1, rows)));
      }
    }
    sections.add(section("stakeholders", s.section(), false, blocks));
  }

  private void needs() {
    List<Block> blocks = intro(view.needsSection());
    if (!view.needs().isEmpty()) {
      blocks.add(
          Block.table(
              new Table(
                  null,
                  columns("#", "Need", "Score", "Target", "Gap", "Priority", "Suggested support"),
                  view.needs().stream()
                      .map(
                          n ->
                              row(
                                  Cell.number(String.valueOf(n.rank())),
                                  Cell.header(n.name()),
                                  score(n.score()),
                                  Cell.number(n.target()),
                                  Cell.number(n.gap()),
                                  Cell.of(
                                      n.high()
                                          ? Text.builder().strong(n.priority()).build()
                                          : Text.of(n.priority())),
                                  Cell.of(n.support())))
                      .toList())));
      if (!view.support().isEmpty()) {
        blocks.add(Block.subheading(view.supportSection().heading()));
        blocks.addAll(intro(view.supportSection()));
        blocks.add(
            Block.details(
                new Details(
                    view.support().stream()
                        .map(
                            s ->
                                new Details.Entry(
                                    s.url() == null
                                        ? Text.builder().strong(s.title()).build()
                                        : Text.builder().link(s.title(), s.url()).build(),
                                    List.of(
                                        Text.of(
                                            "("
                                                + s.needs()
                                                + ")"
                                                + (s.about() == null ? "" : " " + s.about())))))
                        .toList())));
      }
    }
    sections.add(section("needs", view.needsSection(), true, blocks));
  }

  private void plan() {
    if (view.plan().isEmpty()) {
      return;
    }
    List<Block> blocks = intro(view.planSection());
    blocks.add(
        Block.table(
            new Table(
                null,
                columns("Priority", "First actions", "Evidence of progress", "Owner", "By when"),
                view.plan().stream()
                    .map(
                        p ->
                            row(
                                Cell.header(p.need()),
                                Cell.of(p.actions()),
                                Cell.of(p.evidence()),
                                Cell.of(""),
                                Cell.of("")))
                    .toList())));
    sections.add(section("plan", view.planSection(), true, blocks));
  }

  private void warnings() {
    if (view.warnings().isEmpty()) {
      return;
    }
    List<Block> blocks = intro(view.warningsSection());
    blocks.add(Block.bullets(view.warnings().stream().map(Text::of).toList(), false));
    sections.add(section("warnings", view.warningsSection(), false, blocks));
  }

  private void howToRead() {
    List<Block> blocks = intro(view.howToReadSection());
    blocks.add(Block.bullets(view.method().stream().map(Text::of).toList(), false));
    sections.add(section("how-to-read", view.howToReadSection(), false, blocks));
  }
}
