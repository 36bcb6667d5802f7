package org.ccgdiag.cli;

/**
 * A failure the user can fix (bad file, unwritable output); printed as one line, no stack trace.
 */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ExitCode exitCode;

  UserException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  UserException(String message) {
    this(ExitCode.INVALID_INPUT, message, null);
  }

  ExitCode exitCode() {
    return exitCode;
  }
}
