package org.ccgdiag.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.util.Collection;
import java.util.Locale;
import org.ccgdiag.problem.Problem;
import org.ccgdiag.problem.Problems;

/** Prints problems one per line, as PATH:LINE:COLUMN: message. */
final class Diagnostics {
  private Diagnostics() {}

  static void print(Problems problems, PrintWriter err) {
    print(problems.sorted(), err);
  }

  static void print(Collection<Problem> problems, PrintWriter err) {
    problems.forEach(err::println);
    err.flush();
  }

  /**
   * Why a file operation failed, in words: "permission denied (/tmp/x)", not the exception's name.
   */
  static String describe(IOException e) {
    if (e instanceof FileSystemException f) {
      String what =
          f.getReason() != null
              ? f.getReason()
              : f.getClass()
                  .getSimpleName()
                  .replace("Exception", "")
                  .replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                  .toLowerCase(Locale.ROOT);
      return f.getFile() == null ? what : what + " (" + f.getFile() + ")";
    }
    return e.getMessage();
  }
}
