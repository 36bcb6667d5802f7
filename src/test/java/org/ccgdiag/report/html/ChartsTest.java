package org.ccgdiag.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccgdiag.report.html.SamplePage.d;
import static org.ccgdiag.report.html.SamplePage.scores;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The charts' geometry, checked against points worked out by hand. */
class ChartsTest {

  // Labels "A", "B", "C": one line of one character (9 units at 15 * 0.6), so the margins are
  // 12 + 9 + 4 = 25 across and 12 + 18 + 4 = 34 down, and the centre is (175, 184).
  private static final List<String> ABC = List.of("A", "B", "C");

  @Test
  void radarOfThreeAxesPlacesScoresOnTheirAxes() {
    Radar radar =
        Radar.of(
            "r",
            "t",
            ABC,
            List.of(new Radar.Series("self", Radar.Kind.SELF, scores("100", "50", "0"))),
            List.of());

    assertThat(radar.cx()).isEqualTo("175");
    assertThat(radar.cy()).isEqualTo("184");
    assertThat(radar.box().width()).isEqualTo("350");
    assertThat(radar.box().height()).isEqualTo("368");
    Radar.Shape self = radar.series().get(0);
    // 100 straight up (radius 150); 50 at 30 degrees below the right-hand horizontal
    // (175 + 75 cos 30 = 239.95, 184 + 75 sin 30 = 221.5); 0 at the centre.
    assertThat(self.polygon()).isTrue();
    assertThat(self.points()).isEqualTo("175,34 240,221.5 175,184");
    assertThat(self.filled()).isTrue();
    assertThat(self.dots())
        .extracting(Radar.Dot::title)
        .containsExactly("self, A: 100.0", "self, B: 50.0", "self, C: 0.0");
  }

  @Test
  void radarSpokesAndLabelsSitOutsideTheHundredRing() {
    Radar radar =
        Radar.of(
            "r",
            "t",
            ABC,
            List.of(new Radar.Series("self", Radar.Kind.SELF, scores("10", "20", "30"))),
            List.of());

    Radar.Spoke up = radar.spokes().get(0);
    assertThat(up.x()).isEqualTo("175");
    assertThat(up.y()).isEqualTo("34");
    assertThat(up.anchor()).isEqualTo("middle");
    // Above the point 12 units beyond the ring (y = 22): the line's block is 18 high, its baseline
    // at 0.8 of it.
    assertThat(up.label()).containsExactly(new TextLine("175", "18.4", "A", false));
    assertThat(radar.spokes().get(1).anchor()).isEqualTo("start");
    assertThat(radar.spokes().get(2).anchor()).isEqualTo("end");
  }

  @Test
  void gridRingsAtTheGivenLevelsAndAtOneHundred() {
    Radar radar =
        Radar.of(
            "r",
            "t",
            ABC,
            List.of(new Radar.Series("self", Radar.Kind.SELF, scores("10", "20", "30"))),
            scores("0", "50"));

    assertThat(radar.grid()).extracting(Radar.Ring::label).containsExactly("50", "100");
    assertThat(radar.grid().get(0).points()).startsWith("175,109 ");
  }

  @Test
  void aMissingScoreIsLeftOutAndItsAxisSaysNoScore() {
    Radar radar =
        Radar.of(
            "r",
            "t",
            ABC,
            List.of(
                new Radar.Series("self", Radar.Kind.SELF, scores("80", null, "60")),
                new Radar.Series("target", Radar.Kind.TARGET, scores("70", "70", "70"))),
            List.of());

    Radar.Shape self =
        radar.series().stream().filter(s -> s.name().equals("self")).findFirst().orElseThrow();
    assertThat(self.polygon()).isFalse();
    assertThat(self.polyline()).isTrue();
    assertThat(self.dots()).hasSize(2);
    assertThat(self.points()).doesNotContain("175,184"); // never drawn as 0, at the centre
    assertThat(radar.spokes().get(1).label())
        .extracting(TextLine::text)
        .containsExactly("B", "no score");
    assertThat(radar.spokes().get(1).label().get(1).note()).isTrue();
    assertThat(radar.description()).contains("self: A 80.0; B no score; C 60.0");
    // The target goes underneath, dashed and without dots.
    assertThat(radar.series().get(0).styleClass()).isEqualTo("series-target");
    assertThat(radar.series().get(0).dots()).isEmpty();
    assertThat(radar.legend())
        .extracting(Radar.LegendEntry::name)
        .containsExactly("self", "target");
  }

  @Test
  void radarRefusesFewerThanThreeAxesAndSeriesOfTheWrongLength() {
    assertThatThrownBy(() -> Radar.of("r", "t", List.of("A", "B"), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                Radar.of(
                    "r",
                    "t",
                    ABC,
                    List.of(new Radar.Series("s", Radar.Kind.SELF, scores("1"))),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void barsAreScaledToTheirScoreWithTheTargetAsATick() {
    AreaBars bars =
        AreaBars.of(
            "b",
            "t",
            List.of(
                new AreaBars.BarGroup(
                    "Knowledge",
                    List.of(
                        new AreaBars.Item("Finance", d("50"), d("70"), null),
                        new AreaBars.Item("Governance", d("75.25"), null, null),
                        new AreaBars.Item("Strategy", d("120"), d("70"), null),
                        new AreaBars.Item("Using information", null, d("70"), null)))));

    // Bars start after 30 characters of 15-unit labels (270) and 16 units of room: x = 286; 100 is
    // 400 long.
    assertThat(bars.barX()).isEqualTo("286");
    List<AreaBars.Row> rows = bars.groups().get(0).rows();
    assertThat(rows.get(0).barWidth()).isEqualTo("200");
    assertThat(rows.get(0).targetX()).isEqualTo("566");
    assertThat(rows.get(0).value().text()).isEqualTo("50.0");
    assertThat(rows.get(0).value().x()).isEqualTo("494"); // 286 + 200 + 8
    assertThat(rows.get(1).barWidth()).isEqualTo("301");
    assertThat(rows.get(1).targeted()).isFalse();
    assertThat(rows.get(2).barWidth()).isEqualTo("400"); // clamped to 100
    assertThat(rows.get(2).value().text()).isEqualTo("120.0"); // but the number is the score
    AreaBars.Row missing = rows.get(3);
    assertThat(missing.scored()).isFalse();
    assertThat(missing.value().text()).isEqualTo("no score");
    assertThat(missing.value().note()).isTrue();
    assertThat(missing.targeted()).isTrue();
    assertThat(bars.scale())
        .extracting(AreaBars.Tick::x)
        .containsExactly("286", "386", "486", "586", "686");
  }

  @Test
  void aBarsNumberMovesPastATargetTickThatWouldCrossIt() {
    // Bar ends at 530; "61.1" would span 538-574 and the tick is at 550.
    assertThat(AreaBars.valueX(530, 550, "61.1")).isEqualTo(558);
    assertThat(AreaBars.valueX(530, 400, "61.1")).isEqualTo(538);
    assertThat(AreaBars.valueX(530, -1, "61.1")).isEqualTo(538);
  }

  @Test
  void heatMapCellsAreBandedByLevelWithTheirNumberAndEmptyCellsMarked() {
    HeatMap map =
        HeatMap.of(
            "h",
            "t",
            List.of("A", "B", "C", "D"),
            List.of(
                new HeatMap.Line(
                    "Org",
                    scores("24.9", "25", "85", null),
                    java.util.Collections.nCopies(4, null))),
            SamplePage.bands());

    List<HeatMap.Cell> cells = map.rows().get(0).cells();
    // Each score with its band's code, keyed in the legend: it reads without colour.
    assertThat(cells)
        .extracting(c -> c.value().text())
        .containsExactly("24.9 N", "25.0 E", "85.0 B", "–");
    assertThat(map.legend())
        .extracting(s -> s.code().text())
        .containsExactly("N", "E", "D", "R", "B");
    // Five bands spread over the seven colours: 0, 2, 3, 5, 6.
    assertThat(cells.get(0).fill()).isEqualTo(HeatMap.PALETTE.get(0));
    assertThat(cells.get(1).fill()).isEqualTo(HeatMap.PALETTE.get(2));
    assertThat(cells.get(2).fill()).isEqualTo(HeatMap.PALETTE.get(6));
    assertThat(cells.get(2).dark()).isTrue();
    assertThat(cells.get(0).dark()).isFalse();
    assertThat(cells.get(3).empty()).isTrue();
    assertThat(cells.get(3).title()).isEqualTo("Org, D: no score");
    assertThat(cells.get(1).title()).isEqualTo("Org, B: 25.0 (Emerging)");
    assertThat(map.legend()).hasSize(5);
  }

  @Test
  void bandsAreTheHighestWhoseMinimumIsReached() {
    List<HeatMap.Band> bands = SamplePage.bands();
    assertThat(HeatMap.band(d("0"), bands)).isZero();
    assertThat(HeatMap.band(d("49.9"), bands)).isEqualTo(1);
    assertThat(HeatMap.band(d("50"), bands)).isEqualTo(2);
    assertThat(HeatMap.band(d("100"), bands)).isEqualTo(4);
    assertThat(HeatMap.colour(0, 1)).isEqualTo(3);
  }

  @Test
  void labelsWrapAtSpacesAndNeverLoseCharacters() {
    assertThat(Svg.wrap("2 Engagement with patients and communities", 16))
        .containsExactly("2 Engagement", "with patients", "and communities");
    assertThat(Svg.wrap("Supercalifragilistic word", 10))
        .containsExactly("Supercalifragilistic", "word");
    assertThat(Svg.wrap("", 10)).containsExactly("");
    assertThat(Svg.num(-0.04)).isEqualTo("0");
    assertThat(Svg.num(12.25)).isEqualTo("12.3");
  }
}
