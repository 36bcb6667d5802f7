package org.ccgdiag.session;

import java.util.List;
import java.util.Locale;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.questionnaire.Question;

/**
 * The review of one domain's answers ({@code domain} counts from 0) over a session, so a team can
 * revisit what it said: a question's number goes there, {@code d N} reviews another domain, Enter
 * leaves the review. Unlike at a question, a number here is never an answer.
 */
public record Review(Session session, int domain) {

  /** The domain's questions, in questionnaire order. */
  public List<Question> questions() {
    return session.questionnaire().questionsIn(reviewedDomain());
  }

  public Domain reviewedDomain() {
    return session.questionnaire().domains().get(domain);
  }

  /** A question's number in the whole questionnaire, counted from 1. */
  public int number(Question question) {
    return session.questionnaire().questions().indexOf(question) + 1;
  }

  /** One line typed at the review's prompt. */
  public Step enter(String line) {
    String input = line.strip().toLowerCase(Locale.ROOT);
    int domains = session.questionnaire().domains().size();
    if (input.isEmpty()) {
      return new Step.ReviewClosed(session);
    }
    if (input.equals("q")) {
      return new Step.Quit(session);
    }
    if (input.matches("d ?[0-9]{1,6}")) {
      int number = Integer.parseInt(input.substring(1).strip());
      return number >= 1 && number <= domains
          ? new Step.ReviewRequested(session, number - 1)
          : new Step.Hint(
              session,
              "There are " + domains + " domains: type d and a number from 1 to " + domains + ".");
    }
    if (input.matches("[0-9]{1,6}")) {
      return session.goTo(input);
    }
    if (input.matches("g[ d0-9]*")) {
      return session.goTo(input.substring(1));
    }
    return new Step.Hint(
        session,
        "Type "
            + session.noun().a()
            + "'s number to go to it, d and a number for another domain, Enter to carry on or q to quit.");
  }
}
