package org.ccgdiag.problem;

import org.ccgdiag.text.Visible;

/**
 * One thing wrong with an input file, printed as {@code PATH:LINE:COLUMN: message} (or {@code PATH:
 * message} when no position applies).
 */
public record Problem(String file, Position position, Severity severity, String message) {

  /** Messages quote input: whatever it holds, the line printed stays one visible line. */
  public Problem {
    file = Visible.oneLine(file);
    message = Visible.oneLine(message);
  }

  public enum Severity {
    ERROR,
    WARNING
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    String where = position == null ? file : file + ":" + position;
    String prefix = severity == Severity.WARNING ? "warning: " : "";
    return where + ": " + prefix + message;
  }
}
