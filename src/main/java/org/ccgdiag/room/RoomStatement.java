package org.ccgdiag.room;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The statement a room votes on, as the phones show it: {@code number} of {@code total}, its text
 * and its options in scale order ("don't know" last, as the caller gives them; none is added here).
 */
public record RoomStatement(
    String questionId, int number, int total, String text, List<RoomOption> options) {
  public RoomStatement {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(text, "text");
    options = List.copyOf(options);
    if (options.isEmpty()) {
      throw new IllegalArgumentException("a statement needs at least one option");
    }
    if (options.stream()
            .map(RoomOption::key)
            .collect(HashSet::new, HashSet::add, HashSet::addAll)
            .size()
        != options.size()) {
      throw new IllegalArgumentException("option keys must differ: " + options);
    }
  }

  boolean hasKey(String key) {
    return options.stream().anyMatch(o -> o.key().equals(key));
  }
}
