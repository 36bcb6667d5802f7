package org.ccgdiag.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Opens the terminal the interactive session runs on. Part of the {@link Context}, so that tests
 * can run the session on a JLine terminal over in-memory streams.
 */
@FunctionalInterface
public interface TerminalFactory {

  /** No terminal: the session reads plain lines from standard input (piped or scripted use). */
  TerminalFactory NONE = Optional::empty;

  /**
   * The process's terminal when standard input and output both are one (what {@code
   * System.console()} tells on Java 17); none otherwise, so piped input is read line by line with
   * no cursor tricks. UTF-8 like the rest of the output ({@link Main}).
   */
  TerminalFactory SYSTEM =
      () ->
          System.console() == null
              ? Optional.empty()
              : Optional.of(TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build());

  /** The terminal to run on, or empty to read plain lines; the caller closes it. */
  Optional<Terminal> open() throws IOException;
}
