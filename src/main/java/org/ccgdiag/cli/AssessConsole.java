package org.ccgdiag.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * Where the assess session meets the team: a JLine terminal with line editing (and colour when
 * it can), or plain lines when standard input is not a terminal, so sessions can be scripted.
 */
sealed interface AssessConsole extends Closeable permits AssessConsole.OnTerminal, AssessConsole.PlainLines {

  /** The width text is wrapped to when the terminal does not tell its own. */
  int DEFAULT_WIDTH = 80;

  /** Opens the console the context provides: its terminal if it has one, else plain lines. */
  static AssessConsole open(Context context, PrintWriter out) throws IOException {
    Optional<Terminal> terminal = context.terminals().open();
    if (terminal.isPresent()) {
      return new OnTerminal(terminal.get(), colour(terminal.get(), context.environment()));
    }
    return new PlainLines(new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8)), out);
  }

  /** Colour and bold unless NO_COLOR is set (https://no-color.org) or the terminal is a dumb one. */
  private static boolean colour(Terminal terminal, Map<String, String> environment) {
    String noColor = environment.get("NO_COLOR");
    return (noColor == null || noColor.isEmpty()) && !Terminal.TYPE_DUMB.equals(terminal.getType());
  }

  /**
   * The next line typed at the prompt, or empty when the team left: end of input, Ctrl-D or
   * Ctrl-C. {@code initial} (may be null) is offered for editing where the console can.
   */
  Optional<String> readLine(String prompt, String initial);

  default Optional<String> readLine(String prompt) {
    return readLine(prompt, null);
  }

  /** Prints the text and a line break. */
  void print(AttributedString text);

  /** Columns to wrap text to. */
  int width();

  /** A JLine terminal: line editing, history, and colour when it supports it. */
  final class OnTerminal implements AssessConsole {

    private final Terminal terminal;
    private final LineReader reader;
    private final boolean colour;

    OnTerminal(Terminal terminal, boolean colour) {
      this.terminal = terminal;
      this.colour = colour;
      // Notes are free text: '!' and '\' must reach the answers file as typed.
      this.reader =
          LineReaderBuilder.builder()
              .terminal(terminal)
              .appName("ccg-diag")
              .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
              .build();
    }

    @Override
    public Optional<String> readLine(String prompt, String initial) {
      try {
        return Optional.of(reader.readLine(prompt, null, initial));
      } catch (EndOfFileException | UserInterruptException e) {
        // Ctrl-D, Ctrl-C or the end of input: leave, asking nothing; the answers are saved already.
        terminal.writer().println();
        terminal.flush();
        return Optional.empty();
      }
    }

    @Override
    public void print(AttributedString text) {
      terminal.writer().println(colour ? text.toAnsi(terminal) : text.toString());
      terminal.flush();
    }

    @Override
    public int width() {
      int columns = terminal.getColumns();
      return columns > 0 ? columns : DEFAULT_WIDTH;
    }

    @Override
    public void close() throws IOException {
      terminal.close();
    }
  }

  /**
   * Plain lines from standard input (piped or redirected). Each line read is echoed after the
   * prompt, so the output reads as a transcript of the session.
   */
  final class PlainLines implements AssessConsole {
    private final BufferedReader in;
    private final PrintWriter out;

    PlainLines(BufferedReader in, PrintWriter out) {
      this.in = in;
      this.out = out;
    }

    @Override
    public Optional<String> readLine(String prompt, String initial) {
      out.print(prompt);
      out.flush();
      try {
        String line = in.readLine();
        out.println(line == null ? "" : line);
        out.flush();
        return Optional.ofNullable(line);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void print(AttributedString text) {
      out.println(text.toString());
      out.flush();
    }

    @Override
    public int width() {
      return DEFAULT_WIDTH;
    }

    /** Standard input and output belong to the caller: nothing to close. */
    @Override
    public void close() {}
  }
}
