package org.ccgdiag.cli;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.session.Review;
import org.ccgdiag.session.Session;
import org.ccgdiag.session.Step;
import org.jline.utils.AttributedString;

/**
 * Asks question after question until the end or until the team leaves, saving after every change.
 * On a terminal that can redraw, each step is a full screen ({@link AssessScreens}): a new domain
 * gets its own screen before its first question, the guidance shows under the options, and what
 * does not fit is read a page at a time with m. Piped, each step is printed as a transcript.
 */
final class Workshop {
  private final AssessConsole console;
  private final Consumer<Answers> save;

  /**
   * The answers were complete when the session opened: the review is where the team starts and
   * comes back to.
   */
  private final boolean revisiting;

  private final Set<String> introduced = new HashSet<>();
  private Session session;
  private Review review;
  private boolean domainScreen;
  private boolean guidance;
  private boolean stale = true;
  private int page;
  private AttributedString status;

  /**
   * After a vote on the question on screen: the median vote, which Enter takes as the agreed
   * answer.
   */
  private Option suggested;

  /** The phones' votes (assess --room); null without a room. */
  private final WorkshopRoom room;

  Workshop(
      AssessConsole console,
      Consumer<Answers> save,
      Session start,
      AttributedString welcome,
      WorkshopRoom room) {
    this.console = console;
    this.room = room;
    this.save = save;
    this.session = start;
    this.revisiting = start.isOver();
    this.status = welcome;
    if (revisiting) {
      review = new Review(start, 0);
    }
  }

  /** Runs the session; returns where it ended (over, or where the team left). */
  Session run() {
    while (true) {
      if (review == null && session.isOver()) {
        return session;
      }
      int pages = show();
      Optional<String> line =
          console.readLine(
              suggested != null ? VoteView.agreedPrompt(suggested) : AssessView.PROMPT);
      if (line.isEmpty()) {
        return session;
      }
      String input = line.get().strip();
      if (console.isScreen() && input.equalsIgnoreCase("m") && pages > 1 && !isOptionKey(input)) {
        page++;
        continue;
      }
      page = 0;
      // After a vote, Enter records the suggested (median) answer as the team's agreed one.
      String typed =
          suggested != null && input.isEmpty() && review == null && !domainScreen
              ? suggested.key()
              : input;
      boolean onStatement = review == null && !domainScreen;
      Step step =
          room != null && onStatement && suggested == null && typed.isEmpty()
              ? closeVote()
              : room != null && onStatement && typed.equalsIgnoreCase("v")
                  ? secondVote()
                  : review != null
                      ? review.enter(typed)
                      : domainScreen ? onDomainScreen(typed) : session.enter(typed);
      if (!take(step)) {
        return session;
      }
    }
  }

  /** Enter while the phones vote: the vote closes once a vote is in, and its spread is shown. */
  private Step closeVote() {
    if (room.voted() == 0) {
      return new Step.Hint(session, "No vote yet: wait for the phones, or type the answer.");
    }
    return session.vote(room.closeVote(), room.voters());
  }

  /** v after a closed vote: the phones vote again on the same statement (the last vote is kept). */
  private Step secondVote() {
    room.open(session);
    suggested = null;
    return new Step.Hint(
        session,
        "A second vote is open on the phones: press Enter to close it once they have voted.");
  }

  /** What the input did; false when the team leaves. */
  private boolean take(Step step) {
    Session before = session;
    session = step.session();
    stale = session.index() != before.index();
    if (stale || step instanceof Step.Answered) {
      suggested = null;
    }
    if (step instanceof Step.Answered answered) {
      save.accept(session.answers());
      Domain domain = before.domain();
      boolean finished =
          before.questionnaire().questionsIn(domain).stream()
              .allMatch(q -> session.answers().answer(q.id()).isAnswered());
      boolean wasFinished =
          before.questionnaire().questionsIn(domain).stream()
              .allMatch(q -> before.answers().answer(q.id()).isAnswered());
      say(view().answered(before, answered.option(), finished && !wasFinished ? domain : null));
    } else if (step instanceof Step.Voted voted) {
      save.accept(session.answers());
      suggested = voted.suggested();
      say(new VoteView(view()).votes(session, voted));
    } else if (step instanceof Step.Skipped) {
      say(view().skipped());
    } else if (step instanceof Step.GuidanceRequested) {
      guidance = !guidance || !console.isScreen();
      if (!console.isScreen()) {
        console.print(new GuidanceView(view()).block(session));
      }
    } else if (step instanceof Step.Hint hint) {
      say(view().hint(hint.message()));
    } else if (step instanceof Step.NoteRequested) {
      return takeNote();
    } else if (step instanceof Step.MovedTo moved) {
      stale = true;
      if (moved.domainStart()) {
        introduced.remove(session.domain().id());
      } else if (!session.isOver()) {
        introduced.add(
            session.domain().id()); // g 14 goes to statement 14, not to its domain's introduction
      }
    } else if (step instanceof Step.ReviewRequested requested) {
      review = new Review(session, requested.domain());
      stale = true;
    } else if (step instanceof Step.ReviewClosed) {
      review = null;
      stale = true;
      return !session.isOver();
    } else if (step instanceof Step.Quit) {
      return false;
    }
    if (stale) {
      guidance = false;
      if (review != null && !(step instanceof Step.ReviewRequested)) {
        review = null;
      }
      if (revisiting && session.isOver()) {
        review = new Review(session, before.domainIndex());
      }
    }
    return true;
  }

  private boolean takeNote() {
    if (console.isScreen()) {
      status =
          view()
              .line(
                  "Type the note (evidence, comment) and press Enter; an empty note removes it.",
                  AssessView.PLAIN);
      show();
    } else {
      console.print(view().noteIntro(session));
    }
    AssessConsole.Entry entry = console.readEntry("Note: ", session.answer().note());
    if (entry.text() == null) {
      return false;
    }
    // Ctrl-C part-way through a note keeps what was typed, then leaves.
    Step step = session.note(entry.text());
    if (step instanceof Step.Noted noted) {
      session = noted.session();
      save.accept(session.answers());
      say(view().noted(noted.note()));
    } else if (step instanceof Step.Hint hint) {
      say(view().hint(hint.message()));
    }
    return !entry.left();
  }

  /**
   * On a domain's own screen: Enter goes on to its first question; g, r and q work; an answer
   * waits.
   */
  private Step onDomainScreen(String input) {
    if (input.isEmpty()) {
      domainScreen = false;
      return new Step.MovedTo(session, false);
    }
    String command = input.toLowerCase(Locale.ROOT);
    if (command.equals("q") || command.equals("r") || command.matches("g[ d0-9]*")) {
      return session.enter(command);
    }
    return new Step.Hint(
        session,
        "Press Enter to see the first "
            + session.word()
            + " of the "
            + AssessView.domain(session).one()
            + ".");
  }

  private boolean isOptionKey(String input) {
    return review == null && !session.isOver() && session.scale().option(input).isPresent();
  }

  /**
   * A line about what just happened: printed at once when piped, the status line of the next screen
   * on a terminal.
   */
  private void say(AttributedString line) {
    if (console.isScreen()) {
      status = line;
    } else {
      console.print(line);
    }
  }

  /** Shows the screen for where the session is (on a terminal), or prints what changed (piped). */
  private int show() {
    if (review == null && !domainScreen && introduced.add(session.domain().id())) {
      domainScreen = console.isScreen();
      if (!domainScreen) {
        console.print(view().question(session, true));
        stale = false;
      }
    }
    if (room != null) {
      if (review != null || domainScreen || session.isOver()) {
        room.waiting();
      } else {
        room.show(session);
      }
    }
    if (!console.isScreen()) {
      if (stale) {
        console.print(
            review != null
                ? new ReviewView(view()).block(review)
                : view().question(session, false));
        if (room != null && review == null && !domainScreen) {
          console.print(view().line(room.counts() + " · Enter closes the vote", AssessView.PLAIN));
        }
        stale = false;
      }
      return 1;
    }
    Session now = session;
    Review reviewed = review;
    boolean domain = domainScreen;
    boolean withGuidance = guidance;
    AttributedString said = status;
    status = null;
    WorkshopRoom phones = review == null && !domainScreen ? room : null;
    IntFunction<Screen> drawing =
        width -> {
          AssessScreens screens = new AssessScreens(width);
          // The room's counts are read as the screen is drawn, so each redraw shows them as they
          // are now.
          AttributedString line = phones == null ? said : withCounts(said, phones.counts(), width);
          return reviewed != null
              ? screens.review(reviewed, line)
              : domain ? screens.domain(now, line) : screens.question(now, withGuidance, line);
        };
    return console.show(drawing, page);
  }

  private static AttributedString withCounts(AttributedString said, String counts, int width) {
    AttributedString line = new AssessView(width).line(counts, AssessView.STRONG);
    return said == null ? line : AttributedString.join(AttributedString.NEWLINE, said, line);
  }

  private AssessView view() {
    return new AssessView(console.width());
  }
}
