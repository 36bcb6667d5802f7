package org.ccgdiag.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found in one file, so a check reports them all, not just the first. */
public final class Problems {
  private final String file;
  private final List<Problem> list = new ArrayList<>();

  /** "Did you mean" hints still to give: each costs a search of the names a file may use. */
  private int hints = MAX_HINTS;

  /** Hints per file: plenty for a file typed by hand, bounded for one made to be slow. */
  public static final int MAX_HINTS = 100;

  public Problems(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  public void error(Position position, String message) {
    list.add(new Problem(file, position, Problem.Severity.ERROR, message));
  }

  public void warning(Position position, String message) {
    list.add(new Problem(file, position, Problem.Severity.WARNING, message));
  }

  /** Whether a "did you mean" hint may still be looked for in this file; counts this one. */
  public synchronized boolean takeHint() {
    if (hints == 0) {
      return false;
    }
    hints--;
    return true;
  }

  public boolean hasErrors() {
    return list.stream().anyMatch(Problem::isError);
  }

  /** The problems in file order (problems without a position first). */
  public List<Problem> sorted() {
    Comparator<Problem> byPosition =
        Comparator.comparing(
            Problem::position,
            Comparator.nullsFirst(
                Comparator.comparingInt(Position::line).thenComparingInt(Position::column)));
    return list.stream().sorted(byPosition).toList();
  }
}
