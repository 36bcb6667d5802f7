package org.ccgdiag.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.jline.utils.ScreenTerminal;

/**
 * {@code ccg-diag assess} running in another thread on a virtual screen of a given size (JLine's
 * {@link ScreenTerminal}, a terminal that can clear and move the cursor), typed on line by line
 * while the test reads what the screen shows, as a person in front of it would.
 */
final class OnScreen implements AutoCloseable {
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  /** The screen is taken as drawn once it has not changed for this long. */
  private static final long STILL_MILLIS = 150;

  private final ScreenTerminal.VirtualTerminal virtual;
  private final StringWriter err = new StringWriter();
  private final CompletableFuture<Integer> exitCode;

  /**
   * The screen {@link #screen} last returned, and the line typed since (null: none, or keys without
   * Enter).
   */
  private String shown;

  private String typed;

  OnScreen(Path dir, int columns, int rows, String... args) throws IOException {
    virtual = ScreenTerminal.withTerminal("test", "screen-256color", columns, rows);
    LineDisciplineTerminal terminal = virtual.terminal();
    String[] all = new String[args.length + 1];
    all[0] = "assess";
    System.arraycopy(args, 0, all, 1, args.length);
    Context context =
        AssessRun.context(dir, AssessRun.START, Map.of(), () -> Optional.of(terminal), "");
    exitCode =
        CompletableFuture.supplyAsync(
            () ->
                Main.commandLine(
                        context, new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                    .execute(all));
  }

  /**
   * The screen once the session has drawn it and waits (or has ended): its rows, trailing spaces
   * cut.
   */
  String screen() throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    String last = null;
    long stillSince = System.nanoTime();
    while (System.nanoTime() < deadline) {
      String now = dump();
      if (!now.equals(last)) {
        last = now;
        stillSince = System.nanoTime();
      } else if (System.nanoTime() - stillSince > TimeUnit.MILLISECONDS.toNanos(STILL_MILLIS)
          && (exitCode.isDone() || (waiting(now) && taken(now)))) {
        shown = now;
        typed = null;
        return now;
      }
      Thread.sleep(10);
    }
    throw new AssertionError(
        "the screen did not settle within " + PATIENCE + ":\n" + last + "\n--- stderr:\n" + err);
  }

  private static boolean waiting(String screen) {
    return screen.stripTrailing().endsWith(">") || screen.contains("\n> ");
  }

  /**
   * Whether the session has taken the line typed: a busy machine can leave the screen still for a
   * while as it was, or with the line only echoed at the prompt, before the session redraws it.
   */
  private boolean taken(String screen) {
    if (typed == null) {
      return true;
    }
    String[] rows = screen.stripTrailing().split("\n");
    boolean echoed = !typed.isEmpty() && rows[rows.length - 1].equals("> " + typed);
    return !screen.equals(shown) && !echoed;
  }

  private String dump() {
    StringBuilder text = new StringBuilder();
    for (String row : virtual.screen().toString().split("\n", -1)) {
      text.append(row.stripTrailing()).append('\n');
    }
    return text.toString().replaceAll("\n+$", "\n");
  }

  void type(String line) throws IOException {
    typed = line;
    virtual.terminal().processInputBytes((line + "\r").getBytes(StandardCharsets.UTF_8));
  }

  /** Keys typed without Enter: they stay in the line being edited. */
  void typePart(String text) throws IOException {
    typed = null;
    virtual.terminal().processInputBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The window resized, as a terminal emulator tells the program. */
  void resize(int columns, int rows) {
    virtual.screen().setSize(columns, rows);
    virtual.terminal().setSize(new Size(columns, rows));
    virtual.terminal().raise(Terminal.Signal.WINCH);
  }

  int exitCode() throws Exception {
    return exitCode.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
  }

  String err() {
    return err.toString();
  }

  /**
   * Ends the session if it is still running (Ctrl-D) and waits for it, then closes the terminal.
   * The session may end and close its side between the check and the Ctrl-D: that is not an error.
   */
  @Override
  public void close() throws IOException {
    try {
      if (!exitCode.isDone()) {
        try {
          virtual.terminal().processInputBytes(new byte[] {4});
        } catch (IOException closedMeanwhile) {
          // the session has just ended
        }
      }
      exitCode.handle((code, failure) -> code).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException("the session did not end: " + e, e);
    } finally {
      virtual.terminal().close();
    }
  }
}
