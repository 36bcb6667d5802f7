package org.ccgdiag.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.ccgdiag.text.Visible;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp;

/**
 * Where the assess session meets the team: a JLine terminal with line editing (and colour when it
 * can), or plain lines when standard input is not a terminal, so sessions can be scripted.
 */
sealed interface AssessConsole extends Closeable
    permits AssessConsole.OnTerminal, AssessConsole.PlainLines {

  /** The width text is wrapped to when the terminal does not tell its own. */
  int DEFAULT_WIDTH = 80;

  /** Opens the console the context provides: its terminal if it has one, else plain lines. */
  static AssessConsole open(Context context, PrintWriter out) throws IOException {
    Optional<Terminal> terminal = context.terminals().open();
    if (terminal.isPresent()) {
      return new OnTerminal(terminal.get(), colour(terminal.get(), context.environment()));
    }
    return new PlainLines(
        new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8)), out);
  }

  /**
   * Colour and bold unless NO_COLOR is set (https://no-color.org) or the terminal is a dumb one.
   */
  private static boolean colour(Terminal terminal, Map<String, String> environment) {
    String noColor = environment.get("NO_COLOR");
    return (noColor == null || noColor.isEmpty()) && !Terminal.TYPE_DUMB.equals(terminal.getType());
  }

  /**
   * The next line typed at the prompt, or empty when the team left: end of input, Ctrl-D or Ctrl-C.
   * {@code initial} (may be null) is offered for editing where the console can.
   */
  default Optional<String> readLine(String prompt, String initial) {
    Entry entry = readEntry(prompt, initial);
    return entry.left() ? Optional.empty() : Optional.of(entry.text());
  }

  /**
   * What was typed at the prompt: a whole line, or, when the team left part-way (Ctrl-C; {@code
   * left} true), what had been typed by then (null when nothing, or at the end of input), so that a
   * note being typed is not lost with the session.
   */
  record Entry(String text, boolean left) {}

  Entry readEntry(String prompt, String initial);

  default Optional<String> readLine(String prompt) {
    return readLine(prompt, null);
  }

  /** Prints the text and a line break. */
  void print(AttributedString text);

  /** Columns to wrap text to. */
  int width();

  /** Whether the console can clear and redraw whole screens: a terminal that is not a dumb one. */
  boolean isScreen();

  /**
   * Clears the screen and draws page {@code page} of what {@code drawing} gives for the screen's
   * width, fitted to its height; drawn again when the terminal is resized. Returns the number of
   * pages. Without a screen, prints it all.
   */
  int show(IntFunction<Screen> drawing, int page);

  /**
   * Draws the screen shown last again, from another thread (the room's counts changed), without
   * disturbing the line being typed. Nothing to do on plain lines, which have no screen.
   */
  default void refresh() {}

  /**
   * A JLine terminal: line editing, history, and colour when it supports it; whole screens when it
   * can clear them, redrawn when the window is resized (also while a line is being typed).
   */
  final class OnTerminal implements AssessConsole {
    /** Rows assumed when the terminal does not tell its height. */
    private static final int DEFAULT_HEIGHT = 24;

    private final Terminal terminal;
    private final ResizingReader reader;
    private final boolean colour;
    private IntFunction<Screen> shown;
    private int shownPage;

    OnTerminal(Terminal terminal, boolean colour) {
      this.terminal = terminal;
      this.colour = colour;
      this.reader = new ResizingReader(terminal, this::redraw);
      // Notes are free text: '!' and '\' must reach the answers file as typed.
      reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
    }

    @Override
    public boolean isScreen() {
      return !terminal.getType().startsWith(Terminal.TYPE_DUMB)
          && terminal.getStringCapability(InfoCmp.Capability.clear_screen) != null;
    }

    @Override
    public int show(IntFunction<Screen> drawing, int page) {
      shown = drawing;
      shownPage = page;
      return draw();
    }

    private int draw() {
      int height = terminal.getHeight() > 0 ? terminal.getHeight() : DEFAULT_HEIGHT;
      Screen.Fitted fitted = shown.apply(width()).fit(height, shownPage);
      if (isScreen()) {
        terminal.puts(InfoCmp.Capability.clear_screen);
      }
      print(AttributedString.join(AttributedString.NEWLINE, fitted.lines()));
      return fitted.pages();
    }

    private void redraw() {
      if (shown != null && isScreen()) {
        draw();
      }
    }

    @Override
    public void refresh() {
      reader.whileHeld(this::redraw);
    }

    @Override
    public Entry readEntry(String prompt, String initial) {
      try {
        return new Entry(reader.readLine(prompt, null, initial), false);
      } catch (EndOfFileException | UserInterruptException e) {
        // Ctrl-D, Ctrl-C or the end of input: leave, asking nothing; the answers are saved already.
        terminal.writer().println();
        terminal.flush();
        String partial =
            e instanceof UserInterruptException interrupted ? interrupted.getPartialLine() : null;
        return new Entry(partial == null || partial.isEmpty() ? null : partial, true);
      }
    }

    @Override
    public void print(AttributedString text) {
      AttributedString visible = VisibleText.of(text);
      terminal.writer().println(colour ? visible.toAnsi(terminal) : visible.toString());
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
    public Entry readEntry(String prompt, String initial) {
      out.print(prompt);
      out.flush();
      try {
        String line = in.readLine();
        // The echo makes the transcript: what was typed, made visible like any other input.
        out.println(line == null ? "" : Visible.oneLine(line));
        out.flush();
        return new Entry(line, line == null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void print(AttributedString text) {
      out.println(VisibleText.of(text).toString());
      out.flush();
    }

    @Override
    public int width() {
      return DEFAULT_WIDTH;
    }

    @Override
    public boolean isScreen() {
      return false;
    }

    @Override
    public int show(IntFunction<Screen> drawing, int page) {
      Screen screen = drawing.apply(DEFAULT_WIDTH);
      Stream.of(screen.top(), screen.more(), screen.bottom())
          .flatMap(List::stream)
          .forEach(this::print);
      return 1;
    }

    /** Standard input and output belong to the caller: nothing to close. */
    @Override
    public void close() {}
  }

  /**
   * The line reader, which takes the terminal's resize signal while a line is read: after it has
   * adjusted to the new size, the screen is drawn again and the line being typed redrawn under it.
   */
  final class ResizingReader extends LineReaderImpl {
    private final Runnable redraw;

    ResizingReader(Terminal terminal, Runnable redraw) {
      super(terminal, "ccg-diag", new java.util.HashMap<>());
      this.redraw = redraw;
    }

    /**
     * Runs {@code redraw} under the reader's lock, then puts back the prompt and what is being
     * typed.
     */
    void whileHeld(Runnable redraw) {
      lock.lock();
      try {
        redraw.run();
        if (reading) {
          callWidget(LineReader.REDRAW_LINE);
          callWidget(LineReader.REDISPLAY);
        }
      } finally {
        lock.unlock();
      }
    }

    @Override
    protected void handleSignal(Terminal.Signal signal) {
      super.handleSignal(signal);
      if (signal == Terminal.Signal.WINCH) {
        redraw.run();
        callWidget(LineReader.REDRAW_LINE);
        callWidget(LineReader.REDISPLAY);
      }
    }
  }
}
