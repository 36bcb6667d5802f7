package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ListAssert;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Runs ccg-diag in-process, exactly as {@code main} configures it, and keeps what it printed: the
 * configured {@link CommandLine} and the writers behind its stdout and stderr.
 *
 * <pre>{@code
 * CommandRun.in(dir).run("validate", "answers.yaml").assertExitCode(1).assertErr().contains("answers.yaml:3:5: ");
 * }</pre>
 *
 * A failed {@code assert...} shows the command, its exit code, stdout and stderr.
 */
public record CommandRun(CommandLine commandLine, StringWriter out, StringWriter err) {

  /** The fixed time of every run's clock. */
  public static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  /**
   * A run in this working directory, with empty standard input, no environment and a fixed clock.
   */
  public static CommandRun in(Path workingDirectory) {
    return in(workingDirectory, "");
  }

  /** A run whose standard input holds these lines (for commands that read it). */
  public static CommandRun in(Path workingDirectory, String stdin) {
    return with(
        new Context(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            Clock.fixed(NOW, ZoneOffset.UTC),
            Map.of(),
            workingDirectory.toAbsolutePath()));
  }

  public static CommandRun with(Context context) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine =
        Main.commandLine(context, new PrintWriter(out, true), new PrintWriter(err, true));
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
    return new CommandRun(commandLine, out, err);
  }

  /** Runs {@code ccg-diag ARGS...}; the result holds only what this run printed. */
  public Result run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    int exitCode = commandLine.execute(args);
    return new Result(List.of(args), exitCode, out.toString(), err.toString());
  }

  /** What one run gave: its exit code and everything it printed. */
  public record Result(List<String> args, int exitCode, String out, String err) {

    public Result assertExitCode(int expected) {
      if (exitCode != expected) {
        throw new AssertionError("expected exit code " + expected + ", but " + this);
      }
      return this;
    }

    public Result assertSuccess() {
      return assertExitCode(ExitCode.OK.code());
    }

    public Result assertInvalidInput() {
      return assertExitCode(ExitCode.INVALID_INPUT.code());
    }

    public Result assertUsageError() {
      return assertExitCode(ExitCode.USAGE.code());
    }

    /** Assertions on stdout, described with the whole run. */
    public AbstractStringAssert<?> assertOut() {
      return assertThat(out).as("stdout of %s", this);
    }

    /** Assertions on stderr, described with the whole run. */
    public AbstractStringAssert<?> assertErr() {
      return assertThat(err).as("stderr of %s", this);
    }

    /** Assertions on the lines of stdout, described with the whole run. */
    public ListAssert<String> assertOutLines() {
      return assertThat(outLines()).as("stdout lines of %s", this);
    }

    /** Assertions on the lines of stderr, described with the whole run. */
    public ListAssert<String> assertErrLines() {
      return assertThat(errLines()).as("stderr lines of %s", this);
    }

    public List<String> outLines() {
      return out.lines().toList();
    }

    public List<String> errLines() {
      return err.lines().toList();
    }

    @Override
    public String toString() {
      return "ccg-diag "
          + String.join(" ", args)
          + " exited with "
          + exitCode
          + "\n--- stdout ---\n"
          + out
          + "--- stderr ---\n"
          + err
          + "--------------";
    }
  }
}
