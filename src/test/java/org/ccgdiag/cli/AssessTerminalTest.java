package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ccgdiag.answers.Answer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.AnswersReader;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.session.WorkshopQuestionnaire;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assess command on a JLine terminal over in-memory streams, as at a workshop. */
class AssessTerminalTest {
  static final String FILE = "nhs-example-ccg-2026-11-25.yaml";
  static final String[] WHO = {
    "-q", "workshop.yaml", "--organisation", "NHS Example CCG", "--respondent", "Dr A Smith"
  };
  static final char CTRL_D = 4;

  @TempDir Path dir;

  @BeforeEach
  void copyQuestionnaire() throws IOException {
    AssessRun.copyWorkshop(dir);
  }

  private AssessRun onTerminal(String keys, String... args) {
    return AssessRun.onTerminal(dir, Map.of(), "dumb", keys, args);
  }

  private Answers answers() {
    Problems problems = new Problems(FILE);
    return AnswersReader.read(dir.resolve(FILE), WorkshopQuestionnaire.load(), problems)
        .orElseThrow(() -> new AssertionError(FILE + " does not load: " + problems.sorted()));
  }

  @Test
  void theTerminalTakesTheSameInputsAsPipedLines() {
    AssessRun run = onTerminal("4\n?\nn\nMonthly meetings\nzz\nS\nb\nDK\nq\n", WHO).exits(0);

    run.assertOut()
        .contains(
            "Domain 1/2 · Statement 1/5 · 0 answered\nClinical focus\n\nClinicians lead what the group does.")
        .contains("Guidance\n  This statement has no guidance.")
        .contains("Note saved.")
        .contains("'zz' is not an answer here; the answers are 1, 2, 3, 4, 5, dk, na.")
        .contains("Skipped: left unanswered for now.")
        .contains("  Note: Monthly meetings\n")
        .contains("Saved statement 2: dk Don't know.")
        .endsWith(
            """
            Saved 2 of 5 answers in nhs-example-ccg-2026-11-25.yaml.
            To resume: ccg-diag assess -q workshop.yaml -a nhs-example-ccg-2026-11-25.yaml
            """)
        .doesNotContain("\u001b");
    assertThat(answers().answers())
        .containsExactly(
            Map.entry("clinical.1", new Answer("4", null)),
            Map.entry("clinical.2", new Answer("dk", "Monthly meetings")));
  }

  @Test
  void ctrlDSavesAndQuitsAndReadsNothingMore() {
    AssessRun run = onTerminal("4\n" + CTRL_D + "5\n", WHO).exits(0);

    run.assertOut()
        .endsWith(
            "Saved 1 of 5 answers in nhs-example-ccg-2026-11-25.yaml.\nTo resume: ccg-diag assess -q workshop.yaml -a nhs-example-ccg-2026-11-25.yaml\n");
    assertThat(answers().answers()).containsOnlyKeys("clinical.1");
  }

  @Test
  void aNoteIsOfferedForEditingWithItsTextSoFar() {
    onTerminal("n\nfirst\nn\n, then more\nq\n", WHO).exits(0);

    assertThat(answers().answer("clinical.1")).isEqualTo(new Answer(null, "first, then more"));
  }

  @Test
  void notesKeepEveryCharacterAsTyped() {
    onTerminal("n\nWe don't \"know\" yet! 50% \\ 2\nq\n", WHO).exits(0);

    assertThat(answers().answer("clinical.1").note()).isEqualTo("We don't \"know\" yet! 50% \\ 2");
  }

  @Test
  void colourAndBoldOnATerminalThatHasThem() {
    AssessRun run = AssessRun.onTerminal(dir, Map.of(), "dumb-color", "4\nq\n", WHO).exits(0);

    run.assertOut().contains("\u001b[").contains("Domain 1/2 · Statement 1/5 · 0 answered");
  }

  @Test
  void noColourWhenNoColorIsSet() {
    AssessRun run =
        AssessRun.onTerminal(dir, Map.of("NO_COLOR", "1"), "dumb-color", "4\nq\n", WHO).exits(0);

    run.assertOut().doesNotContain("\u001b").contains("Domain 1/2 · Statement 1/5 · 0 answered");
  }

  @Test
  void everythingFitsEightyColumnsOnTheBundledQuestionnaire() {
    AssessRun run =
        onTerminal(
            "?\nn\n" + "long note ".repeat(20) + "\n4\n".repeat(20) + "q\n",
            "--organisation",
            "NHS Example CCG",
            "--respondent",
            "Dr A Smith");

    run.exits(0);
    assertThat(run.out().lines())
        .allSatisfy(line -> assertThat(line.length()).as(line).isLessThan(80));
  }

  // ---- a live session: typed line by line while the test watches ----

  @Test
  void theFileIsSavedAfterEveryAnswerAndNoteAndCtrlCSavesAndQuitsAskingNothing() throws Exception {
    try (Live live = new Live(dir, WHO)) {
      live.awaitPrompt("> ");
      live.type("4");
      live.awaitPrompt("> ");
      assertThat(answers().answers())
          .containsExactly(Map.entry("clinical.1", new Answer("4", null)));

      live.type("n");
      live.awaitPrompt("Note: ");
      live.type("Practice leads meet monthly");
      live.awaitPrompt("> ");
      assertThat(answers().answer("clinical.2"))
          .isEqualTo(new Answer(null, "Practice leads meet monthly"));

      live.type("dk");
      live.awaitPrompt("> ");
      assertThat(answers().answers())
          .hasSize(2)
          .containsEntry("clinical.2", new Answer("dk", "Practice leads meet monthly"));

      live.pressCtrlC();
      assertThat(live.exitCode()).as(live.toString()).isZero();
      assertThat(live.screen())
          .endsWith(
              "Saved 2 of 5 answers in nhs-example-ccg-2026-11-25.yaml.\nTo resume: ccg-diag assess -q workshop.yaml -a nhs-example-ccg-2026-11-25.yaml\n");
    }
    assertThat(answers().answers()).containsOnlyKeys("clinical.1", "clinical.2");
  }

  @Test
  void ctrlCWhileTypingANoteKeepsWhatWasTypedThenLeaves() throws Exception {
    try (Live live = new Live(dir, WHO)) {
      live.awaitPrompt("> ");
      live.type("n");
      live.awaitPrompt("Note: ");
      live.typePart("Minutes of the May board");
      Thread.sleep(
          500); // the dumb terminal echoes nothing to wait for: give the reader time to take the
      // keys
      live.pressCtrlC();
      assertThat(live.exitCode()).as(live.toString()).isZero();
    }
    assertThat(answers().answer("clinical.1"))
        .isEqualTo(new Answer(null, "Minutes of the May board"));
  }

  /** The command running in another thread on a terminal whose keyboard the test types on. */
  static final class Live implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final StringWriter err = new StringWriter();
    private final CompletableFuture<Terminal> terminal = new CompletableFuture<>();
    private final CompletableFuture<Integer> exitCode;
    private int seen;

    Live(Path dir, String... args) throws IOException {
      PipedInputStream keys = new PipedInputStream(keyboard);
      TerminalFactory terminals =
          () -> {
            terminal.complete(AssessRun.terminal(keys, screen, "dumb"));
            return Optional.of(terminal.join());
          };
      String[] all = new String[args.length + 1];
      all[0] = "assess";
      System.arraycopy(args, 0, all, 1, args.length);
      Context context = AssessRun.context(dir, AssessRun.START, Map.of(), terminals, "");
      exitCode =
          CompletableFuture.supplyAsync(
              () ->
                  Main.commandLine(
                          context, new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                      .execute(all));
    }

    String screen() {
      return screen.toString(StandardCharsets.UTF_8);
    }

    /** Waits until the session shows this prompt after what was seen so far, and waits there. */
    void awaitPrompt(String prompt) throws InterruptedException {
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (!(screen().length() > seen && screen().endsWith(prompt))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("no prompt '" + prompt + "' within " + PATIENCE + ":\n" + this);
        }
        Thread.sleep(5);
      }
      seen = screen().length();
    }

    void type(String line) throws IOException {
      keyboard.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      keyboard.flush();
    }

    /** Keys typed without Enter: they stay in the line being edited. */
    void typePart(String text) throws IOException {
      keyboard.write(text.getBytes(StandardCharsets.UTF_8));
      keyboard.flush();
    }

    /** What the terminal does when Ctrl-C is pressed while the session waits for a line. */
    void pressCtrlC() {
      terminal.join().raise(Terminal.Signal.INT);
    }

    int exitCode() throws Exception {
      return exitCode.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
      keyboard.close();
    }

    @Override
    public String toString() {
      return "--- screen:\n" + screen() + "\n--- stderr:\n" + err;
    }
  }
}
