package org.ccgdiag.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.report.json.JsonReport;
import org.ccgdiag.report.json.JsonReportTest;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.Scorer;
import org.ccgdiag.scoring.Tally;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real reports validate against the committed schema (draft 2020-12), and the schema has teeth. */
class ReportSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = JsonReport.class.getResourceAsStream("report.schema.json")) {
      assertThat(in).as("report.schema.json on the class path").isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  private static List<Error> validate(JsonNode report) {
    return schema.validate(report);
  }

  private static JsonNode json(Findings report) throws IOException {
    return MAPPER.readTree(JsonReport.render(report));
  }

  @Test
  void schemaIsDraft202012() throws IOException {
    try (InputStream in = JsonReport.class.getResourceAsStream("report.schema.json")) {
      assertThat(MAPPER.readTree(in).get("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
  }

  @Test
  void workshopReportOfTheBundledQuestionnaireIsValid() throws IOException {
    JsonNode report = json(Fixtures.workshop());
    assertThat(report.get("respondents").asInt()).isEqualTo(5);
    assertThat(report.get("domains")).hasSize(6);
    assertThat(report.get("areas")).hasSize(24);
    assertThat(validate(report)).isEmpty();
  }

  @Test
  void reportWrittenByAScoreRunNamesItAndIsValid() throws IOException {
    Run run = new Run(java.time.Instant.parse("2026-11-25T10:00:00.250Z"));
    JsonNode report =
        MAPPER.readTree(JsonReport.render(ReportViews.of(Fixtures.workshop(), null, run)));
    assertThat(report.get("run").asText()).isEqualTo("2026-11-25T10:00:00.250Z");
    assertThat(validate(report)).isEmpty();
    assertThat(json(Fixtures.workshop()).get("run").isNull()).isTrue();
  }

  @Test
  void reportWithStakeholdersIsValid() throws IOException {
    JsonNode report = json(JsonReportTest.tinyWithStakeholders());
    assertThat(report.get("perspectives")).isNotEmpty();
    assertThat(report.get("hidden_strengths")).isNotEmpty();
    assertThat(validate(report)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "security-practices/expected/payments--2026.json",
        "board-themes/expected/little-dunmow-parish-council.json"
      })
  void reportsOfQuestionnairesInTheirOwnWordsAreValid(String golden) throws IOException {
    // Their terms are {one, many} (lenses; criteria), and board-themes' domains are unnumbered.
    JsonNode report =
        MAPPER.readTree(Files.readString(Path.of("src/test/resources/golden", golden)));
    assertThat(report.at("/questionnaire/terms").toString()).contains("\"many\"");
    assertThat(validate(report)).isEmpty();
  }

  @Test
  void emptyReportWithWarningsIsValid() throws IOException {
    Questionnaire tiny = Fixtures.questionnaire("tiny/tiny.yaml");
    Tally tally = new Tally(tiny);
    tally.warn("nothing to score", 0);
    assertThat(validate(json(Scorer.score(tally)))).isEmpty();
  }

  @Test
  void schemaRejectsAMissingFieldAWrongTypeAndAnUnknownField() throws IOException {
    ObjectNode missing = (ObjectNode) json(JsonReportTest.tinySelf());
    missing.remove("development_needs");
    assertThat(validate(missing)).isNotEmpty();

    ObjectNode wrongType = (ObjectNode) json(JsonReportTest.tinySelf());
    ((ObjectNode) wrongType.get("domains").get(0)).put("score", "59.4");
    assertThat(validate(wrongType)).isNotEmpty();

    ObjectNode outOfRange = (ObjectNode) json(JsonReportTest.tinySelf());
    ((ObjectNode) outOfRange.get("overall")).put("coverage", 1.5);
    assertThat(validate(outOfRange)).isNotEmpty();

    ObjectNode badPriority = (ObjectNode) json(JsonReportTest.tinySelf());
    ((ObjectNode) badPriority.get("development_needs").get(0)).put("priority", "urgent");
    assertThat(validate(badPriority)).isNotEmpty();

    ObjectNode unknown = (ObjectNode) json(JsonReportTest.tinySelf());
    unknown.put("stakeholder_names", "never");
    assertThat(validate(unknown)).isNotEmpty();
  }
}
