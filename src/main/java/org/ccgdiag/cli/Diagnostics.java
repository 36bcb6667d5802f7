package org.ccgdiag.cli;

import java.io.PrintWriter;
import java.util.Collection;
import org.ccgdiag.load.Problem;
import org.ccgdiag.load.Problems;

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
}
