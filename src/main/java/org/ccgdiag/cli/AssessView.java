package org.ccgdiag.cli;

import java.util.List;
import org.ccgdiag.answers.Answer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.questionnaire.Noun;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Terms;
import org.ccgdiag.session.Session;
import org.ccgdiag.session.SessionProgress;
import org.ccgdiag.text.Visible;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * What the assess session shows, as styled text wrapped to the console's width; the console drops
 * the styles where colour is off. Kept to 79 columns on an 80-column screen. Piped sessions print
 * these blocks one after the other as a transcript; {@link AssessScreens} lays the same blocks out
 * as full screens on a terminal. Every sentence about the organisation or its team uses the
 * questionnaire's terms. The larger blocks have views of their own: {@link GuidanceView}, {@link
 * ReviewView} and {@link SummaryView}.
 */
final class AssessView {
  /** Beyond this, lines get too long to read across a projector screen. */
  private static final int MAX_WIDTH = 100;

  static final String PROMPT = "> ";
  static final String COMMANDS =
      "n note · b back · s skip · ? guidance · g N/dN go to · r review · q quit";

  /**
   * Colours that read on a light and a dark background alike, on a projector: the terminal's own
   * foreground for headers (cyan and yellow wash out on white), green and red where they mean
   * something.
   */
  static final AttributedStyle HEADER = AttributedStyle.BOLD;

  static final AttributedStyle STRONG = AttributedStyle.BOLD;

  /** Plain, never faint: faint text washes out on a projector. */
  static final AttributedStyle PLAIN = AttributedStyle.DEFAULT;

  private static final AttributedStyle CHOSEN =
      AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
  static final AttributedStyle WARNING = AttributedStyle.BOLD.foreground(AttributedStyle.RED);

  /**
   * The rule between questions ({@link SummaryView} has its own before the summary). Not the light
   * line (U+2500): JLine's styled output swaps it for the terminal's line-drawing mode or a hyphen,
   * and tmux shows "qqqq".
   */
  private static final String RULE = "━";

  /** Usable columns: one less than the screen's, so no line ever touches the right edge. */
  private final int width;

  AssessView(int screenWidth) {
    this.width = Math.min(screenWidth, MAX_WIDTH) - 1;
  }

  TextLines lines() {
    return new TextLines(width);
  }

  /** Before the questions about a new session's organisation and respondent. */
  AttributedString interview(Questionnaire questionnaire) {
    return lines()
        .wrap("New assessment: " + questionnaire.title() + ".", STRONG, "")
        .wrap("Press Enter to accept the default shown in [brackets].", PLAIN, "")
        .build();
  }

  /** Who and what the session is about, where the answers go and how to come back to them. */
  AttributedString start(Session session, String file, String resume) {
    Questionnaire questionnaire = session.questionnaire();
    TextLines lines = lines();
    lines.wrap(
        questionnaire.title() + " (" + questionnaire.id() + " " + questionnaire.version() + ")",
        STRONG,
        "");
    lines.wrap(who(session.answers(), questionnaire.terms()), PLAIN, "");
    lines.wrap("Answers are saved after every answer in " + file, PLAIN, "");
    lines.command("To resume later:", resume, STRONG);
    int answered = session.answeredCount();
    if (answered > 0) {
      lines.wrap(
          answered + " of " + count(session, session.askedCount()) + " answered so far.",
          PLAIN,
          "");
    }
    return lines.build();
  }

  /**
   * "NHS Example CCG · Dr A Smith, Clinical lead · perspective self", or a team's agreed answers.
   */
  static String who(Answers answers, Terms terms) {
    Respondent respondent = answers.respondent();
    String name = respondent.name() == null ? "unnamed respondent" : respondent.name();
    String role = respondent.role() == null ? "" : ", " + respondent.role();
    String round = answers.round() == null ? "" : " · round " + answers.round();
    if (respondent.isConsensus()) {
      // The team's name ("Leadership team") would only repeat what the sentence says.
      String who = name.equalsIgnoreCase(terms.team().one()) ? "" : name + role + " · ";
      // Short, so the organisation, round and head count fit the header's one line.
      return answers.organisation() + round + " · " + who + "agreed by " + respondent.consensus();
    }
    return answers.organisation()
        + round
        + " · "
        + name
        + role
        + " · perspective "
        + respondent.perspective();
  }

  /** "3 statements", in the questionnaire's word for a question. */
  static String count(Session session, int n) {
    return session.noun().count(n);
  }

  /** What the questionnaire calls a domain ("domain", "business function"). */
  static Noun domain(Session session) {
    return session.questionnaire().terms().domain();
  }

  /** "Domain 1/6 · Statement 3/100 · 2 answered", in the questionnaire's words. */
  static String progress(Session session) {
    SessionProgress p = session.progress();
    return domain(session).capital()
        + " "
        + p.domain()
        + "/"
        + p.domains()
        + " · "
        + position(session);
  }

  /**
   * "Question 3/100 · 2 answered", "Statement 3/100 · 2 answered": the brief's example ("Domain 2/6
   * · Question 9/48") in the questionnaire's own word for a question, like the domain before it
   * (brief section 2: every sentence the session prints uses terms; "question" is the default).
   */
  static String position(Session session) {
    SessionProgress p = session.progress();
    return Noun.capital(session.word())
        + " "
        + p.question()
        + "/"
        + p.questions()
        + " · "
        + p.answered()
        + " answered";
  }

  /**
   * The question as a block of the transcript: progress, the domain, the statement, the options
   * and, when revisiting, the answer and note given. {@code introduce} adds the domain's
   * description, shown once as a domain starts so the team reads what it is about before rating it.
   */
  AttributedString question(Session session, boolean introduce) {
    TextLines lines = lines();
    lines.add(new AttributedString(RULE.repeat(width), PLAIN));
    lines.add(new AttributedString(progress(session), HEADER));
    lines.wrap(session.domain().title(), STRONG, "");
    if (introduce) {
      lines.blank();
      lines.wrap(session.domain().description(), PLAIN, "");
      lines.wrap(
          count(session, session.questionnaire().questionsIn(session.domain()).size())
              + " in this "
              + domain(session).one()
              + ".",
          PLAIN,
          "");
    }
    lines.blank();
    lines.addAll(statement(session));
    lines.blank();
    lines.add(new AttributedString(COMMANDS, PLAIN));
    return lines.build();
  }

  /** The statement, its options, and the answer and note given so far. */
  List<AttributedString> statement(Session session) {
    TextLines lines = lines();
    lines.wrap(session.statement(), STRONG, "  ");
    lines.blank();
    List<Option> options = session.scale().options();
    int keyWidth = options.stream().mapToInt(o -> o.key().length()).max().orElse(1) + 2;
    Option chosen = session.chosen().orElse(null);
    for (Option option : options) {
      boolean isChosen = option.equals(chosen);
      lines.add(
          new AttributedStringBuilder()
              .append("    ")
              .styled(
                  isChosen ? CHOSEN : STRONG, pad(TextLines.cut(option.key(), keyWidth), keyWidth))
              .styled(
                  isChosen ? CHOSEN : PLAIN, TextLines.cut(option.label(), width - 4 - keyWidth))
              .toAttributedString());
    }
    Answer answer = session.answer();
    if (!answer.isEmpty()) {
      lines.blank();
    }
    if (chosen != null) {
      lines.wrap("Answer: " + chosen.key() + " " + chosen.label(), CHOSEN, "  ");
    }
    if (answer.note() != null) {
      lines.note("Note: ", answer.note(), PLAIN, "  ");
    }
    return lines.list();
  }

  /**
   * What was saved, naming the statement: the line shows under the next statement's options, where
   * "Saved: 3" alone would read as that statement's answer. {@code finished} (may be null) is the
   * domain that this answer completed.
   */
  AttributedString answered(Session answeredAt, Option option, Domain finished) {
    String saved =
        "Saved "
            + answeredAt.word()
            + " "
            + answeredAt.number()
            + ": "
            + option.key()
            + " "
            + Visible.oneLine(option.label())
            + ".";
    if (finished == null) {
      return line(saved, PLAIN);
    }
    List<Domain> domains = answeredAt.questionnaire().domains();
    return lines()
        .wrap(saved, PLAIN, "")
        .wrap(
            domain(answeredAt).capital()
                + " "
                + (domains.indexOf(finished) + 1)
                + " is done: every "
                + answeredAt.word()
                + " in it answered.",
            STRONG,
            "")
        .build();
  }

  AttributedString skipped() {
    return line("Skipped: left unanswered for now.", PLAIN);
  }

  /**
   * Before the note is typed: how, and the note so far (plain lines cannot offer it for editing).
   */
  AttributedString noteIntro(Session session) {
    TextLines lines = lines();
    String note = session.answer().note();
    if (note != null) {
      lines.note("Note so far: ", note, PLAIN, "");
    }
    lines.wrap(
        "Type the note (evidence, comment) and press Enter; an empty note removes it.", PLAIN, "");
    return lines.build();
  }

  AttributedString noted(String note) {
    return line(note == null ? "Note removed." : "Note saved.", PLAIN);
  }

  AttributedString hint(String message) {
    return line(message, WARNING);
  }

  /** Leaving before the end: what is saved and how to carry on. */
  AttributedString quit(Session session, String file, String resume) {
    TextLines lines = lines();
    lines.wrap(
        "Saved "
            + session.answeredCount()
            + " of "
            + session.askedCount()
            + " answers in "
            + file
            + ".",
        STRONG,
        "");
    lines.command("To resume:", resume, STRONG);
    return lines.build();
  }

  AttributedString reportWritten(String file) {
    return line("Report written to " + file, PLAIN);
  }

  AttributedString line(String text, AttributedStyle style) {
    return lines().wrap(text, style, "").build();
  }

  int width() {
    return width;
  }

  static String pad(String text, int columns) {
    return text + " ".repeat(Math.max(0, columns - text.length()));
  }

  static String leftPad(String text, int columns) {
    return " ".repeat(Math.max(0, columns - text.length())) + text;
  }
}
