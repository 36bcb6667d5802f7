package org.ccgdiag.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Opens the terminal the interactive session runs on, and tells whether the program runs in one
 * (for colour and the progress bar). Part of the {@link Context}, so that tests run the session on
 * a JLine terminal over in-memory streams, and the one place that asks the JVM.
 */
@FunctionalInterface
public interface TerminalFactory {

  /** No terminal: the session reads plain lines from standard input (piped or scripted use). */
  TerminalFactory NONE =
      new TerminalFactory() {
        @Override
        public Optional<Terminal> open() {
          return Optional.empty();
        }

        @Override
        public boolean isTerminal() {
          return false;
        }
      };

  /**
   * The process's terminal when standard input and output both are one; none otherwise, so piped
   * input is read line by line with no cursor tricks. UTF-8 like the rest of the output ({@link
   * Main}).
   */
  TerminalFactory SYSTEM =
      new TerminalFactory() {
        @Override
        public Optional<Terminal> open() throws IOException {
          return isTerminal()
              ? Optional.of(
                  TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build())
              : Optional.empty();
        }

        @Override
        public boolean isTerminal() {
          return runsInTerminal(System.console());
        }
      };

  /** The terminal to run on, or empty to read plain lines; the caller closes it. */
  Optional<Terminal> open() throws IOException;

  /** Whether the program runs in a terminal; a factory that opens one (a test's) says yes. */
  default boolean isTerminal() {
    return true;
  }

  /**
   * On Java 17 to 21 {@code System.console()} is null unless input and output are a terminal; from
   * Java 22 it is there in a pipe too, and {@code Console.isTerminal()} (absent before) tells.
   */
  private static boolean runsInTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // before Java 22: a console at all means a terminal
    }
  }
}
