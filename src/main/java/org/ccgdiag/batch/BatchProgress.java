package org.ccgdiag.batch;

/**
 * Told how a batch is getting on, so a command can draw a progress bar. {@link #advance} is called
 * from the worker threads: implementations must be thread-safe.
 */
public interface BatchProgress {

  /** Reports nothing. */
  BatchProgress NONE =
      new BatchProgress() {
        @Override
        public void begin(Stage stage, int total) {}

        @Override
        public void advance() {}
      };

  /** The batch's stages, in order. */
  enum Stage {
    /** Reading and tallying answer files; one step per file. */
    READING("Reading answer files"),
    /** Scoring organisations and writing their reports; one step per organisation. */
    SCORING("Writing reports");

    private final String description;

    Stage(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** A stage starts with this many steps. */
  void begin(Stage stage, int total);

  /** One more step of the current stage is done. */
  void advance();
}
