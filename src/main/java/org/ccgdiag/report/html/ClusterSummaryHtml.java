package org.ccgdiag.report.html;

import static org.ccgdiag.report.html.Blocks.intro;

import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.report.group.ClusterSummary;
import org.ccgdiag.report.group.ClusterSummaryView;
import org.ccgdiag.report.html.Page.Block;
import org.ccgdiag.report.html.Page.Chart;
import org.ccgdiag.report.html.Page.Section;
import org.ccgdiag.report.html.Page.Table;
import org.ccgdiag.report.html.Page.Table.Column;
import org.ccgdiag.scoring.Rounding;

/**
 * summary.html: the same content as summary.md, opening with a heat map of organisations by domain
 * (each cell shaded by the questionnaire's levels, its number printed in it), the dashboard an
 * analyst looks at first. Renders a {@link ClusterSummaryView}.
 */
public final class ClusterSummaryHtml {
  private ClusterSummaryHtml() {}

  public static String render(ClusterSummary summary) {
    return HtmlRenderer.shared().render(page(ClusterSummaryView.of(summary)));
  }

  static Page page(ClusterSummaryView view) {
    List<Section> sections = new ArrayList<>();
    // The dashboard first (a projector's first screen): the heat map, then how to read it; the long
    // tables after.
    List<Block> dashboard = new ArrayList<>();
    if (!view.organisationRows().isEmpty()) {
      dashboard.add(Block.chart(Chart.of(null, heatMap(view))));
    }
    dashboard.add(Block.paragraph(view.intro()));
    sections.add(new Section("heat-map", heatMapTitle(view), false, dashboard));
    List<Block> weakest = intro(view.weakest());
    weakest.add(Block.subheading(view.words().domain().capitalMany()));
    weakest.add(
        Block.table(
            Blocks.table(
                List.of(
                    view.words().domain().capital(),
                    "Mean score",
                    "Target",
                    "Below target",
                    "Not enough evidence"),
                1,
                view.domains().stream()
                    .map(
                        d -> List.of(d.title(), d.mean(), d.target(), n(d.below()), n(d.unknown())))
                    .toList())));
    if (!view.areas().isEmpty()) {
      weakest.add(Block.subheading(view.areasHeading()));
      weakest.add(
          Block.table(
              Blocks.table(
                  List.of(
                      view.words().area().capital(),
                      view.words().dimension().capital(),
                      "Mean score",
                      "Target",
                      "Below target",
                      "Not enough evidence"),
                  2,
                  view.areas().stream()
                      .map(
                          a ->
                              List.of(
                                  a.title(),
                                  a.dimension(),
                                  a.mean(),
                                  a.target(),
                                  n(a.below()),
                                  n(a.unknown())))
                      .toList())));
    }
    sections.add(new Section("weakest", view.weakest().heading(), false, weakest));

    List<Block> needs = intro(view.needs());
    if (!view.needRows().isEmpty()) {
      needs.add(
          Block.table(
              Blocks.table(
                  List.of("Need", "Kind", "High", "Medium", "Low", "Not enough evidence"),
                  2,
                  view.needRows().stream()
                      .map(
                          r ->
                              List.of(
                                  r.title(),
                                  r.kind(),
                                  n(r.high()),
                                  n(r.medium()),
                                  n(r.low()),
                                  n(r.unknown())))
                      .toList())));
    }
    sections.add(new Section("needs", view.needs().heading(), true, needs));

    List<Block> dontKnow = intro(view.dontKnow());
    if (!view.dontKnowRows().isEmpty()) {
      dontKnow.add(
          Block.table(
              Blocks.table(
                  view.dontKnowColumns(),
                  2,
                  view.dontKnowRows().stream()
                      .map(r -> List.of(r.id(), r.text(), n(r.dontKnow()), n(r.organisations())))
                      .toList())));
    }
    sections.add(new Section("dont-know", view.dontKnow().heading(), false, dontKnow));

    List<Block> organisations = intro(view.organisations());
    if (!view.organisationRows().isEmpty()) {
      List<String> columns =
          new ArrayList<>(
              List.of(view.organisationColumn(), "Top need", "Change", "Answer sets", "Overall"));
      for (int i = 1; i <= view.domainColumns().size(); i++) {
        columns.add(String.valueOf(i));
      }
      Table table =
          Blocks.table(
              columns,
              3,
              view.organisationRows().stream()
                  .map(
                      r -> {
                        List<String> cells =
                            new ArrayList<>(
                                List.of(
                                    r.name(),
                                    r.topNeed(),
                                    r.change(),
                                    n(r.respondents()),
                                    r.overall()));
                        cells.addAll(r.domains());
                        return cells;
                      })
                  .toList());
      // The columns are headed by number to fit; a screen reader hears the domain's title too.
      List<Column> heads = new ArrayList<>(table.columns());
      int first = heads.size() - view.domainColumns().size();
      for (int i = 0; i < view.domainColumns().size(); i++) {
        String name = view.domainColumns().get(i);
        String title = view.words().numbered() ? name.substring(name.indexOf(' ') + 1) : name;
        heads.set(first + i, new Column(heads.get(first + i).header(), true, " " + title));
      }
      organisations.add(Block.table(new Table(null, heads, table.rows())));
    }
    sections.add(new Section("organisations", view.organisations().heading(), true, organisations));
    return new Page(
        "en-GB", view.title(), List.of(Text.of(view.facts())), sections, FirstPages.summary(view));
  }

  private static HeatMap heatMap(ClusterSummaryView view) {
    return heatMap("summary-heat-map", view, view.organisationRows());
  }

  /** The heat map of some of the organisations (the printed page 1 has room for a few). */
  static HeatMap heatMap(
      String id, ClusterSummaryView view, List<ClusterSummaryView.OrganisationRow> rows) {
    List<HeatMap.Line> lines =
        rows.stream().map(r -> new HeatMap.Line(r.name(), r.scores(), r.thin())).toList();
    List<HeatMap.Band> bands =
        view.levels().stream()
            .map((Level l) -> new HeatMap.Band(Rounding.score(l.min()), l.label()))
            .toList();
    return HeatMap.of(id, heatMapTitle(view), view.domainColumns(), lines, bands);
  }

  private static String heatMapTitle(ClusterSummaryView view) {
    return view.organisations().heading() + " by " + view.words().domain().one();
  }

  private static String n(int value) {
    return String.valueOf(value);
  }
}
