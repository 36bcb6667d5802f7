package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * `ccg-diag compare`: the golden case "rounds" (the workshop in March and again in July) scored to
 * JSON, then compared in every format against src/test/resources/golden-compare/ (regenerate with
 * -Dgolden.update=true, as GoldenReportsTest says), and the errors a user can make.
 */
class CompareCommandTest {
  static final Path EXPECTED = Path.of("src", "test", "resources", "golden-compare");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TempDir Path dir;

  @BeforeEach
  void scoreBothRounds() {
    CommandRun.in(dir)
        .run(
            "score",
            "-o",
            "out",
            "--format",
            "json",
            GoldenReportsTest.GOLDEN.resolve("rounds/answers").toAbsolutePath().toString())
        .assertSuccess();
  }

  @ParameterizedTest(name = "--format {0}")
  @ValueSource(strings = {"md", "json", "html"})
  void aComparisonOfTwoRoundsIsTheOneLookedAt(String format) throws IOException {
    CommandRun.Result result =
        CommandRun.in(dir)
            .run(
                "compare",
                "--format",
                format,
                "out/nhs-riverside-ccg--2012-03.json",
                "out/nhs-riverside-ccg--2012-07.json")
            .assertSuccess();
    result.assertErr().isEmpty();
    Path expected = EXPECTED.resolve("comparison." + format);
    if (UPDATE) {
      Files.createDirectories(EXPECTED);
      Files.writeString(expected, result.out());
    }
    assertThat(result.out())
        .as("%s (regenerate with -Dgolden.update=true)", expected)
        .isEqualTo(GoldenReportsTest.read(expected));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"another questionnaire", "not a report", "missing"})
  void whatCannotBeComparedIsExitOneWithOneLine(String problem) throws IOException {
    String after = "out/nhs-riverside-ccg--2012-07.json";
    switch (problem) {
      case "another questionnaire" ->
          Files.writeString(
              dir.resolve("other.json"),
              Files.readString(dir.resolve(after))
                  .replace("\"id\": \"ccg-authorisation\"", "\"id\": \"trustee-review\""));
      case "not a report" ->
          Files.writeString(dir.resolve("other.json"), "{\"format\": \"ccg-diag/answers@1\"}\n");
      default -> {}
    }
    CommandRun.Result result =
        CommandRun.in(dir)
            .run("compare", "out/nhs-riverside-ccg--2012-03.json", "other.json")
            .assertInvalidInput();

    assertThat(result.errLines()).singleElement().asString().startsWith("other.json");
    assertThat(result.err())
        .contains(
            switch (problem) {
              case "another questionnaire" ->
                  "a report of questionnaire 'trustee-review', but out/nhs-riverside-ccg--2012-03.json is of"
                      + " 'ccg-authorisation'; compare needs two reports of the same questionnaire";
              case "not a report" ->
                  "other.json:1:12: 'format' is 'ccg-diag/answers@1'; compare and --baseline read JSON reports";
              default -> "other.json: no such file";
            });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.1.0"})
  void anotherVersionIsAWarning(String version) throws IOException {
    Files.writeString(
        dir.resolve("later.json"),
        Files.readString(dir.resolve("out/nhs-riverside-ccg--2012-07.json"))
            .replace("\"version\": \"3.0.0\"", "\"version\": \"" + version + "\""));

    CommandRun.Result result =
        CommandRun.in(dir)
            .run("compare", "--format", "json", "out/nhs-riverside-ccg--2012-03.json", "later.json")
            .assertSuccess();

    result
        .assertErr()
        .isEqualTo(
            "warning: out/nhs-riverside-ccg--2012-03.json is a report of version 3.0.0 of"
                + " 'ccg-authorisation', later.json of version "
                + version
                + "; items in only one are listed as added or removed\n");
    result
        .assertOut()
        .contains(
            "\"warnings\": [\n    \"out/nhs-riverside-ccg--2012-03.json is a report of version 3.0.0");
  }
}
