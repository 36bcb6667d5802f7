package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ccgdiag.batch.MiniFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 24, item 4: control characters in a questionnaire's texts (a level label that sets a
 * terminal's title and colours) reach no terminal and no report raw: they are shown escaped.
 */
class ControlCharactersInQuestionnaireTest {
  /** Sets the window title, rings the bell, turns the text red (YAML escapes). */
  private static final String HOSTILE = "\\e]2;pwned\\a\\e[31m\\x9b1m";

  @TempDir Path work;

  private static void assertNoControlCharacters(String what, String text) {
    assertThat(
            text.chars()
                .filter(
                    c ->
                        (c < 0x20 && c != '\n' && c != '\t' && c != '\r')
                            || (c >= 0x7f && c <= 0x9f))
                .toArray())
        .as("control characters in %s:%n%s", what, text)
        .isEmpty();
  }

  private void writeQuestionnaire() throws IOException {
    String mini = Files.readString(MiniFiles.questionnaireFile());
    Files.writeString(
        work.resolve("q.yaml"),
        mini.replace(
                "{id: high, label: High, min: 70}",
                "{id: high, label: \"High" + HOSTILE + "\", min: 70}")
            .replace(
                "{id: low, label: Low, min: 0}", "{id: low, label: \"Low" + HOSTILE + "\", min: 0}")
            .replace("title: Leadership", "title: \"Leadership" + HOSTILE + "\"")
            .replace(
                "{key: \"4\", label: Agree, score: 3}",
                "{key: \"4\", label: \"Agree" + HOSTILE + "\", score: 3}"));
  }

  @Test
  void theEndOfSessionSummaryShowsALevelLabelEscaped() throws IOException {
    writeQuestionnaire();

    AssessRun run =
        AssessRun.piped(
            work,
            AssessRun.START,
            "5\n5\n1\n1\n",
            "-q",
            "q.yaml",
            "--organisation",
            "NHS A CCG",
            "--respondent",
            "A",
            "-a",
            "a.yaml");

    run.exits(0);
    assertNoControlCharacters("the session", run.out());
    run.assertOut().contains("High\\x1b]2;pwned");
  }

  @Test
  void theSessionOnATerminalShowsNoneRaw() throws IOException {
    writeQuestionnaire();

    AssessRun run =
        AssessRun.onTerminal(
            work,
            java.util.Map.of(),
            "dumb",
            "5\r5\r1\r1\r",
            "-q",
            "q.yaml",
            "--organisation",
            "NHS A CCG",
            "--respondent",
            "A",
            "-a",
            "a.yaml");

    run.exits(0);
    assertNoControlCharacters("the screen", run.out().replace("\r", ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"md", "html", "json"})
  void reportsCarryNoRawControlCharacter(String format) throws IOException {
    writeQuestionnaire();
    Files.writeString(
        work.resolve("a.yaml"),
        MiniFiles.answers("NHS A CCG", "1.0.0", "A", List.of("5", "5", "4", "1"), null));

    CommandRun.Result stdout =
        CommandRun.in(work)
            .run("score", "-q", "q.yaml", "--format", format, "a.yaml")
            .assertSuccess();
    CommandRun.in(work)
        .run("score", "-q", "q.yaml", "--format", format, "-o", "out", "a.yaml")
        .assertSuccess();

    assertNoControlCharacters("the report on stdout", stdout.out());
    assertNoControlCharacters(
        "the report file",
        Files.readString(work.resolve("out/nhs-a-ccg." + format), StandardCharsets.UTF_8));
    assertNoControlCharacters(
        "summary.md", Files.readString(work.resolve("out/summary.md"), StandardCharsets.UTF_8));
  }

  @Test
  void theSummaryHtmlCarriesNoRawControlCharacter() throws IOException {
    writeQuestionnaire();
    Files.writeString(
        work.resolve("a.yaml"),
        MiniFiles.answers("NHS A CCG", "1.0.0", "A", List.of("5", "5", "4", "1"), null));

    CommandRun.in(work)
        .run("score", "-q", "q.yaml", "--format", "html", "-o", "out", "a.yaml")
        .assertSuccess();

    assertNoControlCharacters(
        "summary.html", Files.readString(work.resolve("out/summary.html"), StandardCharsets.UTF_8));
  }
}
