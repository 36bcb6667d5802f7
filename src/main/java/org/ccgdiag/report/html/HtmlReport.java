package org.ccgdiag.report.html;

import static org.ccgdiag.report.html.Blocks.columns;
import static org.ccgdiag.report.html.Blocks.intro;
import static org.ccgdiag.report.html.Blocks.row;
import static org.ccgdiag.report.html.Blocks.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.ReportViews;
import org.ccgdiag.report.html.Page.Block;
import org.ccgdiag.report.html.Page.Callout;
import org.ccgdiag.report.html.Page.Chart;
import org.ccgdiag.report.html.Page.Details;
import org.ccgdiag.report.html.Page.Section;
import org.ccgdiag.report.html.Page.Table;
import org.ccgdiag.report.html.Page.Table.Cell;
import org.ccgdiag.report.html.Page.Table.Column;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.Rounding;


/**
 * The report as one self-contained HTML page: the same sections in the same order as the
 * Markdown report, with a radar after the domains table and the areas' bars in the knowledge,
 * skills and mindsets section. Renders a {@link ReportView}: every text is already in the
 * questionnaire's words, and the templates escape it.
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
    html.domains();
    html.beyond();
    html.framework();
    html.statements();
    html.divergence();
    html.contradictions();
    html.dontKnow();
    html.notes();
    html.stakeholders();
    html.needs();
    html.plan();
    html.warnings();
    html.howToRead();
    ReportView.Lead lead = view.lead();
    List<Text> subtitle = new ArrayList<>(List.of(
        Text.of(String.join(" · ", view.header().facts())),
        Text.builder().strong(lead.headline()).plain(" " + lead.detail()).build()));
    if (lead.since() != null) {
      subtitle.add(Text.of(lead.since()));
    }
    return new Page("en-GB", view.header().title(), subtitle, html.sections,
        FirstPages.report(view, html.radar("first-page-radar")));
  }

  private void startHere() {
    List<Callout.Item> items = new ArrayList<>();
    for (ReportView.Priority p : view.priorities()) {
      List<Text> lines = new ArrayList<>();
      lines.add(Text.of(p.why() + (p.action() == null ? "" : " " + p.action())));
      if (!p.areas().isEmpty()) {
        lines.add(Text.builder().strong("Weakest " + view.words().area().many() + ": ").plain(String.join("; ", p.areas()) + ".").build());
      }
      for (ReportView.Statement s : p.statements()) {
        lines.add(statement(Text.builder().strong("Weakest: "), s).plain(" (" + s.answers() + ")").build());
      }
      if (!p.support().isEmpty()) {
        lines.add(Text.builder().strong("Use first: ").em(String.join(", ", p.support())).plain(".").build());
      }
      if (!p.evidence().isEmpty()) {
        lines.add(Text.builder().strong("Evidence that would show progress: ")
            .plain(String.join("; ", p.evidence()) + ".").build());
      }
      items.add(new Callout.Item(p.title() + " (" + p.where() + ")", lines));
    }
    List<Block> blocks = intro(view.startHere());
    if (!items.isEmpty()) {
      // The priorities at a glance are the first screen (FirstPages, shown on screen too); here the detail.
      blocks.add(Block.callout(new Callout(null, items)));
    }
    section("start-here", view.startHere(), false, blocks);
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
    section("progress", view.progressSection(), false, blocks);
  }

  private void domains() {
    boolean numbered = view.words().numbered();
    List<String> headers = new ArrayList<>(numbered ? List.of("#") : List.of());
    headers.addAll(List.of(view.words().domain().capital(), "Score", "Level", "Target", "Status"));
    Table table = new Table(null, columns(headers.toArray(String[]::new)), view.domains().stream()
        .map(d -> {
          // The "#" column only where domains are numbered.
          List<Cell> cells = new ArrayList<>(numbered ? List.of(Cell.number(String.valueOf(d.number()))) : List.of());
          cells.addAll(List.of(Cell.header(d.title()), score(d.score()), Cell.of(d.level()), Cell.number(d.target()),
              Cell.of(d.status())));
          return row(cells.toArray(Cell[]::new));
        })
        .toList());
    List<Block> blocks = intro(view.domainsSection());
    blocks.add(Block.table(table));
    Radar radar = radar("domains-radar");
    if (radar != null) {
      blocks.add(Block.chart(Chart.of(null, radar)));
    }
    // Unnumbered domains are listed in full only where a title was shortened for the table.
    if (numbered || view.domains().stream().anyMatch(d -> !d.fullTitle().equals(d.title()))) {
      blocks.add(Block.paragraph("The " + view.words().domain().many() + " in full:"));
      blocks.add(Block.bullets(view.domains().stream().map(d -> Text.of(d.fullTitle())).toList(), numbered));
    }
    section("domains", view.domainsSection(), true, blocks);
  }

  /** The domains' radar: the team, each shown stakeholder group and the target; null with fewer than 3 domains. */
  private Radar radar(String id) {
    List<ReportView.DomainRow> domains = view.domains();
    if (domains.size() < 3) {
      return null;
    }
    Findings report = view.report();
    List<String> axes = domains.stream().map(d -> view.words().label(d.number(), d.title())).toList();
    ReportView.Stakeholders stakeholders = view.stakeholders();
    List<Radar.Series> series = new ArrayList<>();
    String self = stakeholders == null ? "Self-assessment" : stakeholders.columns().get(1);
    series.add(new Radar.Series(
        self, Radar.Kind.SELF, domains.stream().map(ReportView.DomainRow::bar).toList(),
        domains.stream().map(ReportView.DomainRow::thin).toList()));
    List<Findings.PerspectiveResult> perspectives = report.perspectives();
    for (int p = 0; p < perspectives.size() && stakeholders != null; p++) {
      List<BigDecimal> scores = perspectives.get(p).domains().stream().map(d -> Rounding.score(d.score())).toList();
      series.add(new Radar.Series(stakeholders.columns().get(p + 2), Radar.Kind.PERSPECTIVE, scores));
    }
    series.add(new Radar.Series("Target", Radar.Kind.TARGET,
        report.domains().stream().map(ItemResult::target).map(Rounding::score).toList()));
    List<BigDecimal> levels = report.questionnaire().levels().stream().map(Level::min).map(Rounding::score).toList();
    return Radar.of(id, view.domainsSection().heading(), axes, series, levels);
  }

  private void beyond() {
    if (view.beyond().isEmpty()) {
      return;
    }
    List<Block> blocks = intro(view.beyondSection());
    blocks.add(Block.bullets(view.beyond().stream()
        .map(b -> Text.builder().strong(view.words().domainName(b.number(), b.title()) + ".").plain(" " + b.text()).build())
        .toList(), false));
    section("beyond", view.beyondSection(), false, blocks);
  }

  private void framework() {
    ReportView.FrameworkView framework = view.framework();
    if (framework == null) {
      return;
    }
    List<Block> blocks = intro(framework.section());
    blocks.add(Block.table(new Table(null, columns(view.words().dimension().capital(), "Score"), framework.dimensions().stream()
        .map(d -> row(Cell.header(d.title()), score(d.score()))).toList())));
    List<AreaBars.BarGroup> groups = framework.dimensions().stream()
        .map(d -> new AreaBars.BarGroup(d.title(), d.areas().stream()
            .map(a -> new AreaBars.Item(a.title(), a.bar(), a.targetValue(), a.thin())).toList()))
        .toList();
    blocks.add(Block.chart(Chart.of(null, AreaBars.of("areas-bars", framework.section().heading(), groups))));
    for (ReportView.DimensionView d : framework.dimensions()) {
      blocks.add(Block.subheading(d.title()));
      if (d.line() != null) {
        blocks.add(Block.paragraph(Text.builder().em(d.line()).build()));
      }
      blocks.add(Block.table(new Table(null, columns(view.words().area().capital(), "Score", "Level", "Target", "Status"), d.areas().stream()
          .map(a -> row(Cell.header(a.title()), score(a.score()), Cell.of(a.level()), Cell.number(a.target()),
              Cell.of(a.status())))
          .toList())));
    }
    section("framework", framework.section(), true, blocks);
  }

  private void statements() {
    if (view.weakest().isEmpty()) {
      return;
    }
    List<Block> blocks = intro(view.weakestSection());
    blocks.add(statementList(view.weakest()));
    blocks.add(Block.subheading(view.strongestSection().heading()));
    blocks.addAll(intro(view.strongestSection()));
    blocks.add(statementList(view.strongest()));
    section("statements", view.weakestSection(), true, blocks);
  }

  private Block statementList(List<ReportView.Statement> statements) {
    return Block.bullets(statements.stream()
        .map(s -> notes(statement(Text.builder().strong(s.score()).plain(" "), s)
            .plain(" (" + view.words().in(s) + "): " + s.answers()), s).build())
        .toList(), false);
  }

  private void divergence() {
    List<Block> blocks = intro(view.divergenceSection());
    if (!view.divergence().isEmpty()) {
      blocks.add(Block.bullets(view.divergence().stream()
          .map(d -> statement(Text.builder(), d.statement())
              .plain(" (" + view.words().in(d.statement()) + "), spread ").strong(d.spread())
              .plain(": lowest " + d.low() + " from " + d.lowWho() + "; highest " + d.high() + " from " + d.highWho() + ".")
              .build())
          .toList(), false));
    }
    section("divergence", view.divergenceSection(), false, blocks);
    room();
  }

  private void room() {
    ReportView.RoomView room = view.room();
    if (room == null) {
      return;
    }
    List<Block> split = intro(room.split());
    if (!room.splitRows().isEmpty()) {
      split.add(Block.bullets(room.splitRows().stream()
          .map(v -> statement(Text.builder(), v.statement())
              .plain(" (" + view.words().in(v.statement()) + "): votes " + v.votes() + "; spread ").strong(v.spread())
              .plain("; agreed: " + v.agreed() + ".")
              .build())
          .toList(), false));
    }
    section("room-split", room.split(), false, split);
    List<Block> moved = intro(room.moved());
    if (!room.movedRows().isEmpty()) {
      moved.add(Block.bullets(room.movedRows().stream()
          .map(v -> statement(Text.builder(), v.statement())
              .plain(" (" + view.words().in(v.statement()) + "): the middle vote was " + v.middle()
                  + "; the team agreed ").strong(v.agreed()).plain(" (votes " + v.votes() + ").")
              .build())
          .toList(), false));
    }
    section("room-moved", room.moved(), false, moved);
  }

  private void contradictions() {
    if (view.contradictions().isEmpty()) {
      return;
    }
    List<Block> blocks = intro(view.contradictionSection());
    blocks.add(Block.bullets(view.contradictions().stream()
        .map(c -> statement(statement(Text.builder(), c.statement()).plain(" and "), c.mirror())
            .plain(": " + c.sentence()).build())
        .toList(), false));
    section("contradictions", view.contradictionSection(), false, blocks);
  }

  private void dontKnow() {
    if (view.dontKnow().isEmpty()) {
      return;
    }
    List<Block> blocks = intro(view.dontKnowSection());
    blocks.add(Block.bullets(view.dontKnow().stream()
        .map(s -> statement(Text.builder(), s).plain(" (" + view.words().in(s) + "): " + s.answers()).build())
        .toList(), false));
    section("dont-know", view.dontKnowSection(), false, blocks);
  }

  private void notes() {
    List<Block> blocks = intro(view.notesSection());
    for (ReportView.NoteGroup group : view.notes()) {
      blocks.add(Block.subheading(group.domain()));
      blocks.add(Block.details(new Details(group.statements().stream()
          .map(s -> new Details.Entry(statement(Text.builder(), s).build(), s.notes().stream().map(Text::of).toList()))
          .toList())));
    }
    section("notes", view.notesSection(), false, blocks);
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
    section("stakeholders", s.section(), false, blocks);
  }

  private void needs() {
    List<Block> blocks = intro(view.needsSection());
    if (!view.needs().isEmpty()) {
      blocks.add(Block.table(new Table(null, columns("#", "Need", "Score", "Target", "Gap", "Priority", "Suggested support"),
          view.needs().stream()
              .map(n -> row(Cell.number(String.valueOf(n.rank())), Cell.header(n.name()), score(n.score()),
                  Cell.number(n.target()), Cell.number(n.gap()),
                  Cell.of(n.high() ? Text.builder().strong(n.priority()).build() : Text.of(n.priority())),
                  Cell.of(n.support())))
              .toList())));
      if (!view.support().isEmpty()) {
        blocks.add(Block.subheading(view.supportSection().heading()));
        blocks.addAll(intro(view.supportSection()));
        blocks.add(Block.details(new Details(view.support().stream()
            .map(s -> new Details.Entry(
                s.url() == null ? Text.builder().strong(s.title()).build() : Text.builder().link(s.title(), s.url()).build(),
                List.of(Text.of("(" + s.needs() + ")" + (s.about() == null ? "" : " " + s.about())))))
            .toList())));
      }
    }
    section("needs", view.needsSection(), true, blocks);
  }

  private void plan() {
    if (view.plan().isEmpty()) {
      return;
    }
    List<Block> blocks = intro(view.planSection());
    blocks.add(Block.table(new Table(null, columns("Priority", "First actions", "Evidence of progress", "Owner", "By when"),
        view.plan().stream()
            .map(p -> row(Cell.header(p.need()), Cell.of(p.actions()), Cell.of(p.evidence()), Cell.of(""), Cell.of("")))
            .toList())));
    section("plan", view.planSection(), true, blocks);
  }

  private void warnings() {
    if (view.warnings().isEmpty()) {
      return;
    }
    List<Block> blocks = intro(view.warningsSection());
    blocks.add(Block.bullets(view.warnings().stream().map(Text::of).toList(), false));
    section("warnings", view.warningsSection(), false, blocks);
  }

  private void howToRead() {
    List<Block> blocks = intro(view.howToReadSection());
    blocks.add(Block.bullets(view.method().stream().map(Text::of).toList(), false));
    section("how-to-read", view.howToReadSection(), false, blocks);
  }

  // ---- pieces ----

  private void section(String id, ReportView.Section section, boolean breakBefore, List<Block> blocks) {
    sections.add(new Section(id, section.heading(), breakBefore, blocks));
  }

  /** A statement quoted in curly quotes, after what the builder already holds. */
  private static Text.Builder statement(Text.Builder text, ReportView.Statement s) {
    return text.plain("\u201c" + s.text() + "\u201d");
  }

  /** The team's notes on a statement, quoted after it in italics. */
  private static Text.Builder notes(Text.Builder text, ReportView.Statement s) {
    if (!s.notes().isEmpty()) {
      text.plain(". Notes: ").em(String.join("; ", s.notes()));
    }
    return text;
  }
}
