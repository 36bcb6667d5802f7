package org.ccgdiag.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What commands take from the outside world besides their arguments, injected so that tests run
 * them in-process: standard input, the clock, environment variables, the working directory, and
 * the terminal of the interactive session.
 */
public record Context(
    InputStream in, Clock clock, Map<String, String> environment, Path workingDirectory, TerminalFactory terminals) {

  /** A context without a terminal: the interactive session reads plain lines from {@code in}. */
  public Context(InputStream in, Clock clock, Map<String, String> environment, Path workingDirectory) {
    this(in, clock, environment, workingDirectory, TerminalFactory.NONE);
  }

  public static Context system() {
    return new Context(StandardInput.open(), Clock.systemUTC(), System.getenv(), Path.of("").toAbsolutePath(), TerminalFactory.SYSTEM);
  }

  /** A path as the user typed it, resolved against the working directory. */
  public Path resolve(String path) {
    return workingDirectory.resolve(path);
  }

  /** How messages name a file: relative to the working directory when it is inside it. */
  public String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString() : path.toString();
  }
}
