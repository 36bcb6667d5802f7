package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.ccgdiag.batch.MiniFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24, item 5: "did you mean" on hostile names (a 400 KB column header, thousands of long
 * unknown keys) takes bounded work and prints short lines; ordinary misspellings still get it. Each
 * run took from 6 to over 100 seconds before; the bound here is generous for a loaded machine.
 */
class HostileNamesTest {
  private static final String MINI = MiniFiles.questionnaireFile().toString();
  private static final long SECONDS = 15;

  /** A message quotes at most 60 characters of a name; the rest of a line is the message itself. */
  private static final int LONGEST_LINE = 600;

  @TempDir Path work;

  private CommandRun.Result validateQuickly(String... args) {
    long start = System.nanoTime();
    CommandRun.Result run = CommandRun.in(work).run(args).assertInvalidInput();
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertThat(seconds).as("seconds taken by %s", String.join(" ", args)).isLessThan(SECONDS);
    assertThat(run.errLines())
        .allSatisfy(
            line -> assertThat(line.length()).as("length of %s", line).isLessThan(LONGEST_LINE));
    return run;
  }

  private static String letters(Random random, int count) {
    StringBuilder text = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  @Test
  void aHugeUnknownColumn() throws IOException {
    Files.writeString(
        work.resolve("big.csv"),
        "organisation,lead.l," + letters(new Random(1), 400_000) + "\nA,4,1\n");

    CommandRun.Result run = validateQuickly("validate", "-q", MINI, "big.csv");

    run.assertErr()
        .contains("big.csv:1:2: unknown column 'lead.l'")
        .contains("did you mean 'lead.1'?")
        .contains("big.csv:1:3: unknown column '");
  }

  @Test
  void manyUnknownColumnsOfTheLengthOfTheNames() throws IOException {
    Random random = new Random(2);
    StringBuilder header = new StringBuilder("organisation");
    while (header.length() < 1_000_000) {
      header.append(",lead.").append(letters(random, 1 + random.nextInt(30)));
    }
    Files.writeString(work.resolve("wide.csv"), header + "\nA\n");

    validateQuickly("validate", "-q", MINI, "wide.csv");
  }

  @Test
  void thousandsOfLongUnknownQuestionIds() throws IOException {
    StringBuilder yaml =
        new StringBuilder(
            "format: ccg-diag/answers@1\nquestionnaire: {id: ccg-authorisation, version: 2.0.0}\n"
                + "organisation: A\nanswers:\n  clinical-focus.l: \"4\"\n");
    for (int i = 0; yaml.length() < 4_000_000; i++) {
      yaml.append("  \"").append("clinical-focus.".repeat(66)).append(i).append("\": \"4\"\n");
    }
    Files.writeString(work.resolve("keys.yaml"), yaml);

    CommandRun.Result run = validateQuickly("validate", "keys.yaml");

    run.assertErr()
        .contains("keys.yaml:5:3: unknown question 'clinical-focus.l'")
        .contains("did you mean 'clinical-focus.2'?");
  }

  @Test
  void thousandsOfLongUnknownFields() throws IOException {
    StringBuilder yaml =
        new StringBuilder(
            "format: ccg-diag/answers@1\nquestionnaire: {id: ccg-authorisation, version: 2.0.0}\n"
                + "organisation: A\norganisaton: B\n");
    for (int i = 0; yaml.length() < 4_000_000; i++) {
      yaml.append("\"").append("organisation".repeat(83)).append(i).append("\": 1\n");
    }
    Files.writeString(work.resolve("top.yaml"), yaml);

    CommandRun.Result run = validateQuickly("validate", "top.yaml");

    run.assertErr()
        .contains(
            "top.yaml:4:1: unknown field 'organisaton' in the answers file; did you mean 'organisation'?");
  }

  @Test
  void hundredsOfThousandsOfShortUnknownQuestionIds() throws IOException {
    StringBuilder yaml =
        new StringBuilder(
            "format: ccg-diag/answers@1\nquestionnaire: {id: ccg-authorisation, version: 2.0.0}\n"
                + "organisation: A\nanswers:\n");
    // Every one is an error printed (linear work); 1.5 MB keeps that well inside the bound.
    for (int i = 0; yaml.length() < 1_500_000; i++) {
      yaml.append("  cf.").append(i).append(": \"4\"\n");
    }
    Files.writeString(work.resolve("short.yaml"), yaml);

    validateQuickly("validate", "short.yaml");
  }
}
