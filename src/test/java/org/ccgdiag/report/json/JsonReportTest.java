package org.ccgdiag.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.report.Fixtures;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.Scorer;
import org.ccgdiag.scoring.Tally;
import org.junit.jupiter.api.Test;

/**
 * The JSON report of the tiny questionnaire (src/test/resources/org/ccgdiag/report/tiny), checked
 * against numbers worked out by hand below, not by the scoring code.
 *
 * <pre>
 * Normalised scores (scale "five": 0..4 -> 0, 25, 50, 75, 100; scale "three": 1..3 -> 0, 50, 100;
 * alpha.2 is reversed, so s = 100 - s). Leadership respondents A (Ann), B (Bob), C (no name):
 *
 *   question  weight  A             B             C            q (mean)  min  max  spread
 *   alpha.1   2       5 -> 100      4 -> 75       3 -> 50      75        50   100  50
 *   alpha.2   1 rev   2 -> 25->75   5 -> 100->0   dk           37.5      0    75   75
 *   alpha.3   1       z -> 100      x -> 0        y -> 50      50        0    100  100
 *   beta.1    1       3 -> 50       1 -> 0        unanswered   25        0    50   50
 *   beta.2    0.5     dk            na            4 -> 75      75        75   75   0
 *   gamma.1   1       dk            dk            dk           none
 *
 * alpha = (2*75 + 37.5 + 50) / 4 = 59.375 -> 59.4; coverage 8/9 = 0.889; level mid (50..75);
 *         target 70, gap 10.625 -> 10.6, medium.
 * beta  = (25 + 0.5*75) / 1.5 = 41.666.. -> 41.7; coverage 3/(6-1) = 0.600; level low; gap 28.333 -> 28.3, high.
 * gamma = none; coverage 0/3 = 0.000; insufficient-evidence; target 60; 3 don't-knows.
 * overall = (59.375 + 41.666..) / 2 = 50.5208.. -> 50.5, mid; coverage 11/(18-1) = 0.647.
 * k1 (target 80) = (2*75 + 37.5) / 3 = 62.5, coverage 5/6 = 0.833, mid, gap 17.5 medium.
 * s1 = (37.5 + 25) / 2 = 31.25 -> 31.3 (half up), coverage 4/6 = 0.667, low, gap 38.75 -> 38.8 high.
 * m1 = 75 (beta.2 only), coverage 1/(6-1) = 0.200: insufficient, no level, no gap; don't-knows 1+3 = 4.
 * dimensions: knowledge {alpha.1, alpha.2} = 62.5; skills {alpha.2, beta.1} = 31.3; mindsets {beta.2, gamma.1} = 75.0.
 * needs: s1 38.75, beta 28.33, k1 17.5, alpha 10.625, then insufficient by id: gamma (domain), m1 (area).
 * divergence (spread >= 50): alpha.3 100, alpha.2 75, alpha.1 50, beta.1 50 (tie by id).
 *
 * Stakeholders: member-practice P1-P3 all answer alpha.1 2 (25), alpha.2 4 (75 -> 25), alpha.3 x (0),
 * beta.1 5 (100), beta.2 5 (100): alpha = (2*25 + 25 + 0)/4 = 18.75 -> 18.8, beta = (100 + 50)/1.5 = 100.
 * One health-and-wellbeing-board respondent: a group of 1, pooled, under 3: not shown, not counted.
 * Blind spot alpha: 59.375 - 18.75 = 40.625 -> 40.6. Hidden strength beta: 41.667 - 100 = -58.333 -> -58.3.
 * </pre>
 */
public class JsonReportTest {
  /** Reads numbers exactly as written: 70.0 stays 70.0, not 70 or 7E+1. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  public static Findings tinySelf() {
    return Fixtures.score(
        Fixtures.questionnaire("tiny/tiny.yaml"), "tiny/a.yaml", "tiny/b.yaml", "tiny/c.yaml");
  }

  public static Findings tinyWithStakeholders() {
    return Fixtures.score(
        Fixtures.questionnaire("tiny/tiny.yaml"),
        "tiny/a.yaml",
        "tiny/b.yaml",
        "tiny/c.yaml",
        "tiny/p1.yaml",
        "tiny/p2.yaml",
        "tiny/p3.yaml",
        "tiny/h.yaml");
  }

  private static JsonNode json(Findings report) throws IOException {
    return MAPPER.readTree(JsonReport.render(report));
  }

  /** A number exactly as written (70.0 stays "70.0"), or null. */
  private static String num(JsonNode node) {
    return node.isNull() ? null : node.decimalValue().toPlainString();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void topLevelFieldsComeInAFixedOrder() throws IOException {
    assertThat(fieldNames(json(tinySelf())))
        .containsExactly(
            "format",
            "run",
            "questionnaire",
            "organisation",
            "round",
            "period",
            "respondents",
            "team",
            "overall",
            "domains",
            "dimensions",
            "areas",
            "development_needs",
            "start_here",
            "progress",
            "divergence",
            "contradictions",
            "perspectives",
            "blind_spots",
            "hidden_strengths",
            "questions",
            "notes",
            "not_scored",
            "warnings");
  }

  @Test
  void nestedFieldsComeInAFixedOrder() throws IOException {
    JsonNode report = json(tinyWithStakeholders());
    assertThat(fieldNames(report.get("questionnaire")))
        .containsExactly("id", "version", "title", "min_coverage", "levels", "terms");
    assertThat(fieldNames(report.get("overall")))
        .containsExactly("score", "level", "status", "coverage");
    assertThat(fieldNames(report.get("domains").get(0)))
        .containsExactly(
            "id",
            "title",
            "score",
            "level",
            "status",
            "coverage",
            "dont_know",
            "target",
            "gap",
            "question_count",
            "resources");
    assertThat(fieldNames(report.get("areas").get(0)))
        .containsExactly(
            "id",
            "dimension",
            "title",
            "score",
            "level",
            "status",
            "coverage",
            "dont_know",
            "target",
            "gap",
            "question_count",
            "resources");
    assertThat(fieldNames(report.get("development_needs").get(0)))
        .containsExactly(
            "rank", "kind", "id", "title", "score", "target", "gap", "priority", "resources");
    assertThat(fieldNames(report.get("development_needs").get(3).get("resources").get(0)))
        .containsExactly("id", "title", "description", "url");
    assertThat(fieldNames(report.get("divergence").get(0)))
        .containsExactly("question", "spread", "min", "max");
    assertThat(fieldNames(report.get("perspectives").get(0)))
        .containsExactly("id", "respondents", "domains");
    assertThat(fieldNames(report.get("blind_spots").get(0)))
        .containsExactly("domain", "self", "stakeholders", "difference");
    assertThat(fieldNames(report.get("questions").get(0)))
        .containsExactly(
            "id",
            "domain",
            "text",
            "score",
            "min",
            "max",
            "spread",
            "scored",
            "dont_know",
            "not_applicable",
            "unanswered",
            "votes",
            "answers");
    assertThat(fieldNames(report.at("/questions/0/answers/0")))
        .containsExactly("key", "label", "count", "roles");
    assertThat(fieldNames(report.at("/start_here/0")))
        .containsExactly(
            "number",
            "title",
            "where",
            "why",
            "action",
            "areas",
            "statements",
            "support",
            "evidence");
    assertThat(fieldNames(report.get("notes").get(0)))
        .containsExactly("question", "respondent", "text");
  }

  @Test
  void headerAndOverall() throws IOException {
    JsonNode report = json(tinySelf());
    assertThat(report.get("format").asText()).isEqualTo("ccg-diag/report@1");
    JsonNode questionnaire = report.get("questionnaire");
    assertThat(questionnaire.get("id").asText()).isEqualTo("tiny");
    assertThat(questionnaire.get("version").asText()).isEqualTo("2.1.0");
    assertThat(questionnaire.get("title").asText()).isEqualTo("Tiny test questionnaire");
    assertThat(num(questionnaire.get("min_coverage"))).isEqualTo("0.500");
    assertThat(questionnaire.get("levels").toString())
        .isEqualTo(
            "[{\"id\":\"low\",\"label\":\"Low\",\"min\":0.0},{\"id\":\"mid\",\"label\":\"Middle\",\"min\":50.0},"
                + "{\"id\":\"high\",\"label\":\"High\",\"min\":75.0}]");
    // The first file's spelling wins (b.yaml writes "nhs tiny ccg").
    assertThat(report.get("organisation").asText()).isEqualTo("NHS Tiny CCG");
    assertThat(report.get("respondents").asInt()).isEqualTo(3);
    assertThat(num(report.at("/overall/score"))).isEqualTo("50.5");
    assertThat(report.at("/overall/level").asText()).isEqualTo("mid");
    assertThat(num(report.at("/overall/coverage"))).isEqualTo("0.647");
  }

  @Test
  void domainsWithHandComputedNumbers() throws IOException {
    JsonNode domains = json(tinySelf()).get("domains");
    assertThat(domains).hasSize(3);
    assertItem(domains.get(0), "alpha", "59.4", "mid", "scored", "0.889", 1, "70.0", "10.6");
    assertThat(domains.get(0).get("title").asText()).isEqualTo("Alpha domain");
    assertThat(domains.get(0).get("question_count").asInt()).isEqualTo(3);
    assertThat(domains.get(0).get("resources").toString()).isEqualTo("[\"r1\",\"r2\"]");
    assertItem(domains.get(1), "beta", "41.7", "low", "scored", "0.600", 1, "70.0", "28.3");
    assertThat(domains.get(1).get("resources").toString()).isEqualTo("[]");
    // No scored answer at all: score, level and gap are null, not missing.
    assertItem(
        domains.get(2), "gamma", null, null, "insufficient-evidence", "0.000", 3, "60.0", null);
    assertThat(domains.get(2).has("score")).isTrue();
  }

  @Test
  void dimensionsAndAreas() throws IOException {
    JsonNode report = json(tinySelf());
    assertThat(report.get("dimensions").toString())
        .isEqualTo(
            "[{\"id\":\"knowledge\",\"score\":62.5},{\"id\":\"skills\",\"score\":31.3},"
                + "{\"id\":\"mindsets\",\"score\":75.0}]");
    JsonNode areas = report.get("areas");
    assertItem(areas.get(0), "k1", "62.5", "mid", "scored", "0.833", 1, "80.0", "17.5");
    assertThat(areas.get(0).get("dimension").asText()).isEqualTo("knowledge");
    assertItem(areas.get(1), "s1", "31.3", "low", "scored", "0.667", 1, "70.0", "38.8");
    // Insufficient evidence but a score: the score is shown, level and gap are null.
    assertItem(areas.get(2), "m1", "75.0", null, "insufficient-evidence", "0.200", 4, "70.0", null);
    assertThat(areas.get(2).get("dimension").asText()).isEqualTo("mindsets");
  }

  @Test
  void developmentNeedsRankedWithResources() throws IOException {
    JsonNode needs = json(tinySelf()).get("development_needs");
    List<String> order = new ArrayList<>();
    needs.forEach(
        n ->
            order.add(
                n.get("rank").asInt()
                    + " "
                    + n.get("kind").asText()
                    + ":"
                    + n.get("id").asText()
                    + " "
                    + num(n.get("score"))
                    + " "
                    + num(n.get("target"))
                    + " "
                    + num(n.get("gap"))
                    + " "
                    + n.get("priority").asText()));
    assertThat(order)
        .containsExactly(
            "1 area:s1 31.3 70.0 38.8 high",
            "2 domain:beta 41.7 70.0 28.3 high",
            "3 area:k1 62.5 80.0 17.5 medium",
            "4 domain:alpha 59.4 70.0 10.6 medium",
            "5 domain:gamma null 60.0 null unknown",
            "6 area:m1 75.0 70.0 null unknown");
    // Resources are objects; a missing description or url is written as null, never left out.
    assertThat(needs.get(3).get("resources").toString())
        .isEqualTo(
            "[{\"id\":\"r1\",\"title\":\"Resource one\",\"description\":\"What resource one is.\","
                + "\"url\":\"https://example.org/r1\"},"
                + "{\"id\":\"r2\",\"title\":\"Resource two\",\"description\":null,\"url\":null}]");
    assertThat(needs.get(1).get("resources").toString()).isEqualTo("[]");
  }

  @Test
  void divergenceQuestionsAndNotes() throws IOException {
    JsonNode report = json(tinySelf());
    assertThat(report.get("divergence").toString())
        .isEqualTo(
            "[{\"question\":\"alpha.3\",\"spread\":100.0,\"min\":0.0,\"max\":100.0},"
                + "{\"question\":\"alpha.2\",\"spread\":75.0,\"min\":0.0,\"max\":75.0},"
                + "{\"question\":\"alpha.1\",\"spread\":50.0,\"min\":50.0,\"max\":100.0},"
                + "{\"question\":\"beta.1\",\"spread\":50.0,\"min\":0.0,\"max\":50.0}]");
    JsonNode questions = report.get("questions");
    assertThat(questions).hasSize(6);
    // alpha.2: Ann (Chair) 2, Bob (Accountable officer) 5, the unnamed lay member dk.
    assertThat(questions.get(1).get("text").asText()).isEqualTo("Alpha two is negatively worded.");
    assertThat(questions.get(1).get("answers").toString())
        .isEqualTo(
            "[{\"key\":\"1\",\"label\":\"Strongly disagree\",\"count\":0,\"roles\":{}},"
                + "{\"key\":\"2\",\"label\":\"Disagree\",\"count\":1,\"roles\":{\"Chair\":1}},"
                + "{\"key\":\"3\",\"label\":\"Neither\",\"count\":0,\"roles\":{}},"
                + "{\"key\":\"4\",\"label\":\"Agree\",\"count\":0,\"roles\":{}},"
                + "{\"key\":\"5\",\"label\":\"Strongly agree\",\"count\":1,\"roles\":{\"Accountable officer\":1}},"
                + "{\"key\":\"dk\",\"label\":\"Don't know\",\"count\":1,\"roles\":{\"Lay member\":1}},"
                + "{\"key\":\"na\",\"label\":\"Not applicable\",\"count\":0,\"roles\":{}}]");
    for (JsonNode question : questions) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) question)
          .remove(List.of("text", "answers"));
    }
    assertThat(questions.get(1).toString())
        .isEqualTo(
            "{\"id\":\"alpha.2\",\"domain\":\"alpha\",\"score\":37.5,\"min\":0.0,\"max\":75.0,\"spread\":75.0,"
                + "\"scored\":2,\"dont_know\":1,\"not_applicable\":0,\"unanswered\":0,\"votes\":null}");
    assertThat(questions.get(3).toString())
        .isEqualTo(
            "{\"id\":\"beta.1\",\"domain\":\"beta\",\"score\":25.0,\"min\":0.0,\"max\":50.0,\"spread\":50.0,"
                + "\"scored\":2,\"dont_know\":0,\"not_applicable\":0,\"unanswered\":1,\"votes\":null}");
    assertThat(questions.get(4).toString())
        .isEqualTo(
            "{\"id\":\"beta.2\",\"domain\":\"beta\",\"score\":75.0,\"min\":75.0,\"max\":75.0,\"spread\":0.0,"
                + "\"scored\":1,\"dont_know\":1,\"not_applicable\":1,\"unanswered\":0,\"votes\":null}");
    assertThat(questions.get(5).toString())
        .isEqualTo(
            "{\"id\":\"gamma.1\",\"domain\":\"gamma\",\"score\":null,\"min\":null,\"max\":null,\"spread\":null,"
                + "\"scored\":0,\"dont_know\":3,\"not_applicable\":0,\"unanswered\":0,\"votes\":null}");
    // Leadership notes in file order, with the respondent's name (null when the file gives none).
    assertThat(report.get("notes").toString())
        .isEqualTo(
            "[{\"question\":\"alpha.1\",\"respondent\":\"Ann Able\",\"text\":\"Evidence from Ann.\"},"
                + "{\"question\":\"gamma.1\",\"respondent\":\"Bob Baker\",\"text\":\"We have not looked at gamma yet.\"},"
                + "{\"question\":\"beta.2\",\"respondent\":null,\"text\":\"Note from a respondent who gave no name.\"}]");
    assertThat(report.get("perspectives").toString()).isEqualTo("[]");
    assertThat(report.get("blind_spots").toString()).isEqualTo("[]");
    assertThat(report.get("hidden_strengths").toString()).isEqualTo("[]");
    assertThat(report.get("warnings").toString()).isEqualTo("[]");
  }

  @Test
  void stakeholderViewsWithoutNamingStakeholders() throws IOException {
    String text = JsonReport.render(tinyWithStakeholders());
    JsonNode report = MAPPER.readTree(text);
    // Stakeholders change nothing in the leadership's scores.
    assertThat(report.get("respondents").asInt()).isEqualTo(3);
    assertThat(num(report.at("/domains/0/score"))).isEqualTo("59.4");
    assertThat(report.get("perspectives").toString())
        .isEqualTo(
            "[{\"id\":\"member-practice\",\"respondents\":3,\"domains\":[{\"id\":\"alpha\",\"score\":18.8},"
                + "{\"id\":\"beta\",\"score\":100.0},{\"id\":\"gamma\",\"score\":null}]}]");
    assertThat(report.get("blind_spots").toString())
        .isEqualTo(
            "[{\"domain\":\"alpha\",\"self\":59.4,\"stakeholders\":18.8,\"difference\":40.6}]");
    assertThat(report.get("hidden_strengths").toString())
        .isEqualTo(
            "[{\"domain\":\"beta\",\"self\":41.7,\"stakeholders\":100.0,\"difference\":-58.3}]");
    assertThat(report.get("notes")).hasSize(3);
    assertThat(text)
        .doesNotContain("Practice Manager Hidden")
        .doesNotContain("Councillor Secret")
        .doesNotContain("Stakeholder note")
        .doesNotContain("Secret board note");
    // The lone board member's set is counted, by its group, never shown or named.
    assertThat(report.get("not_scored").toString())
        .isEqualTo(
            "[{\"reason\":\"held-back\",\"answer_sets\":1,\"groups\":[\"health-and-wellbeing-board\"]}]");
    assertThat(report.get("warnings").toString())
        .isEqualTo(
            "[\"1 answer set from health-and-wellbeing-board is held back: a group needs 3 people to be shown\"]");
  }

  @Test
  void goldenFileByteForByte() throws IOException {
    // Every number in the golden file is one of those worked out in the class comment.
    String expected =
        Files.readString(Fixtures.resource("tiny/expected-report.json"), StandardCharsets.UTF_8);
    String actual = JsonReport.render(tinySelf());
    assertThat(actual).isEqualTo(expected);
    assertThat(actual)
        .endsWith("}\n")
        .doesNotContain("\r")
        .doesNotContain("\t")
        .contains("\n  \"format\": ");
  }

  @Test
  void sameReportSameBytes() {
    Findings workshop = Fixtures.workshop();
    assertThat(JsonReport.render(workshop)).isEqualTo(JsonReport.render(Fixtures.workshop()));
  }

  @Test
  void roundPeriodTeamContradictionsAndPriorities() throws IOException {
    JsonNode report = json(tinySelf());
    assertThat(report.get("round").isNull()).isTrue();
    assertThat(report.get("period").toString()).isEqualTo("{\"from\":null,\"to\":null}");
    assertThat(report.get("team").toString())
        .isEqualTo("{\"answer_sets\":3,\"members\":3,\"agreed_sets\":0}");
    // alpha.2 mirrors alpha.1: Bob agrees with alpha.1 (4 -> 75) and strongly with its opposite
    // (5 -> 0 once reversed), 75 apart; Ann's 100 and 75 are 25 apart; the lay member said dk.
    assertThat(report.get("contradictions").toString())
        .isEqualTo("[{\"question\":\"alpha.2\",\"mirror\":\"alpha.1\",\"respondents\":1}]");
    // Needs s1, beta, k1, alpha, gamma, m1: three scored needs (alpha is not reached), then the
    // domain without evidence. Each statement is quoted once, under the first priority it serves.
    assertThat(report.get("start_here"))
        .extracting(p -> p.get("title").asText())
        .containsExactly(
            "Skill", "Beta domain", "Know-how", "Find out where you stand on Gamma domain");
    assertThat(report.at("/start_here/0/statements").toString())
        .isEqualTo("[\"beta.1\",\"alpha.2\"]");
    assertThat(report.at("/start_here/1/statements").toString()).isEqualTo("[]");
    assertThat(report.at("/start_here/1/areas").toString()).isEqualTo("[\"Skill (skills) 31.3\"]");
    assertThat(report.at("/start_here/2/statements").toString()).isEqualTo("[\"alpha.1\"]");
    assertThat(report.at("/start_here/3/why").asText())
        .isEqualTo(
            "3 of the 3 possible answers were \"don't know\", so only 0.0% were scored: not enough to say.");
  }

  @Test
  void emptyTallyGivesNullsNotErrors() throws IOException {
    Questionnaire tiny = Fixtures.questionnaire("tiny/tiny.yaml");
    JsonNode report = MAPPER.readTree(JsonReport.render(Scorer.score(new Tally(tiny))));
    assertThat(report.get("organisation").isNull()).isTrue();
    assertThat(report.get("respondents").asInt()).isZero();
    assertThat(report.get("overall").toString())
        .isEqualTo(
            "{\"score\":null,\"level\":null,\"status\":\"insufficient-evidence\",\"coverage\":0.000}");
    assertThat(report.get("development_needs")).hasSize(6);
    assertThat(report.at("/development_needs/0/priority").asText()).isEqualTo("unknown");
    assertThat(report.get("divergence")).isEmpty();
  }

  @Test
  void warningsAreWritten() throws IOException {
    Questionnaire tiny = Fixtures.questionnaire("tiny/tiny.yaml");
    Tally tally = new Tally(tiny);
    tally.add(Fixtures.answers(tiny, Fixtures.resource("tiny/a.yaml")), 0);
    tally.warn(
        "a.yaml: these answers were given to version 2.0.0 of 'tiny'; scored against version 2.1.0",
        0);
    JsonNode report = json(Scorer.score(tally));
    assertThat(report.get("warnings").toString())
        .isEqualTo(
            "[\"a.yaml: these answers were given to version 2.0.0 of 'tiny'; scored against version 2.1.0\"]");
    // One respondent: nothing to compare.
    assertThat(report.get("divergence")).isEmpty();
  }

  private static void assertItem(
      JsonNode item,
      String id,
      String score,
      String level,
      String status,
      String coverage,
      int dontKnow,
      String target,
      String gap) {
    assertThat(item.get("id").asText()).isEqualTo(id);
    assertThat(num(item.get("score"))).as(id + " score").isEqualTo(score);
    assertThat(item.get("level").isNull() ? null : item.get("level").asText())
        .as(id + " level")
        .isEqualTo(level);
    assertThat(item.get("status").asText()).as(id + " status").isEqualTo(status);
    assertThat(num(item.get("coverage"))).as(id + " coverage").isEqualTo(coverage);
    assertThat(item.get("dont_know").asInt()).as(id + " dont_know").isEqualTo(dontKnow);
    assertThat(num(item.get("target"))).as(id + " target").isEqualTo(target);
    assertThat(num(item.get("gap"))).as(id + " gap").isEqualTo(gap);
  }
}
