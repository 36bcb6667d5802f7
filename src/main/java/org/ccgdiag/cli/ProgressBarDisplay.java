package org.ccgdiag.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import org.ccgdiag.batch.BatchProgress;

/**
 * Draws a batch's progress on stderr, one bar per stage, cleared when the stage ends so that only
 * messages remain; or draws nothing, when stderr is not a terminal (unless asked to).
 */
final class ProgressBarDisplay implements BatchProgress, AutoCloseable {
  /** Width of a bar drawn into a stream that is not the terminal, where the width is unknown. */
  private static final int STREAM_WIDTH = 80;

  /** Whether to draw a progress bar: {@code auto} draws one only when there is a terminal. */
  enum When {
    AUTO,
    ALWAYS,
    NEVER
  }

  private final boolean shown;

  /** Where to draw; null for the terminal's own stderr, sized to the terminal by the library. */
  private final PrintWriter stream;

  private volatile ProgressBar bar;

  private ProgressBarDisplay(boolean shown, PrintWriter stream) {
    this.shown = shown;
    this.stream = stream;
  }

  /**
   * @param terminal whether the program runs in a terminal ({@link Context#isTerminal()})
   */
  static ProgressBarDisplay choose(When when, PrintWriter err, boolean terminal) {
    return switch (when) {
      case NEVER -> new ProgressBarDisplay(false, null);
      case ALWAYS -> new ProgressBarDisplay(true, err);
      case AUTO -> new ProgressBarDisplay(terminal, null);
    };
  }

  @Override
  public synchronized void begin(Stage stage, int total) {
    close();
    if (!shown) {
      return;
    }
    ProgressBarBuilder builder =
        new ProgressBarBuilder()
            .setTaskName(stage.description())
            .setInitialMax(total)
            .clearDisplayOnFinish();
    if (stream != null) {
      builder.setConsumer(streamConsumer(stream));
    }
    bar = builder.build();
  }

  @Override
  public void advance() {
    ProgressBar current = bar;
    if (current != null) {
      current.step();
    }
  }

  /** Ends the current bar, if any; the display can begin another stage after it. */
  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  private static ProgressBarConsumer streamConsumer(PrintWriter stream) {
    return new DelegatingProgressBarConsumer(
        line -> {
          stream.print('\r' + line);
          stream.flush();
        },
        STREAM_WIDTH);
  }
}
