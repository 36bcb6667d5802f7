package org.ccgdiag.report.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.report.html.Page.Block;
import org.ccgdiag.report.html.Page.Callout;
import org.ccgdiag.report.html.Page.Chart;
import org.ccgdiag.report.html.Page.Details;
import org.ccgdiag.report.html.Page.Section;
import org.ccgdiag.report.html.Page.Table;
import org.ccgdiag.report.html.Page.Table.Cell;
import org.ccgdiag.report.html.Page.Table.Column;

/**
 * A page with every kind of block and the three charts, with realistic sizes and some hostile text.
 */
final class SamplePage {
  static final String HOSTILE = "<script>alert(1)</script>\"&'";
  static final String IMG = "\"><img src=x onerror=alert(1)>";

  static final List<String> DOMAINS =
      List.of(
          "1 Clinical focus",
          "2 Engagement with patients and communities",
          "3 Clear and credible plans",
          "4 Proper governance",
          "5 Collaborative commissioning",
          "6 Leadership capacity and capability");

  private SamplePage() {}

  static BigDecimal d(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  static List<BigDecimal> scores(String... values) {
    List<BigDecimal> list = new ArrayList<>();
    for (String v : values) {
      list.add(d(v));
    }
    return list;
  }

  static List<BigDecimal> levels() {
    return scores("25", "50", "70", "85");
  }

  static Radar radar() {
    return Radar.of(
        "radar",
        "Domain scores: the team and its stakeholders",
        DOMAINS,
        List.of(
            new Radar.Series(
                "Leadership team (self)",
                Radar.Kind.SELF,
                scores("62.5", "48.1", "71.0", "38.9", null, "55.0")),
            new Radar.Series(
                "Member practices (4)",
                Radar.Kind.PERSPECTIVE,
                scores("50.0", "41.7", "58.3", "45.0", "30.0", "60.0")),
            new Radar.Series(
                "Other stakeholders (3)",
                Radar.Kind.PERSPECTIVE,
                scores("70.0", "35.0", "66.7", null, "41.7", "50.0")),
            new Radar.Series(
                "Target", Radar.Kind.TARGET, scores("70", "70", "70", "70", "70", "70"))),
        levels());
  }

  static AreaBars bars() {
    return AreaBars.of(
        "areas",
        "Knowledge, skills and mindsets",
        List.of(
            new AreaBars.BarGroup(
                "Knowledge 52.4",
                List.of(
                    new AreaBars.Item("Finance", d("45.8"), d("70"), null),
                    new AreaBars.Item(
                        "Governance and accountability in the new system",
                        d("61.1"),
                        d("70"),
                        null),
                    new AreaBars.Item("Commissioning cycle", d("72.2"), d("70"), null))),
            new AreaBars.BarGroup(
                "Skills 48.0",
                List.of(
                    new AreaBars.Item("Negotiating", d("33.3"), d("70"), "20.0%"),
                    new AreaBars.Item("Using information", null, d("70"), null),
                    new AreaBars.Item("Clinical engagement", d("100"), d("70"), null))),
            new AreaBars.BarGroup(
                "Mindsets 66.7",
                List.of(
                    new AreaBars.Item("Patient focus", d("66.7"), d("75"), null),
                    new AreaBars.Item("Collaborative", d("0"), d("70"), null)))));
  }

  static HeatMap heatMap() {
    List<HeatMap.Line> lines =
        List.of(
            new HeatMap.Line(
                "NHS Riverside CCG",
                scores("62.5", "48.1", "71.0", "38.9", null, "55.0"),
                java.util.Arrays.asList(null, null, null, null, null, "13%")),
            new HeatMap.Line(
                "NHS Hillside and Valley Clinical Commissioning Group",
                scores("80.0", "85.0", "90.2", "70.0", "66.7", "72.5"),
                java.util.Collections.nCopies(6, null)),
            new HeatMap.Line(
                "NHS Northtown CCG",
                scores("12.5", "24.9", "25.0", "49.9", "50.0", "69.9"),
                java.util.Collections.nCopies(6, null)),
            new HeatMap.Line(
                IMG,
                scores("45.0", null, null, "30.0", "20.0", "35.0"),
                java.util.Collections.nCopies(6, null)),
            new HeatMap.Line(
                "NHS Seaside CCG",
                scores("100.0", "0.0", "84.9", "85.0", "57.1", "61.9"),
                java.util.Collections.nCopies(6, null)));
    return HeatMap.of("heat", "Domain scores by organisation", DOMAINS, lines, bands());
  }

  static List<HeatMap.Band> bands() {
    return List.of(
        new HeatMap.Band(d("0"), "Not yet started"),
        new HeatMap.Band(d("25"), "Emerging"),
        new HeatMap.Band(d("50"), "Developing"),
        new HeatMap.Band(d("70"), "Ready for authorisation"),
        new HeatMap.Band(d("85"), "Beyond authorisation"));
  }

  static Page page() {
    Callout startHere =
        new Callout(
            "Start here: three priorities",
            List.of(
                new Callout.Item(
                    "Proper governance (domain 4): 38.9, 31.1 below target",
                    List.of(
                        Text.builder()
                            .strong("Weakest: ")
                            .plain(
                                "\u201cWe have a register of interests that is kept up to date\u201d (3 of 5 disagree).")
                            .build(),
                        Text.builder()
                            .strong("Use first: ")
                            .link("Model constitution", "https://example.org/constitution")
                            .plain(", ")
                            .link("a bad link", "javascript:alert(1)")
                            .build(),
                        Text.builder()
                            .strong("Evidence of progress: ")
                            .plain("the adopted constitution; the published register of interests.")
                            .build())),
                new Callout.Item(
                    "Finance (knowledge): 45.8, 24.2 below target",
                    List.of(Text.of("Weakest: the financial plan is understood by the team."))),
                new Callout.Item(
                    "Find out where you stand on collaborative commissioning (domain 5)",
                    List.of(Text.of("37 of 60 answers were \u201cdon't know\u201d: " + HOSTILE)))));
    Table domains =
        new Table(
            "Domains",
            List.of(
                new Column("Domain", false),
                new Column("Score", true),
                new Column("Level", false),
                new Column("Target", true),
                new Column("Gap", true)),
            List.of(
                row("1 Clinical focus", "62.5", "Developing", "70.0", "7.5"),
                row(
                    "2 Engagement with patients and communities",
                    "48.1",
                    "Emerging",
                    "70.0",
                    "21.9"),
                row("3 Clear and credible plans", "71.0", "Ready for authorisation", "70.0", "0.0"),
                row("4 Proper governance", "38.9", "Emerging", "70.0", "31.1"),
                new Table.Row(
                    List.of(
                        Cell.header("5 Collaborative commissioning"),
                        Cell.missing("no score"),
                        Cell.missing("not enough evidence"),
                        Cell.number("70.0"),
                        Cell.missing("–"))),
                row("6 " + HOSTILE, "55.0", "Developing", "70.0", "15.0")));
    Details support =
        new Details(
            List.of(
                new Details.Entry(
                    Text.builder()
                        .link("Model constitution", "https://example.org/constitution")
                        .build(),
                    List.of(Text.of("A template constitution with guidance on each clause."))),
                new Details.Entry(
                    Text.of("Peer review by a neighbouring organisation"), List.of(Text.of(IMG)))));
    List<Section> sections =
        List.of(
            new Section(
                "start-here",
                "Start here",
                false,
                List.of(
                    Block.paragraph(
                        Text.builder()
                            .plain("Overall ")
                            .strong("55.6 of 100")
                            .plain(", ")
                            .em("Developing")
                            .plain(". Coverage 82%.")
                            .build()),
                    Block.callout(startHere))),
            new Section(
                "domains",
                "Domains",
                true,
                List.of(
                    Block.table(domains),
                    Block.chart(
                        Chart.of(
                            "The team's scores, two stakeholder groups and the target.", radar())),
                    Block.note(
                        Text.of("Domain 5 has too few scored answers to give it a level.")))),
            new Section(
                "areas",
                "Knowledge, skills and mindsets",
                true,
                List.of(
                    Block.paragraph(
                        "Each bar is an area's score out of 100; the black tick is its target."),
                    Block.chart(Chart.of("Areas by dimension.", bars())))),
            new Section(
                "summary",
                "Organisations by domain",
                true,
                List.of(
                    Block.chart(
                        Chart.of("Each cell is a domain score, shaded by level.", heatMap())))),
            new Section(
                "support",
                "Support",
                false,
                List.of(Block.subheading("Catalogue"), Block.details(support))));
    return new Page(
        "en-GB",
        "NHS Riverside CCG: self-assessment report",
        List.of(
            Text.of("Emerging CCG self-assessment diagnostic, version 1.1.0; round 2012-07"),
            Text.of("Based on the answers of 5 members of the leadership team, 3-10 July 2012.")),
        sections);
  }

  private static Table.Row row(
      String domain, String score, String level, String target, String gap) {
    return new Table.Row(
        List.of(
            Cell.header(domain),
            Cell.number(score),
            Cell.of(level),
            Cell.number(target),
            Cell.number(gap)));
  }
}
