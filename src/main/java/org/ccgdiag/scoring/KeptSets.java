package org.ccgdiag.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccgdiag.answers.Respondent;

/**
 * The answer sets of a group that count, and the files left out as repeats (brief section 4,
 * "Grouping"): the rule {@link Tally#settle()} states, apart from the adding up.
 */
record KeptSets(List<AnswerSet> sets, List<Tally.Repeat> repeats) {

  /**
   * Chooses among the sets, given in batch order; {@code naming} says whether a warning names the
   * respondent.
   */
  static KeptSets of(List<AnswerSet> inOrder, Naming naming) {
    List<Tally.Repeat> repeats = new ArrayList<>();
    List<AnswerSet> distinct = new ArrayList<>();
    Map<Integer, List<AnswerSet>> byContent = new HashMap<>();
    for (AnswerSet set : inOrder) {
      List<AnswerSet> alike = byContent.computeIfAbsent(set.contentHash(), h -> new ArrayList<>());
      AnswerSet first = alike.stream().filter(set::sameAs).findFirst().orElse(null);
      if (first != null) {
        repeats.add(
            new Tally.Repeat(
                set.name(),
                "the same answers as " + first.name() + "; counted once",
                NotScored.Reason.DUPLICATE));
      } else {
        alike.add(set);
        distinct.add(set);
      }
    }
    // Order-independent down to the content, so that the same files in any order keep the same set.
    Comparator<AnswerSet> latest =
        Comparator.comparing(AnswerSet::updated, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(AnswerSet::started, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(AnswerSet::compareContent)
            .thenComparingLong(AnswerSet::order);
    Map<String, AnswerSet> winners = new HashMap<>();
    List<String> keys = distinct.stream().map(AnswerSet::respondentKey).toList();
    for (int i = 0; i < distinct.size(); i++) {
      if (keys.get(i) != null) {
        winners.merge(keys.get(i), distinct.get(i), (a, b) -> latest.compare(a, b) >= 0 ? a : b);
      }
    }
    List<AnswerSet> kept = new ArrayList<>();
    for (int i = 0; i < distinct.size(); i++) {
      AnswerSet set = distinct.get(i);
      AnswerSet winner = keys.get(i) == null ? set : winners.get(keys.get(i));
      if (winner == set) {
        kept.add(set);
      } else {
        repeats.add(
            new Tally.Repeat(
                set.name(),
                "another answer set of "
                    + who(set.respondent(), naming)
                    + " ("
                    + set.respondent().perspective()
                    + "), "
                    + winner.name()
                    + ", was updated "
                    + (winner.updated() == null || winner.updated().equals(set.updated())
                        ? "as late"
                        : "later")
                    + " and is counted instead of this one",
                NotScored.Reason.REPLACED));
      }
    }
    repeats.sort(Comparator.comparing(Tally.Repeat::file));
    return new KeptSets(kept, repeats);
  }

  /** The respondent as a warning about a repeat names them. */
  private static String who(Respondent respondent, Naming naming) {
    return naming == Naming.NAMED ? respondent.name().strip() : "the same respondent";
  }
}
