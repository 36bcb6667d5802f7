package org.ccgdiag.cli;

import static org.ccgdiag.cli.AssessView.HEADER;
import static org.ccgdiag.cli.AssessView.PLAIN;
import static org.ccgdiag.cli.AssessView.STRONG;
import static org.ccgdiag.cli.AssessView.WARNING;
import static org.ccgdiag.cli.AssessView.count;
import static org.ccgdiag.cli.AssessView.domain;
import static org.ccgdiag.cli.AssessView.leftPad;
import static org.ccgdiag.cli.AssessView.pad;

import java.util.List;
import org.ccgdiag.answers.Answer;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.session.Review;
import org.ccgdiag.session.Session;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * The review of a domain's answers (the r command): its title, a line per question with the answer
 * given, and the commands that move on. Printed as one block in a transcript, laid out as a screen
 * by {@link AssessScreens}.
 */
final class ReviewView {
  private final AssessView view;

  ReviewView(AssessView view) {
    this.view = view;
  }

  /** The review as a block of the transcript: its title, then a line per question. */
  AttributedString block(Review review) {
    return view.lines()
        .add(title(review))
        .addAll(lines(review))
        .add(commands(review.session()))
        .build();
  }

  AttributedString title(Review review) {
    List<Question> questions = review.questions();
    long answered =
        questions.stream()
            .filter(q -> review.session().answers().answer(q.id()).isAnswered())
            .count();
    return new AttributedString(
        "Review of "
            + domain(review.session()).one()
            + " "
            + (review.domain() + 1)
            + "/"
            + review.session().questionnaire().domains().size()
            + ": "
            + answered
            + " of "
            + count(review.session(), questions.size())
            + " answered",
        HEADER);
  }

  /**
   * A line per question of the domain: its number, the answer's key and label, and the statement
   * cut to fit.
   */
  List<AttributedString> lines(Review review) {
    Session session = review.session();
    List<Question> questions = review.questions();
    int numberWidth = String.valueOf(session.questionnaire().questions().size()).length();
    int keyWidth =
        questions.stream()
                .flatMap(q -> session.questionnaire().scaleOf(q).options().stream())
                .mapToInt(o -> o.key().length())
                .max()
                .orElse(1)
            + 1;
    TextLines lines = view.lines();
    lines.wrap(review.reviewedDomain().title(), STRONG, "");
    for (Question question : questions) {
      Answer answer = session.answers().answer(question.id());
      String key = answer.isAnswered() ? answer.key() : "–";
      String start =
          (session.number() == review.number(question) ? "> " : "  ")
              + leftPad(String.valueOf(review.number(question)), numberWidth)
              + "  "
              + pad(key, keyWidth)
              + (answer.note() == null ? "  " : "✎ ");
      lines.add(
          new AttributedStringBuilder()
              .styled(answer.isAnswered() ? STRONG : WARNING, start)
              .append(
                  TextLines.cut(
                      question.textFor(session.answers().respondent().isSelf()),
                      view.width() - start.length()))
              .toAttributedString());
    }
    return lines.list();
  }

  AttributedString commands(Session session) {
    return new AttributedString(
        "A number goes to that "
            + session.word()
            + " · d N another "
            + domain(session).one()
            + " · Enter carry on · q quit",
        PLAIN);
  }
}
