package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ccgdiag.load.BadInputs;
import org.ccgdiag.load.Edits;
import org.ccgdiag.questionnaire.SmallQuestionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "Bad input": each broken or hostile file given to {@code validate} is one located
 * line on stderr, exit code 1, no stack trace, within a few seconds (the limits keep memory
 * bounded).
 */
class ValidateBadInputTest {

  @TempDir Path dir;

  private void assertOneLine(String file, byte[] bytes, String expectedLine) throws IOException {
    Files.write(dir.resolve(file), bytes);

    CommandRun run = CommandRun.in(dir);

    BadInputs.Allocation<CommandRun.Result> validate =
        BadInputs.allocation(() -> run.run("validate", file));

    validate.result().assertInvalidInput().assertErrLines().containsExactly(expectedLine);
    validate.result().assertOut().isEmpty();
    assertThat(validate.bytes())
        .as("bytes allocated by validate")
        .isLessThan(BadInputs.MEMORY_BOUND);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.ccgdiag.load.BadInputs#all")
  @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aBrokenOrHostileFileIsOneLine(BadInputs.BadInput bad) throws IOException {
    assertOneLine(bad.file(), bad.bytes().get(), bad.expectedLine());
  }

  /**
   * The real bound: every bad file at once, validated by a separate JVM with a small heap that is
   * killed if it runs long (an in-process test cannot stop a runaway parser, only report it).
   */
  @Test
  void allTogetherInA64MegabyteHeapWithinSeconds() throws IOException, InterruptedException {
    List<BadInputs.BadInput> all = BadInputs.all();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Path file =
          Files.createDirectories(dir.resolve(String.format("%02d", i))).resolve(all.get(i).file());
      Files.write(file, all.get(i).bytes().get());
      expected.add(all.get(i).expectedLine(dir.relativize(file).toString()));
    }
    Path stderr = dir.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "validate",
                ".")
            .directory(dir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(stderr.toFile())
            .start();
    try {
      assertThat(process.waitFor(30, TimeUnit.SECONDS))
          .as("validate finished within 30 seconds")
          .isTrue();
      assertThat(Files.readAllLines(stderr)).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(process.exitValue()).isEqualTo(ExitCode.INVALID_INPUT.code());
    } finally {
      process.destroyForcibly();
    }
  }

  private static String answers() {
    return Edits.resource(org.ccgdiag.answers.AnswersReader.class, "small-answers.yaml")
        .replace("{id: small-test, version: 1.0.0}", "{id: ccg-authorisation, version: 3.0.0}")
        .replace("  clinical-focus.1:", "  clinical-focus.13:")
        .replace("  leadership.1: {note", "  leadership.3: {note");
  }

  static Stream<Arguments> invalidContent() {
    return Stream.of(
        Arguments.of(
            "a YAML list where a mapping belongs",
            "answers.yaml",
            "- format: ccg-diag/answers@1\n- organisation: X\n",
            "answers.yaml:1:1: the answers file must be a mapping (key: value), not a list"),
        Arguments.of(
            "an unknown field",
            "answers.yaml",
            answers().replace("complete: false", "completed: false"),
            "answers.yaml:7:1: unknown field 'completed' in the answers file; did you mean 'complete'?"),
        Arguments.of(
            "a question that is not in the questionnaire",
            "answers.yaml",
            answers().replace("  leadership.3: {note", "  leadership.3x: {note"),
            "answers.yaml:11:3: unknown question 'leadership.3x': questionnaire 'ccg-authorisation' 3.0.0 has no such"
                + " question; did you mean 'leadership.3'?"),
        Arguments.of(
            "a duplicate key in JSON answers",
            "answers.json",
            "{\"format\": \"ccg-diag/answers@1\",\n \"questionnaire\": {\"id\": \"ccg-authorisation\"},\n"
                + " \"organisation\": \"X\",\n \"answers\": {\"plans.1\": \"2\",\n   \"plans.1\": \"3\"}}",
            "answers.json:5:4: duplicate key 'plans.1' (first at line 4); remove one of them"),
        Arguments.of(
            "answers for another questionnaire",
            "answers.yaml",
            Edits.apply(
                Edits.resource(org.ccgdiag.answers.AnswersReader.class, "small-answers.yaml"),
                "clinical-focus.2: {answer: dk}",
                "custom.1: {answer: \"7\"}"),
            "answers.yaml:2:21: these answers are for questionnaire 'small-test', not 'ccg-authorisation'; choose the"
                + " right one with -q"),
        Arguments.of(
            "a duplicate id",
            "small.yaml",
            SmallQuestionnaire.edited("  - id: clinical-focus.2", "  - id: clinical-focus.1"),
            "small.yaml:59:9: duplicate question id 'clinical-focus.1' (first at line 51); ids must be unique"),
        Arguments.of(
            "a dangling reference",
            "small.yaml",
            SmallQuestionnaire.edited("    areas: [clinical-engagement]", "    areas: [finance]"),
            "small.yaml:53:13: question 1 ('clinical-focus.1') refers to unknown area 'finance'; known areas: governance,"
                + " clinical-engagement"),
        Arguments.of(
            "a duplicate key in a questionnaire",
            "small.yaml",
            SmallQuestionnaire.edited("    weight: 2\n", "    weight: 2\n    weight: 3\n"),
            "small.yaml:58:5: duplicate key 'weight' (first at line 57); remove one of them"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidContent")
  @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void invalidContentIsOneLine(String name, String file, String text, String expectedLine)
      throws IOException {
    assertOneLine(file, text.getBytes(StandardCharsets.UTF_8), expectedLine);
  }
}
