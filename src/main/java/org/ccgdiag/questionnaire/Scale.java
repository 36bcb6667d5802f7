package org.ccgdiag.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The answer options of a question. Scored options range from {@link #lowest} to {@link #highest}.
 */
public record Scale(String id, List<Option> options) {

  public Scale {
    options = List.copyOf(options);
  }

  /**
   * The option with this key; keys match case-insensitively, as people type them, and an exact
   * match is looked for first (nearly every answer has one, and equalsIgnoreCase is slow in a
   * batch).
   */
  public Optional<Option> option(String key) {
    if (key == null) {
      return Optional.empty();
    }
    String wanted = key.trim();
    // Indexed loops, not streams or iterators (which C1 allocates): called once per answer in a
    // batch.
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).key().equals(wanted)) {
        return Optional.of(options.get(i));
      }
    }
    for (Option option : options) {
      if (option.key().equalsIgnoreCase(wanted)) {
        return Optional.of(option);
      }
    }
    return Optional.empty();
  }

  public BigDecimal lowest() {
    return scored().map(Option::score).min(BigDecimal::compareTo).orElseThrow();
  }

  public BigDecimal highest() {
    return scored().map(Option::score).max(BigDecimal::compareTo).orElseThrow();
  }

  private java.util.stream.Stream<Option> scored() {
    return options.stream().filter(o -> o.kind() == Option.Kind.SCORED);
  }

  /**
   * The middle of a room's votes (option key to a count of people), to suggest as the agreed
   * answer: the median of the votes for scored options, ordered by score (the lower of the two
   * middle votes when their number is even, so a split room is not rounded up); when nobody voted
   * for a scored option, the option with most votes. Empty when there are no votes.
   */
  public Optional<Option> median(java.util.Map<String, Integer> votes) {
    List<Option> byScore =
        scored()
            .sorted(java.util.Comparator.comparing(Option::score))
            .filter(o -> votes.getOrDefault(o.key(), 0) > 0)
            .toList();
    int scoredVotes = byScore.stream().mapToInt(o -> votes.get(o.key())).sum();
    if (scoredVotes == 0) {
      return options.stream()
          .filter(o -> votes.getOrDefault(o.key(), 0) > 0)
          .max(java.util.Comparator.comparingInt((Option o) -> votes.get(o.key())));
    }
    int middle = (scoredVotes - 1) / 2;
    for (Option option : byScore) {
      middle -= votes.get(option.key());
      if (middle < 0) {
        return Optional.of(option);
      }
    }
    throw new IllegalStateException("unreachable: the votes were counted");
  }

  /** The option keys as a person reads them, e.g. "1, 2, 3, 4, 5, dk, na". */
  public String keys() {
    return String.join(", ", options.stream().map(Option::key).toList());
  }
}
