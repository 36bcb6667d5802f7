package org.ccgdiag.report.html;

import static org.ccgdiag.report.html.Blocks.columns;
import static org.ccgdiag.report.html.Blocks.row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.group.ClusterSummary;
import org.ccgdiag.report.group.ClusterSummaryView;
import org.ccgdiag.report.html.Page.Block;
import org.ccgdiag.report.html.Page.Chart;
import org.ccgdiag.report.html.Page.FirstPage;
import org.ccgdiag.report.html.Page.Table;
import org.ccgdiag.report.html.Page.Table.Cell;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.Rounding;

/**
 * The printed page 1 of a report and of the summary: what a chair reads in a board pack before the
 * meeting, on one A4 page under the title block (which has the overall score and coverage).
 */
final class FirstPages {
  /** Heat-map rows that fit on page 1 with the list under it; more go to the full map after it. */
  static final int HEAT_MAP_ROWS = 14;

  /** Organisations listed as needing attention on page 1. */
  static final int ATTENTION_ROWS = 8;

  private FirstPages() {}

  /**
   * An organisation's page 1: the domain chart (the radar; bars with fewer than three domains),
   * then every "start here" priority with an Owner and a By when to fill in.
   */
  static FirstPage report(ReportView view, Radar radar) {
    List<Block> blocks = new ArrayList<>();
    if (radar != null) {
      blocks.add(Block.chart(Chart.of(null, radar)));
    } else if (!view.domains().isEmpty()) {
      List<ItemResult> domains = view.report().domains();
      List<AreaBars.Item> items = new ArrayList<>();
      for (int i = 0; i < domains.size(); i++) {
        ReportView.DomainRow d = view.domains().get(i);
        items.add(
            new AreaBars.Item(
                view.words().label(d.number(), d.title()),
                d.bar(),
                Rounding.score(domains.get(i).target()),
                d.thin()));
      }
      blocks.add(
          Block.chart(
              Chart.of(
                  null,
                  AreaBars.of(
                      "first-page-bars",
                      view.domainsSection().heading(),
                      List.of(new AreaBars.BarGroup(null, items))))));
    }
    blocks.add(Block.subheading(view.startHere().heading()));
    if (view.priorities().isEmpty()) {
      blocks.addAll(Blocks.intro(view.startHere()));
    } else {
      blocks.add(
          Block.table(
              new Table(
                  null,
                  columns("#", "Work on", "Why", "Owner", "By when"),
                  view.priorities().stream()
                      .map(
                          p ->
                              row(
                                  Cell.number(String.valueOf(p.number())),
                                  Cell.header(p.title() + " (" + p.where() + ")"),
                                  Cell.of(p.brief()),
                                  Cell.of(""),
                                  Cell.of("")))
                      .toList())));
    }
    return new FirstPage("Summary", true, blocks);
  }

  /**
   * The summary's page 1, a dashboard of the group: the heat map, then the organisations needing
   * attention (domains below target, or not enough evidence to score them), most domains first.
   */
  static FirstPage summary(ClusterSummaryView view) {
    List<Block> blocks = new ArrayList<>();
    if (view.organisationRows().isEmpty()) {
      blocks.addAll(Blocks.intro(view.organisations()));
      return new FirstPage("Dashboard", false, blocks);
    }
    List<Attention> attention = attention(view);
    List<ClusterSummaryView.OrganisationRow> shown = view.organisationRows();
    if (shown.size() > HEAT_MAP_ROWS) {
      // The ones most in need, in the map's order; the full map follows.
      List<ClusterSummaryView.OrganisationRow> first =
          attention.stream().limit(HEAT_MAP_ROWS).map(Attention::row).toList();
      shown = view.organisationRows().stream().filter(first::contains).toList();
      blocks.add(
          Block.paragraph(
              "The "
                  + shown.size()
                  + " of "
                  + view.organisationRows().size()
                  + " needing attention most; the table of "
                  + view.organisations().heading().toLowerCase(java.util.Locale.UK)
                  + " lists them all."));
    }
    blocks.add(
        Block.chart(
            Chart.of(null, ClusterSummaryHtml.heatMap("first-page-heat-map", view, shown))));
    blocks.add(Block.subheading("Needing attention"));
    List<Attention> listed = attention.stream().filter(a -> a.below() + a.unknown() > 0).toList();
    if (listed.isEmpty()) {
      blocks.add(
          Block.paragraph(
              "Every " + view.words().domain().one() + " of every one is at or above its target."));
    } else {
      List<List<String>> rows =
          listed.stream()
              .limit(ATTENTION_ROWS)
              .map(
                  a ->
                      List.of(
                          a.row().name(),
                          a.row().overall(),
                          a.domains(),
                          a.row().topNeed(),
                          a.row().change()))
              .toList();
      blocks.add(
          Block.table(
              Blocks.table(
                  List.of(
                      view.organisationColumn(),
                      "Overall",
                      view.words().domain().capitalMany() + " below target",
                      "Top need",
                      "Change"),
                  "lrlll",
                  rows)));
      if (listed.size() > ATTENTION_ROWS) {
        blocks.add(
            Block.paragraph(
                "And "
                    + (listed.size() - ATTENTION_ROWS)
                    + " more: see the table of "
                    + view.organisations().heading().toLowerCase(java.util.Locale.UK)
                    + "."));
      }
    }
    return new FirstPage("Dashboard", false, blocks);
  }

  /** An organisation's domains below target (by number) and without a score. */
  private record Attention(
      ClusterSummaryView.OrganisationRow row, int below, int unknown, String domains) {}

  private static List<Attention> attention(ClusterSummaryView view) {
    List<ClusterSummary.ItemSummary> domains = view.summary().domains();
    List<Attention> all = new ArrayList<>();
    for (ClusterSummaryView.OrganisationRow row : view.organisationRows()) {
      List<String> below = new ArrayList<>();
      int unknown = 0;
      for (int i = 0; i < domains.size(); i++) {
        BigDecimal score = row.scores().get(i);
        if (score == null || row.thin().get(i) != null) { // too little evidence is not a score
          unknown++;
        } else if (score.compareTo(domains.get(i).target()) < 0) {
          below.add(String.valueOf(i + 1));
        }
      }
      String text =
          String.join(", ", below)
              + (unknown == 0
                  ? ""
                  : (below.isEmpty() ? "" : "; ") + unknown + " without enough evidence");
      all.add(new Attention(row, below.size(), unknown, text.isEmpty() ? ReportView.NONE : text));
    }
    all.sort(
        Comparator.comparingInt((Attention a) -> a.below() + a.unknown())
            .reversed()
            .thenComparing(
                a -> number(a.row().overall()), Comparator.nullsFirst(Comparator.naturalOrder())));
    return all;
  }

  /**
   * A score as printed, or null for a dash or a score on too little evidence ("too few answers
   * (13%)").
   */
  private static BigDecimal number(String printed) {
    return printed.matches("-?[0-9]+(\\.[0-9]+)?") ? new BigDecimal(printed) : null;
  }
}
