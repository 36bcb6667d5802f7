package org.ccgdiag.load;

/**
 * One thing wrong with an input file, printed as {@code PATH:LINE:COLUMN: message} (or {@code PATH:
 * message} when no position applies).
 */
public record Problem(String file, Position position, Severity severity, String message) {

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
