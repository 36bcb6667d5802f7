package org.ccgdiag.report.html;

import static org.ccgdiag.report.html.Blocks.columns;
import static org.ccgdiag.report.html.Blocks.intro;
import static org.ccgdiag.report.html.Blocks.row;
import static org.ccgdiag.report.html.Blocks.score;
import static org.ccgdiag.report.html.Blocks.section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.html.Page.Block;
import org.ccgdiag.report.html.Page.Chart;
import org.ccgdiag.report.html.Page.Section;
import org.ccgdiag.report.html.Page.Table;
import org.ccgdiag.report.html.Page.Table.Cell;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.Rounding;

/**
 * The HTML report's sections of scores, where its charts are: the domains' table with the radar
 * after it, what good looks like next, and the framework's dimensions with the areas' bars.
 */
final class ScoreSections {
  private final ReportView view;
  private final List<Section> sections = new ArrayList<>();

  private ScoreSections(ReportView view) {
    this.view = view;
  }

  /** The sections, in the report's order. */
  static List<Section> of(ReportView view) {
    ScoreSections scores = new ScoreSections(view);
    scores.domains();
    scores.beyond();
    scores.framework();
    return scores.sections;
  }

  private void domains() {
    boolean numbered = view.words().numbered();
    List<String> headers = new ArrayList<>(numbered ? List.of("#") : List.of());
    headers.addAll(List.of(view.words().domain().capital(), "Score", "Level", "Target", "Status"));
    Table table =
        new Table(
            null,
            columns(headers.toArray(String[]::new)),
            view.domains().stream()
                .map(
                    d -> {
                      // The "#" column only where domains are numbered.
                      List<Cell> cells =
                          new ArrayList<>(
                              numbered
                                  ? List.of(Cell.number(String.valueOf(d.number())))
                                  : List.of());
                      cells.addAll(
                          List.of(
                              Cell.header(d.title()),
                              score(d.score()),
                              Cell.of(d.level()),
                              Cell.number(d.target()),
                              Cell.of(d.status())));
                      return row(cells.toArray(Cell[]::new));
                    })
                .toList());
    List<Block> blocks = intro(view.domainsSection());
    blocks.add(Block.table(table));
    Radar radar = radar(view, "domains-radar");
    if (radar != null) {
      blocks.add(Block.chart(Chart.of(null, radar)));
    }
    // Unnumbered domains are listed in full only where a title was shortened for the table.
    if (numbered || view.domains().stream().anyMatch(d -> !d.fullTitle().equals(d.title()))) {
      blocks.add(Block.paragraph("The " + view.words().domain().many() + " in full:"));
      blocks.add(
          Block.bullets(
              view.domains().stream().map(d -> Text.of(d.fullTitle())).toList(), numbered));
    }
    sections.add(section("domains", view.domainsSection(), true, blocks));
  }

  /**
   * The domains' radar: the team, each shown stakeholder group and the target; null with fewer than
   * 3 domains.
   */
  static Radar radar(ReportView view, String id) {
    List<ReportView.DomainRow> domains = view.domains();
    if (domains.size() < 3) {
      return null;
    }
    Findings report = view.report();
    List<String> axes =
        domains.stream().map(d -> view.words().label(d.number(), d.title())).toList();
    ReportView.Stakeholders stakeholders = view.stakeholders();
    List<Radar.Series> series = new ArrayList<>();
    String self = stakeholders == null ? "Self-assessment" : stakeholders.columns().get(1);
    series.add(
        new Radar.Series(
            self,
            Radar.Kind.SELF,
            domains.stream().map(ReportView.DomainRow::bar).toList(),
            domains.stream().map(ReportView.DomainRow::thin).toList()));
    List<Findings.PerspectiveResult> perspectives = report.perspectives();
    for (int p = 0; p < perspectives.size() && stakeholders != null; p++) {
      List<BigDecimal> scores =
          perspectives.get(p).domains().stream().map(d -> Rounding.score(d.score())).toList();
      series.add(
          new Radar.Series(stakeholders.columns().get(p + 2), Radar.Kind.PERSPECTIVE, scores));
    }
    series.add(
        new Radar.Series(
            "Target",
            Radar.Kind.TARGET,
            report.domains().stream().map(ItemResult::target).map(Rounding::score).toList()));
    List<BigDecimal> levels =
        report.questionnaire().levels().stream().map(Level::min).map(Rounding::score).toList();
    return Radar.of(id, view.domainsSection().heading(), axes, series, levels);
  }

  private void beyond() {
    if (view.beyond().isEmpty()) {
      return;
    }
    List<Block> blocks = intro(view.beyondSection());
    blocks.add(
        Block.bullets(
            view.beyond().stream()
                .map(
                    b ->
                        Text.builder()
                            .strong(view.words().domainName(b.number(), b.title()) + ".")
                            .plain(" " + b.text())
                            .build())
                .toList(),
            false));
    sections.add(section("beyond", view.beyondSection(), false, blocks));
  }

  private void framework() {
    ReportView.FrameworkView framework = view.framework();
    if (framework == null) {
      return;
    }
    List<Block> blocks = intro(framework.section());
    blocks.add(
        Block.table(
            new Table(
                null,
                columns(view.words().dimension().capital(), "Score"),
                framework.dimensions().stream()
                    .map(d -> row(Cell.header(d.title()), score(d.score())))
                    .toList())));
    List<AreaBars.BarGroup> groups =
        framework.dimensions().stream()
            .map(
                d ->
                    new AreaBars.BarGroup(
                        d.title(),
                        d.areas().stream()
                            .map(
                                a ->
                                    new AreaBars.Item(
                                        a.title(), a.bar(), a.targetValue(), a.thin()))
                            .toList()))
            .toList();
    blocks.add(
        Block.chart(
            Chart.of(null, AreaBars.of("areas-bars", framework.section().heading(), groups))));
    for (ReportView.DimensionView d : framework.dimensions()) {
      blocks.add(Block.subheading(d.title()));
      if (d.line() != null) {
        blocks.add(Block.paragraph(Text.builder().em(d.line()).build()));
      }
      blocks.add(
          Block.table(
              new Table(
                  null,
                  columns(view.words().area().capital(), "Score", "Level", "Target", "Status"),
                  d.areas().stream()
                      .map(
                          a ->
                              row(
                                  Cell.header(a.title()),
                                  score(a.score()),
                                  Cell.of(a.level()),
                                  Cell.number(a.target()),
                                  Cell.of(a.status())))
                      .toList())));
    }
    sections.add(section("framework", framework.section(), true, blocks));
  }
}
