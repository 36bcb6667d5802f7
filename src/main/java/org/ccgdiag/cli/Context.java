package org.ccgdiag.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.ccgdiag.files.FileMode;

/**
 * What commands take from the outside world besides their arguments, injected so that tests run
 * them in-process: standard input, the clock, environment variables, the working directory, and the
 * terminal of the interactive session.
 */
public record Context(
    InputStream in,
    Clock clock,
    Map<String, String> environment,
    Path workingDirectory,
    TerminalFactory terminals) {

  /** The environment variable that relaxes the mode of new files. */
  static final String FILE_MODE = "CCG_DIAG_FILE_MODE";

  /** A context without a terminal: the interactive session reads plain lines from {@code in}. */
  public Context(
      InputStream in, Clock clock, Map<String, String> environment, Path workingDirectory) {
    this(in, clock, environment, workingDirectory, TerminalFactory.NONE);
  }

  public static Context system() {
    return new Context(
        StandardInput.open(),
        Clock.systemUTC(),
        System.getenv(),
        Path.of("").toAbsolutePath(),
        TerminalFactory.SYSTEM);
  }

  /**
   * The permissions of new answers files and reports: {@value #FILE_MODE} when set (an octal mode
   * such as 0640), owner-only otherwise. An environment variable rather than an option, so that a
   * shared laptop or a team folder sets it once for every command.
   */
  FileMode fileMode() {
    String value = environment.get(FILE_MODE);
    if (value == null || value.isBlank()) {
      return FileMode.PRIVATE;
    }
    return FileMode.parse(value)
        .orElseThrow(
            () ->
                new UserException(
                    ExitCode.USAGE,
                    FILE_MODE
                        + "="
                        + value
                        + " is not a mode for data files; use an octal mode that"
                        + " lets the owner read and write and grants no execute bit, such as 0600 or 0640",
                    null));
  }

  /** Whether the program runs in a terminal: colour, the progress bar, the full-screen session. */
  public boolean isTerminal() {
    return terminals.isTerminal();
  }

  /** A path as the user typed it, resolved against the working directory. */
  public Path resolve(String path) {
    return workingDirectory.resolve(path);
  }

  /** How messages name a file: relative to the working directory when it is inside it. */
  public String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(workingDirectory)
        ? workingDirectory.relativize(absolute).toString()
        : path.toString();
  }
}
