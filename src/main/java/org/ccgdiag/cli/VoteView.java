package org.ccgdiag.cli;

import java.math.BigDecimal;
import java.util.List;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.session.Session;
import org.ccgdiag.session.Step;
import org.ccgdiag.text.Visible;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * What the session shows of the room's votes (brief section 6): where to join, a closed vote's
 * bars, its spread in words and the middle vote, and the prompt that takes the agreed answer.
 */
final class VoteView {
  private final AssessView view;

  VoteView(AssessView view) {
    this.view = view;
  }

  /** Where phones join: the address in words and its QR code, dark modules on a light ground. */
  AttributedString join(String address, List<String> qr) {
    TextLines lines = view.lines();
    lines.wrap(
        "Everyone votes on their phone: scan the code or open " + address, AssessView.STRONG, "");
    AttributedStyle code =
        AttributedStyle.DEFAULT.foreground(AttributedStyle.BLACK).background(AttributedStyle.WHITE);
    qr.forEach(row -> lines.add(new AttributedString(row, code)));
    lines.wrap(
        "Phones need to be on the same network as this computer. Each statement opens for votes when it is"
            + " shown; Enter closes the vote.",
        AssessView.PLAIN,
        "");
    return lines.build();
  }

  /** The prompt after a vote: Enter takes the suggestion. */
  static String agreedPrompt(Option suggested) {
    return "Agreed answer [" + Visible.oneLine(suggested.key()) + "] > ";
  }

  /**
   * The room's votes on the statement on screen: a bar per option with its count (never who), the
   * spread in words, the suggested answer (the median vote) and what to type next.
   */
  AttributedString votes(Session session, Step.Voted voted) {
    TextLines lines = view.lines();
    int people = voted.votes().values().stream().mapToInt(Integer::intValue).sum();
    lines.wrap(
        "Votes on "
            + session.word()
            + " "
            + session.number()
            + " ("
            + people
            + (people == 1 ? " person" : " people")
            + "):",
        AssessView.STRONG,
        "");
    // Only the answers voted for: the options are listed above, and the screen must hold both.
    List<Option> votedFor =
        session.scale().options().stream()
            .filter(o -> voted.votes().getOrDefault(o.key(), 0) > 0)
            .toList();
    int labelWidth =
        votedFor.stream().mapToInt(o -> Visible.oneLine(o.label()).length()).max().orElse(0);
    int most = voted.votes().values().stream().mapToInt(Integer::intValue).max().orElse(1);
    int room = Math.max(5, Math.min(30, view.width() - labelWidth - 16));
    for (Option option : votedFor) {
      int count = voted.votes().get(option.key());
      int blocks = Math.max(1, (int) Math.round((double) count * room / most));
      lines.add(
          new AttributedStringBuilder()
              .append("  ")
              .append(AssessView.pad(Visible.oneLine(option.key()), 4))
              .append(AssessView.pad(Visible.oneLine(option.label()), labelWidth + 1))
              .styled(AssessView.HEADER, "█".repeat(blocks))
              .append(" " + count)
              .toAttributedString());
    }
    Option suggested = voted.suggested();
    lines.wrap(
        spread(session, voted.votes())
            + " Suggested: "
            + Visible.oneLine(suggested.key())
            + " "
            + Visible.oneLine(suggested.label())
            + ", the middle vote. Enter accepts it, an answer's key records"
            + " another, v votes again.",
        AssessView.PLAIN,
        "");
    return lines.build();
  }

  /**
   * The spread in words: from the lowest to the highest scored vote, and whether it is worth a
   * discussion.
   */
  private static String spread(Session session, java.util.Map<String, Integer> votes) {
    List<Option> scored =
        session.scale().options().stream()
            .filter(o -> o.kind() == Option.Kind.SCORED && votes.getOrDefault(o.key(), 0) > 0)
            .sorted(java.util.Comparator.comparing(Option::score))
            .toList();
    if (scored.size() < 2) {
      return scored.isEmpty() ? "No vote for a scored answer." : "Everyone who answered agrees.";
    }
    BigDecimal low =
        org.ccgdiag.scoring.Rounding.score(
            org.ccgdiag.scoring.Scorer.normalised(session.scale(), scored.get(0), false));
    BigDecimal high =
        org.ccgdiag.scoring.Rounding.score(
            org.ccgdiag.scoring.Scorer.normalised(
                session.scale(), scored.get(scored.size() - 1), false));
    boolean wide =
        high.subtract(low)
                .compareTo(
                    org.ccgdiag.scoring.Rounding.score(org.ccgdiag.scoring.Scorer.DIVERGENCE))
            >= 0;
    return "From "
        + Visible.oneLine(scored.get(0).label())
        + " to "
        + Visible.oneLine(scored.get(scored.size() - 1).label())
        + (wide ? ": worth a discussion." : ".");
  }
}
