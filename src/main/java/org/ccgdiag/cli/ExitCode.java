package org.ccgdiag.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of every command, shown in each command's --help. */
public enum ExitCode {
  OK(0, "Success."),
  INVALID_INPUT(
      1,
      "Invalid input data: a questionnaire or answer file could not be loaded or failed"
          + " validation (with several files, the others were still processed), or an output could not be written."),
  USAGE(2, "Usage error: unknown option, missing or invalid argument."),
  INTERNAL(3, "Internal error (a bug): run again with --debug and report the stack trace.");

  private final int code;
  private final String description;

  ExitCode(int code, String description) {
    this.code = code;
    this.description = description;
  }

  public int code() {
    return code;
  }

  /** The list picocli prints under "Exit codes:". */
  static Map<String, String> helpList() {
    Map<String, String> list = new LinkedHashMap<>();
    for (ExitCode exitCode : values()) {
      list.put(Integer.toString(exitCode.code), exitCode.description);
    }
    return list;
  }
}
