package org.ccgdiag.cli;

import static org.ccgdiag.cli.AssessView.HEADER;
import static org.ccgdiag.cli.AssessView.PLAIN;
import static org.ccgdiag.cli.AssessView.STRONG;
import static org.ccgdiag.cli.AssessView.WARNING;
import static org.ccgdiag.cli.AssessView.count;
import static org.ccgdiag.cli.AssessView.leftPad;
import static org.ccgdiag.cli.AssessView.pad;

import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.report.Numbers;
import org.ccgdiag.report.ReportViews;
import org.ccgdiag.report.markdown.Bars;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.Rounding;
import org.ccgdiag.scoring.Status;
import org.ccgdiag.session.Session;
import org.ccgdiag.text.Visible;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * The end of the questionnaire as the session shows it: each domain's bar, score and level, the top
 * development needs, what is still unanswered, and the commands that carry on.
 */
final class SummaryView {
  private static final int BAR_WIDTH = 20;
  private static final int TOP_NEEDS = 5;

  /** The rule before the summary; see {@link AssessView}'s rule for why not a light line. */
  private static final String END_RULE = "═";

  private final AssessView view;

  SummaryView(AssessView view) {
    this.view = view;
  }

  /**
   * A line per domain with a bar, score and level, the top development needs, the questions still
   * unanswered with how to come back to them, and how to produce the report.
   */
  List<AttributedString> lines(
      Session session, Findings report, String resume, String reportCommand) {
    int width = view.width();
    TextLines lines = view.lines();
    lines.add(new AttributedString(END_RULE.repeat(width), PLAIN));
    int total = session.askedCount();
    int answered = session.answeredCount();
    lines.wrap(
        answered == total
            ? "All " + count(session, total) + " answered."
            : "End of the questionnaire: "
                + answered
                + " of "
                + count(session, total)
                + " answered.",
        HEADER,
        "");
    lines.blank();
    lines.wrap("Summary (scores out of 100)", STRONG, "");
    List<ItemResult> domains = report.domains();
    List<Domain> titled = session.questionnaire().domains();
    // Each domain's number before its title, unless the questionnaire's domains are not numbered.
    int numberWidth =
        session.questionnaire().terms().numberedDomains()
            ? String.valueOf(domains.size()).length() + 1
            : 0;
    // The bar, the number and a level take 20 + 1 + 5 + 2 + about 24 columns; the title gets the
    // rest.
    int titleWidth =
        Math.max(
                "Overall".length(),
                Math.min(
                    titled.stream()
                        .mapToInt(d -> Visible.oneLine(d.shortTitle()).length())
                        .max()
                        .orElse(0),
                    width - numberWidth - 54))
            + 2;
    for (int i = 0; i < domains.size(); i++) {
      ItemResult domain = domains.get(i);
      String title = fit(Visible.oneLine(titled.get(i).shortTitle()), titleWidth - 2);
      lines.add(
          scoreLine(
              pad(numberWidth == 0 ? "" : String.valueOf(i + 1), numberWidth)
                  + pad(title, titleWidth),
              domain.score(),
              domain.status(),
              domain.level(),
              domain.coverage()));
    }
    Findings.Overall overall = report.overall();
    lines.add(
        scoreLine(
            " ".repeat(numberWidth) + pad("Overall", titleWidth),
            overall.score(),
            overall.status(),
            overall.level(),
            overall.coverage()));
    List<Findings.DevelopmentNeed> needs = report.developmentNeeds();
    if (!needs.isEmpty()) {
      lines.blank();
      lines.wrap("Top development needs", STRONG, "");
      for (Findings.DevelopmentNeed need : needs.subList(0, Math.min(TOP_NEEDS, needs.size()))) {
        ItemResult item = need.item();
        String what =
            item.status() == Status.SCORED
                ? ReportViews.againstTarget(item) + ", " + need.priority().id() + " priority"
                : "not enough evidence yet";
        lines.wrap(
            need.rank() + ". " + ReportViews.needTitle(session.questionnaire(), item) + ": " + what,
            PLAIN,
            "  ");
      }
    }
    List<Question> unanswered = session.unanswered();
    if (!unanswered.isEmpty()) {
      lines.blank();
      lines.wrap(
          "Still unanswered ("
              + unanswered.size()
              + "): "
              + String.join(", ", unanswered.stream().map(Question::id).toList()),
          WARNING,
          "");
      lines.command("To answer them:", resume, STRONG);
    }
    lines.command("The full report:", reportCommand, STRONG);
    return lines.list();
  }

  /**
   * A bar and its number, or, on too little evidence, no bar and the coverage: never a plain score.
   */
  private AttributedString scoreLine(
      String name, BigFraction exact, Status status, Level level, BigFraction coverage) {
    BigDecimal score = Rounding.score(exact);
    boolean scored = status == Status.SCORED;
    AttributedStringBuilder line = new AttributedStringBuilder().append("  ").append(name);
    if (!scored) {
      return line.append("not enough evidence (" + Numbers.percent(coverage) + " of answers)")
          .toAttributedString();
    }
    return line.styled(HEADER, score == null ? " ".repeat(BAR_WIDTH) : Bars.bar(score, BAR_WIDTH))
        .append(" ")
        .styled(STRONG, leftPad(score == null ? "–" : score.toPlainString(), 5))
        .append("  ")
        .append(level == null ? "" : Visible.oneLine(level.label()))
        .toAttributedString();
  }

  /** The text cut to {@code columns} with an ellipsis where it is longer. */
  private static String fit(String text, int columns) {
    return text.length() <= columns
        ? text
        : text.substring(0, Math.max(0, columns - 1)).strip() + "…";
  }
}
