package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 24 item 8: a baseline or a comparison that would mislead is said, never passed over. The
 * golden case "rounds" (one organisation in March and July 2012) scored to JSON gives the reports
 * and the summary that are then pointed at the wrong answers or hand-edited.
 */
class BaselinesRefusedTest {
  private static final Path ROUNDS =
      GoldenReportsTest.GOLDEN.resolve("rounds/answers").toAbsolutePath();
  private static final String MARCH = "out/nhs-riverside-ccg--2012-03.json";
  private static final String JULY = "out/nhs-riverside-ccg--2012-07.json";

  @TempDir Path dir;

  @BeforeEach
  void scoreBothRounds() throws IOException {
    CommandRun.in(dir)
        .run("score", "-o", "out", "--format", "json", ROUNDS.toString())
        .assertSuccess();
    Files.createDirectories(dir.resolve("march"));
    Files.createDirectories(dir.resolve("july"));
    try (Stream<Path> files = Files.list(ROUNDS)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        Files.copy(f, dir.resolve(name.startsWith("july-") ? "july" : "march").resolve(name));
      }
    }
  }

  private CommandRun.Result score(String... args) {
    return CommandRun.in(dir).run(args);
  }

  private void edit(String from, String to, String target, String replacement) throws IOException {
    String text = Files.readString(dir.resolve(from));
    assertThat(text).contains(target);
    Files.writeString(dir.resolve(to), text.replace(target, replacement));
  }

  @Test
  void theBaselineOfALaterOrTheSameRoundIsRefusedNotShownAsProgress() {
    for (String baseline : List.of(JULY, MARCH)) {
      CommandRun.Result result =
          score("score", "--baseline", baseline, "march/sarah-mitchell.yaml").assertInvalidInput();
      assertThat(result.out()).doesNotContain("Since round");
      String round = baseline.equals(JULY) ? "2012-07" : "2012-03";
      assertThat(result.errLines())
          .singleElement()
          .asString()
          .isEqualTo(
              baseline
                  + ": a report of round "
                  + round
                  + ", not earlier than round 2012-03: no change is shown for NHS Riverside CCG round 2012-03; --baseline takes"
                  + " an earlier run of the organisations scored here");
    }
    // From a folder: its only rounds are as late as the one scored.
    CommandRun.Result folder =
        score("score", "-o", "again", "--baseline", "out", "march").assertInvalidInput();
    assertThat(folder.err())
        .contains(
            "out: no round of NHS Riverside CCG earlier than round 2012-03 (it has"
                + " 2012-03, 2012-07)");
    assertThat(dir.resolve("again")).doesNotExist();
    // The earlier round is the baseline it is meant to be.
    score("score", "--baseline", MARCH, "july/july-sarah-mitchell.yaml")
        .assertSuccess()
        .assertOut()
        .contains("Since round 2012-03");
  }

  @Test
  void aReportOfAnotherQuestionnaireIsRefused() throws IOException {
    edit(MARCH, "other.json", "\"id\": \"ccg-authorisation\"", "\"id\": \"trustee-review\"");
    CommandRun.Result result =
        score("score", "--baseline", "other.json", "july/july-sarah-mitchell.yaml")
            .assertInvalidInput();
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .isEqualTo(
            "other.json: a report of questionnaire"
                + " 'trustee-review', but the answers are scored with 'ccg-authorisation'; --baseline takes an earlier run of the"
                + " same questionnaire");
  }

  @Test
  void anotherGroupsReportOrSummaryIsRefused() throws IOException {
    edit(
        MARCH,
        "other.json",
        "\"organisation\": \"NHS Riverside CCG\"",
        "\"organisation\": \"NHS Hillside CCG\"");
    score("score", "--baseline", "other.json", "july/july-sarah-mitchell.yaml")
        .assertInvalidInput()
        .assertErr()
        .isEqualTo(
            "other.json: a report of NHS Hillside CCG, not NHS Riverside CCG: no change is shown for NHS Riverside"
                + " CCG round 2012-07; --baseline takes an earlier run of the organisations scored here\n");

    Files.createDirectories(dir.resolve("hillside"));
    edit(
        "out/summary.json",
        "hillside/summary.json",
        "\"NHS Riverside CCG\"",
        "\"NHS Hillside CCG\"");
    score("score", "-o", "next", "--baseline", "hillside/summary.json", "july")
        .assertInvalidInput()
        .assertErr()
        .isEqualTo(
            "hillside/summary.json: no row of NHS Riverside CCG: no change is shown for NHS Riverside CCG round"
                + " 2012-07; --baseline takes an earlier run of the organisations scored here\n");
    assertThat(dir.resolve("next")).doesNotExist();
  }

  @Test
  void aSummaryOfAnotherQuestionnaireIsRefused() throws IOException {
    AssessRun.copyWorkshop(dir);
    Files.createDirectories(dir.resolve("team"));
    Files.writeString(
        dir.resolve("team/a.yaml"),
        """
        format: ccg-diag/answers@1
        questionnaire: {id: workshop-test, version: 1.0.0}
        organisation: NHS Riverside CCG
        respondent: {name: A}
        started: 2012-01-01T10:00:00Z
        updated: 2012-01-01T10:00:00Z
        answers:
          clinical.1: "4"
        """);
    score("score", "-q", "workshop.yaml", "-o", "workshop", "--format", "json", "team")
        .assertSuccess();
    CommandRun.Result result =
        score("score", "-o", "next", "--baseline", "workshop", "july").assertInvalidInput();
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .startsWith(
            "workshop: a summary of another"
                + " questionnaire: no row has a column of the domains of 'ccg-authorisation' (clinical-focus, engagement,");
  }

  @Test
  void aComparisonOfTwoOrganisationsIsAWarning() throws IOException {
    edit(
        JULY,
        "hillside.json",
        "\"organisation\": \"NHS Riverside CCG\"",
        "\"organisation\": \"NHS Hillside CCG\"");
    CommandRun.Result result = score("compare", MARCH, "hillside.json").assertSuccess();
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .isEqualTo(
            "warning: hillside.json is a report of 'NHS Hillside"
                + " CCG', "
                + MARCH
                + " of 'NHS Riverside CCG': the changes are between two organisations, not progress");
    // Spelt another way, it is the same organisation, as score groups it.
    edit(
        JULY,
        "riverside.json",
        "\"organisation\": \"NHS Riverside CCG\"",
        "\"organisation\": \" nhs riverside ccg\"");
    score("compare", MARCH, "riverside.json").assertSuccess().assertErr().isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "overall 100000|  \"score\": 66.3,\\n    \"level\": \"developing\"|  \"score\": 100000,\\n    \"level\": \"developing\"|hand.json:56:14: 'score' of 'overall' is 100000; it must be between 0 and 100",
        "overall -1|  \"score\": 66.3,\\n    \"level\": \"developing\"|  \"score\": -1,\\n    \"level\": \"developing\"|hand.json:56:14: 'score' of 'overall' is -1; it must be between 0 and 100",
        "a domain's score|\"score\": 81.9,|\"score\": 181.9,|hand.json:65:16: 'score' of an item of 'domains' is 181.9; it must be between 0 and 100",
        "a level not in the questionnaire|\"level\": \"maturing\",|\"level\": \"expert\",|hand.json:66:16: 'level' is 'expert', which is not a level of the report's questionnaire (not-started, early, developing, maturing, advanced)",
      })
  void aHandEditedReportOutOfRangeSaysWhichFileAndField(
      String what, String target, String replacement, String message) throws IOException {
    String text = Files.readString(dir.resolve(JULY));
    String first = target.replace("\\n", "\n");
    int at = text.indexOf(first);
    assertThat(at).isNotNegative();
    Files.writeString(
        dir.resolve("hand.json"),
        text.substring(0, at)
            + replacement.replace("\\n", "\n")
            + text.substring(at + first.length()));
    CommandRun.Result compared = score("compare", MARCH, "hand.json").assertInvalidInput();
    assertThat(compared.out()).isEmpty();
    assertThat(compared.errLines()).as(what).singleElement().asString().isEqualTo(message);
    // The same report as a baseline.
    score("score", "--baseline", "hand.json", "july/july-sarah-mitchell.yaml")
        .assertInvalidInput()
        .assertErr()
        .isEqualTo(message + "\n");
  }
}
