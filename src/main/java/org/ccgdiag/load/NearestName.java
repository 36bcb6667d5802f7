package org.ccgdiag.load;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean" for a misspelt field, question or column name: the nearest candidate by edit
 * (Levenshtein) distance, worked out so that no name, however long, costs more than a glance.
 */
final class NearestName {
  private NearestName() {}

  /**
   * The candidate nearest to a misspelt name, when one is near enough to suggest (within a third of
   * its length, or 2). Bounded work whatever the name: a candidate whose length differs by more
   * than the best distance so far cannot be nearer and is skipped, and a distance is only worked
   * out as far as it could still win, so a 400 KB name costs nothing against short ones.
   */
  static Optional<String> among(String name, Collection<String> candidates) {
    String closest = null;
    int best = Math.max(2, name.length() / 3) + 1; // the first distance too far to suggest
    for (String candidate : candidates.stream().sorted().toList()) {
      if (Math.abs(candidate.length() - name.length()) < best) {
        int distance = distance(name, candidate, best - 1);
        if (distance < best) {
          best = distance;
          closest = candidate;
        }
      }
    }
    return Optional.ofNullable(closest);
  }

  /**
   * Levenshtein distance, for "did you mean" hints, when it is at most {@code bound}; otherwise
   * some number above it. Only the cells within {@code bound} of the diagonal are worked out, and a
   * row with none within the bound ends the work.
   */
  private static int distance(String a, String b, int bound) {
    int far = bound + 1;
    if (Math.abs(a.length() - b.length()) > bound) {
      return far;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = Math.min(j, far);
    }
    for (int i = 1; i <= a.length(); i++) {
      int from = Math.max(1, i - bound);
      int to = Math.min(b.length(), i + bound);
      current[from - 1] = from == 1 ? Math.min(i, far) : far;
      int rowMin = current[from - 1];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        current[j] = Math.min(value, far);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (to < b.length()) {
        current[to + 1] = far; // the next row reads one cell past this band
      }
      if (rowMin > bound) {
        return far;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
