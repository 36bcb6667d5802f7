package org.ccgdiag.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.ccgdiag.report.markdown.Bars;
import org.ccgdiag.session.Review;
import org.ccgdiag.session.Session;
import org.ccgdiag.session.SessionProgress;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * The session's full screens on a terminal, for a projector: each starts with the same header (who,
 * the domain, the progress with a bar) and ends with a status line and the commands; what may be
 * long (a domain's description, the guidance, a review's list) goes in the middle, a page at a time
 * ({@link Screen}). Built from the blocks of {@link AssessView}, at the terminal's width.
 */
final class AssessScreens {
  private static final String RULE = "━";
  private static final int PROGRESS_BAR = 20;

  private final AssessView view;

  AssessScreens(int screenWidth) {
    this.view = new AssessView(screenWidth);
  }

  /** A question: the header, the statement and options, the guidance when asked for. */
  Screen question(Session session, boolean guidance, AttributedString status) {
    List<AttributedString> top =
        view.lines().addAll(header(session)).addAll(view.statement(session)).list();
    List<AttributedString> more =
        guidance
            ? view.lines().blank().addAll(new GuidanceView(view).lines(session)).list()
            : List.of();
    return new Screen(top, more, bottom(status, AssessView.COMMANDS));
  }

  /** A new domain, before its first question: its title, size, description and "beyond" text. */
  Screen domain(Session session, AttributedString status) {
    TextLines top = view.lines().addAll(header(session));
    top.wrap(session.domain().title(), AssessView.STRONG, "");
    top.wrap(
        AssessView.count(session, session.questionnaire().questionsIn(session.domain()).size())
            + " in this "
            + AssessView.domain(session).one()
            + ".",
        AssessView.PLAIN,
        "");
    TextLines more =
        view.lines().blank().wrap(session.domain().description(), AssessView.PLAIN, "");
    if (session.domain().beyond() != null) {
      more.blank().wrap("Beyond: " + session.domain().beyond(), AssessView.PLAIN, "");
    }
    return new Screen(
        top.list(),
        more.list(),
        bottom(
            status, "Enter: the first " + session.word() + " · g N/dN go to · r review · q quit"));
  }

  /** The review of a domain's answers: a line per question. */
  Screen review(Review review, AttributedString status) {
    Session session = review.session();
    ReviewView reviewed = new ReviewView(view);
    List<AttributedString> top =
        view.lines()
            .cut(
                AssessView.who(session.answers(), session.questionnaire().terms()),
                AssessView.PLAIN)
            .add(reviewed.title(review))
            .add(rule())
            .list();
    return new Screen(
        top, reviewed.lines(review), bottom(status, reviewed.commands(session).toString()));
  }

  /** The end: the summary, whole (nothing is asked after it, so nothing is paged). */
  Screen summary(List<AttributedString> summary) {
    return new Screen(summary, List.of(), List.of());
  }

  /** Who answers, the domain, the progress line with a bar of the answered share, and a rule. */
  private List<AttributedString> header(Session session) {
    SessionProgress p = session.progress();
    BigDecimal share =
        BigDecimal.valueOf(100L * p.answered())
            .divide(BigDecimal.valueOf(p.questions()), 1, RoundingMode.HALF_UP);
    return view.lines()
        .cut(AssessView.who(session.answers(), session.questionnaire().terms()), AssessView.PLAIN)
        .cut(
            AssessView.domain(session).capital()
                + " "
                + p.domain()
                + "/"
                + p.domains()
                + " · "
                + session.domain().shortTitle(),
            AssessView.HEADER)
        .add(
            new AttributedStringBuilder()
                .append(AssessView.position(session))
                .append("  ")
                .styled(AssessView.HEADER, Bars.bar(share, PROGRESS_BAR))
                .toAttributedString())
        .add(rule())
        .list();
  }

  private AttributedString rule() {
    return new AttributedString(RULE.repeat(view.width()), AssessView.PLAIN);
  }

  /** A blank line, the status (what the last input did, if anything) and the commands. */
  private List<AttributedString> bottom(AttributedString status, String commands) {
    TextLines lines = view.lines().blank();
    if (status != null) {
      // A status of several lines (a vote's bars, a wrapped message) counts as the rows it takes.
      lines.addAll(status.columnSplitLength(view.width()));
    }
    return lines.wrap(commands, AssessView.PLAIN, "").list();
  }
}
