package org.ccgdiag.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Scale;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.QuestionResult;
import org.ccgdiag.scoring.Scorer;

/**
 * What a report says of the room's votes (brief section 6): where the room was split (the spread of
 * its votes is a discussion's worth, as for divergence) with the distribution, and where the
 * discussion moved the agreed answer two or more steps from the middle vote. Null when no statement
 * was voted on.
 */
final class RoomViews {
  private final Findings report;
  private final Statements statements;
  private final Words words;

  RoomViews(Findings report, Statements statements, Words words) {
    this.report = report;
    this.statements = statements;
    this.words = words;
  }

  ReportView.RoomView view() {
    List<QuestionResult> voted =
        report.questions().stream().filter(QuestionResult::hasVotes).toList();
    if (voted.isEmpty()) {
      return null;
    }
    List<QuestionResult> split =
        voted.stream()
            .filter(
                q -> voteSpread(q) != null && Scorer.compare(voteSpread(q), Scorer.DIVERGENCE) >= 0)
            .sorted(
                Comparator.comparing(RoomViews::voteSpread, Scorer::compare)
                    .reversed()
                    .thenComparing(q -> q.question().id()))
            .toList();
    List<ReportView.Voted> moved = new ArrayList<>();
    for (QuestionResult q : voted) {
      Optional<Option> agreed = agreed(q);
      Optional<Option> middle = scale(q).median(votes(q));
      if (agreed.isPresent() && middle.isPresent() && steps(q, middle.get(), agreed.get()) >= 2) {
        moved.add(row(q));
      }
    }
    int people =
        voted.stream()
            .mapToInt(q -> q.choices().stream().mapToInt(QuestionResult.Choice::votes).sum())
            .max()
            .orElse(0);
    String statementsWord = words.statements();
    return new ReportView.RoomView(
        new ReportView.Section(
            "Where the room was split",
            split.isEmpty()
                ? "The room voted on "
                    + Numbers.count(voted.size(), words.statement().one(), statementsWord)
                    + " (up to "
                    + people
                    + " people); on none of them did the votes spread "
                    + ReportViews.threshold(Scorer.DIVERGENCE)
                    + " points or more."
                : "The room voted on "
                    + Numbers.count(voted.size(), words.statement().one(), statementsWord)
                    + " (up to "
                    + people
                    + " people) before agreeing each answer. Where the votes spread "
                    + ReportViews.threshold(Scorer.DIVERGENCE)
                    + " points or more, most split first:"),
        split.stream().limit(ReportViews.TOP).map(this::row).toList(),
        new ReportView.Section(
            "Where the discussion moved the answer",
            moved.isEmpty()
                ? "Every agreed answer was within one step of the room's middle vote."
                : "The agreed answer is two or more steps from the room's middle vote: the discussion changed the"
                    + " team's mind, which is worth recording with the evidence behind it."),
        moved);
  }

  private ReportView.Voted row(QuestionResult q) {
    List<String> distribution = new ArrayList<>();
    q.choices().stream()
        .filter(c -> c.votes() > 0)
        .forEach(c -> distribution.add(c.option().label() + " " + c.votes()));
    String middle = scale(q).median(votes(q)).map(Option::label).orElse(ReportView.NONE);
    String agreed = agreed(q).map(Option::label).orElse(ReportView.NONE);
    BigFraction spread = voteSpread(q);
    return new ReportView.Voted(
        statements.statement(q),
        String.join(", ", distribution),
        middle,
        agreed,
        spread == null ? ReportView.NONE : Numbers.number(spread));
  }

  private Scale scale(QuestionResult q) {
    return report.questionnaire().scaleOf(q.question());
  }

  private static Map<String, Integer> votes(QuestionResult q) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    q.choices().stream()
        .filter(c -> c.votes() > 0)
        .forEach(c -> votes.put(c.option().key(), c.votes()));
    return votes;
  }

  /** The team's agreed answer: the one option chosen, when exactly one was. */
  private static Optional<Option> agreed(QuestionResult q) {
    List<QuestionResult.Choice> chosen = q.choices().stream().filter(c -> c.count() > 0).toList();
    return chosen.size() == 1 ? Optional.of(chosen.get(0).option()) : Optional.empty();
  }

  /** The spread of the votes alone: the highest scored option voted for minus the lowest. */
  private static BigFraction voteSpread(QuestionResult q) {
    BigFraction low = null;
    BigFraction high = null;
    for (QuestionResult.Choice c : q.choices()) {
      if (c.votes() > 0 && c.score() != null) {
        low = low == null || Scorer.compare(c.score(), low) < 0 ? c.score() : low;
        high = high == null || Scorer.compare(c.score(), high) > 0 ? c.score() : high;
      }
    }
    return low == null ? null : high.subtract(low);
  }

  /**
   * Steps between two options on the scale: their distance among its scored options in score order;
   * 0 when either is not scored.
   */
  private int steps(QuestionResult q, Option a, Option b) {
    if (a.kind() != Option.Kind.SCORED || b.kind() != Option.Kind.SCORED) {
      return 0;
    }
    List<Option> scored =
        scale(q).options().stream()
            .filter(o -> o.kind() == Option.Kind.SCORED)
            .sorted(Comparator.comparing(Option::score))
            .toList();
    return Math.abs(scored.indexOf(a) - scored.indexOf(b));
  }
}
