package org.ccgdiag.cli;

import static org.ccgdiag.cli.AssessView.PLAIN;
import static org.ccgdiag.cli.AssessView.STRONG;
import static org.ccgdiag.cli.AssessView.domain;

import java.util.List;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.session.Session;
import org.ccgdiag.session.SessionProgress;
import org.jline.utils.AttributedString;

/**
 * What the ? command shows about the current question: its guidance, the evidence that would show
 * it and its source, how to move around, and (in a transcript) the domain's description. A screen
 * shows it under the options, a transcript prints it as a block.
 */
final class GuidanceView {
  private final AssessView view;

  GuidanceView(AssessView view) {
    this.view = view;
  }

  /** The question's guidance, evidence and source, and the domain's description. */
  AttributedString block(Session session) {
    TextLines lines = view.lines().addAll(lines(session));
    lines.blank();
    SessionProgress p = session.progress();
    lines.wrap(
        "About "
            + domain(session).one()
            + " "
            + p.domain()
            + "/"
            + p.domains()
            + ": "
            + session.domain().title(),
        STRONG,
        "");
    lines.wrap(session.domain().description(), PLAIN, "  ");
    return lines.build();
  }

  /** The question's guidance, the evidence that would show it and its source. */
  List<AttributedString> lines(Session session) {
    Question question = session.question();
    TextLines lines = view.lines();
    lines.wrap("Guidance", STRONG, "");
    lines.wrap(
        question.guidance() == null
            ? "This " + session.word() + " has no guidance."
            : question.guidance(),
        PLAIN,
        "  ");
    if (question.evidence() != null) {
      lines.wrap("Evidence: " + question.evidence(), PLAIN, "  ");
    }
    if (question.source() != null) {
      lines.wrap("Source: " + question.source(), PLAIN, "  ");
    }
    // The examples are numbers this questionnaire has: a short one has no statement 14.
    int statement = Math.min(14, session.questionnaire().questions().size());
    int domain = Math.min(3, session.questionnaire().domains().size());
    lines.wrap(
        "Go to: g "
            + statement
            + " ("
            + session.word()
            + " "
            + statement
            + "), g d"
            + domain
            + " (the start of "
            + domain(session).one()
            + " "
            + domain
            + "); r reviews the "
            + domain(session).one()
            + "'s answers.",
        PLAIN,
        "  ");
    return lines.list();
  }
}
