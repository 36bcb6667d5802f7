package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.AbstractStringAssert;
import org.ccgdiag.session.WorkshopQuestionnaire;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * One in-process run of {@code ccg-diag assess}, as main runs it: the exit code, what the session
 * showed (on the terminal, or on stdout when input is piped) and stderr, all shown when an
 * assertion about it fails.
 */
record AssessRun(String command, int exitCode, String out, String err) {
  static final Instant START = Instant.parse("2026-11-25T10:02:11Z");

  /**
   * Copies the five-question workshop questionnaire into {@code dir}, to run with -q workshop.yaml.
   */
  static void copyWorkshop(Path dir) throws IOException {
    Files.copy(WorkshopQuestionnaire.file(), dir.resolve("workshop.yaml"));
  }

  /** Standard input piped, not a terminal: the scripted use. */
  static AssessRun piped(Path dir, Instant now, String input, String... args) {
    return piped(dir, now, Map.of(), input, args);
  }

  /** Piped, with these environment variables. */
  static AssessRun piped(
      Path dir, Instant now, Map<String, String> environment, String input, String... args) {
    return run(
        dir, now, environment, TerminalFactory.NONE, input, new ByteArrayOutputStream(), args);
  }

  /**
   * On a JLine terminal of this type ("dumb", or "dumb-color" for one with colour) over in-memory
   * streams, typing {@code keys}.
   */
  static AssessRun onTerminal(
      Path dir, Map<String, String> environment, String type, String keys, String... args) {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    InputStream keyboard = new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8));
    return run(
        dir,
        START,
        environment,
        () -> Optional.of(terminal(keyboard, screen, type)),
        "",
        screen,
        args);
  }

  /** A terminal over these streams that, like a real one, ends the input on Ctrl-D. */
  static Terminal terminal(InputStream keyboard, OutputStream screen, String type)
      throws IOException {
    Terminal terminal = new DumbTerminal("test", type, keyboard, screen, StandardCharsets.UTF_8);
    Attributes attributes = terminal.getAttributes();
    attributes.setControlChar(Attributes.ControlChar.VEOF, 4);
    terminal.setAttributes(attributes);
    return terminal;
  }

  static Context context(
      Path dir,
      Instant now,
      Map<String, String> environment,
      TerminalFactory terminals,
      String input) {
    return new Context(
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        Clock.fixed(now, ZoneOffset.UTC),
        environment,
        dir,
        terminals);
  }

  private static AssessRun run(
      Path dir,
      Instant now,
      Map<String, String> environment,
      TerminalFactory terminals,
      String input,
      ByteArrayOutputStream screen,
      String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "assess";
    System.arraycopy(args, 0, all, 1, args.length);
    int exitCode =
        Main.commandLine(
                context(dir, now, environment, terminals, input),
                new PrintWriter(out, true),
                new PrintWriter(err, true))
            .execute(all);
    return new AssessRun(
        "ccg-diag " + String.join(" ", all),
        exitCode,
        screen.toString(StandardCharsets.UTF_8) + out,
        err.toString());
  }

  AssessRun exits(int expected) {
    assertThat(exitCode).as("exit code of %s", this).isEqualTo(expected);
    return this;
  }

  AbstractStringAssert<?> assertOut() {
    return assertThat(out).as("what %s showed", this);
  }

  AbstractStringAssert<?> assertErr() {
    return assertThat(err).as("stderr of %s", this);
  }

  @Override
  public String toString() {
    return command + " (exit code " + exitCode + ")\n--- shown:\n" + out + "\n--- stderr:\n" + err;
  }
}
