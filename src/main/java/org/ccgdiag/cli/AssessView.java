package org.ccgdiag.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.answers.Answer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.report.Bars;
import org.ccgdiag.report.ReportViews;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.Report;
import org.ccgdiag.scoring.Rounding;
import org.ccgdiag.scoring.Status;
import org.ccgdiag.session.Progress;
import org.ccgdiag.session.Session;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * What the assess session shows, as styled text wrapped to the console's width; the console drops
 * the styles where colour is off. Kept to 79 columns on an 80-column screen, and one question (with
 * its domain's introduction) fits a 30-line projector screen.
 */
final class AssessView {
  /** Beyond this, lines get too long to read across a projector screen. */
  private static final int MAX_WIDTH = 100;

  private static final int BAR_WIDTH = 20;
  private static final int TOP_NEEDS = 5;

  static final String PROMPT = "> ";
  static final String COMMANDS = "n note · b back · s skip · ? guidance · q save & quit";

  private static final AttributedStyle HEADER = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
  private static final AttributedStyle STRONG = AttributedStyle.BOLD;
  private static final AttributedStyle QUIET = AttributedStyle.DEFAULT.faint();
  private static final AttributedStyle CHOSEN = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
  private static final AttributedStyle WARNING = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);

  /**
   * Rules between questions and before the summary. Not the light line (U+2500): JLine's styled
   * output swaps it for the terminal's line-drawing mode or a hyphen, and tmux shows "qqqq".
   */
  private static final String RULE = "━";
  private static final String END_RULE = "═";

  /** Usable columns: one less than the screen's, so no line ever touches the right edge. */
  private final int width;

  AssessView(int screenWidth) {
    this.width = Math.min(screenWidth, MAX_WIDTH) - 1;
  }

  /** Before the questions about a new session's organisation and respondent. */
  AttributedString interview(Questionnaire questionnaire) {
    return new Lines()
        .wrap("New assessment: " + questionnaire.title() + ".", STRONG, "")
        .wrap("Press Enter to accept the default shown in [brackets].", QUIET, "")
        .build();
  }

  /** Who and what the session is about, where the answers go and how to come back to them. */
  AttributedString start(Session session, String file, String resume) {
    Answers answers = session.answers();
    Lines lines = new Lines();
    lines.wrap(
        session.questionnaire().title() + " (" + session.questionnaire().id() + " " + session.questionnaire().version() + ")",
        STRONG, "");
    lines.wrap(answers.organisation() + " · " + describe(answers.respondent()), AttributedStyle.DEFAULT, "");
    lines.wrap("Answers are saved after every answer in " + file, AttributedStyle.DEFAULT, "");
    lines.command("To resume later:", resume);
    int answered = session.answeredCount();
    if (answered > 0) {
      lines.wrap(answered + " of " + session.questionnaire().questions().size() + " questions answered so far.",
          AttributedStyle.DEFAULT, "");
    }
    return lines.build();
  }

  private static String describe(Respondent respondent) {
    String name = respondent.name() == null ? "unnamed respondent" : respondent.name();
    String role = respondent.role() == null ? "" : ", " + respondent.role();
    return name + role + " · perspective " + respondent.perspective();
  }

  /**
   * The question on screen: progress, the domain, the statement, the options and, when revisiting,
   * the answer and note given. {@code introduce} adds the domain's description, shown once as a
   * domain starts so the team reads what it is about before rating it.
   */
  AttributedString question(Session session, boolean introduce) {
    Progress p = session.progress();
    Domain domain = session.domain();
    Lines lines = new Lines();
    lines.add(new AttributedString(RULE.repeat(width), QUIET));
    lines.add(new AttributedString(
        "Domain " + p.domain() + "/" + p.domains() + " · Question " + p.question() + "/" + p.questions() + " · "
            + p.answered() + " answered", HEADER));
    lines.wrap(domain.title(), STRONG, "");
    if (introduce) {
      lines.blank();
      lines.wrap(domain.description(), AttributedStyle.DEFAULT, "");
      int count = session.questionnaire().questionsIn(domain).size();
      lines.wrap(count + (count == 1 ? " question" : " questions") + " in this domain.", QUIET, "");
    }
    lines.blank();
    lines.wrap(session.statement(), STRONG, "  ");
    lines.blank();
    List<Option> options = session.scale().options();
    int keyWidth = options.stream().mapToInt(o -> o.key().length()).max().orElse(1) + 2;
    Option chosen = session.chosen().orElse(null);
    for (Option option : options) {
      boolean isChosen = option.equals(chosen);
      lines.add(new AttributedStringBuilder()
          .append("    ")
          .styled(isChosen ? CHOSEN : STRONG, pad(option.key(), keyWidth))
          .styled(isChosen ? CHOSEN : AttributedStyle.DEFAULT, option.label())
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
      lines.wrap("Note: " + answer.note(), AttributedStyle.DEFAULT, "  ");
    }
    lines.blank();
    lines.add(new AttributedString(COMMANDS, QUIET));
    return lines.build();
  }

  AttributedString answered(Option option) {
    return line("Saved: " + option.key() + " " + option.label(), QUIET);
  }

  AttributedString skipped() {
    return line("Skipped: left unanswered for now.", QUIET);
  }

  /** Before the note is typed: how, and the note so far (plain lines cannot offer it for editing). */
  AttributedString noteIntro(Session session) {
    Lines lines = new Lines();
    String note = session.answer().note();
    if (note != null) {
      lines.wrap("Note so far: " + note, QUIET, "");
    }
    lines.wrap("Type the note (evidence, comment) and press Enter; an empty note removes it.", QUIET, "");
    return lines.build();
  }

  AttributedString noted(String note) {
    return line(note == null ? "Note removed." : "Note saved.", QUIET);
  }

  /** The question's guidance and source, and the domain's description. */
  AttributedString guidance(Session session) {
    Question question = session.question();
    Lines lines = new Lines();
    lines.wrap("Guidance", STRONG, "");
    lines.wrap(question.guidance() == null ? "This question has no guidance." : question.guidance(), AttributedStyle.DEFAULT, "  ");
    if (question.source() != null) {
      lines.wrap("Source: " + question.source(), QUIET, "  ");
    }
    lines.blank();
    Progress p = session.progress();
    lines.wrap("About domain " + p.domain() + "/" + p.domains() + ": " + session.domain().title(), STRONG, "");
    lines.wrap(session.domain().description(), AttributedStyle.DEFAULT, "  ");
    return lines.build();
  }

  AttributedString hint(String message) {
    return line(message, WARNING);
  }

  /** Leaving before the end: what is saved and how to carry on. */
  AttributedString quit(Session session, String file, String resume) {
    Lines lines = new Lines();
    lines.wrap(
        "Saved " + session.answeredCount() + " of " + session.questionnaire().questions().size() + " answers in " + file
            + ".", STRONG, "");
    lines.command("To resume:", resume);
    return lines.build();
  }

  /**
   * The end of the questionnaire: a line per domain with a bar, score and level, the top
   * development needs, and the questions still unanswered with how to come back to them.
   */
  AttributedString summary(Session session, Report report, String resume) {
    Lines lines = new Lines();
    lines.add(new AttributedString(END_RULE.repeat(width), QUIET));
    int total = session.questionnaire().questions().size();
    int answered = session.answeredCount();
    lines.wrap(
        answered == total
            ? "All " + total + " questions answered."
            : "End of the questionnaire: " + answered + " of " + total + " questions answered.",
        HEADER, "");
    lines.blank();
    lines.wrap("Summary (scores out of 100)", STRONG, "");
    List<ItemResult> domains = report.domains();
    int idWidth = Math.max("overall".length(), domains.stream().mapToInt(d -> d.id().length()).max().orElse(0)) + 2;
    int numberWidth = String.valueOf(domains.size()).length() + 1;
    for (int i = 0; i < domains.size(); i++) {
      ItemResult domain = domains.get(i);
      String label =
          domain.status() == Status.SCORED ? domain.level().label() : "not enough evidence";
      lines.add(scoreLine(pad(String.valueOf(i + 1), numberWidth) + pad(domain.id(), idWidth), Rounding.score(domain.score()), label));
    }
    Report.Overall overall = report.overall();
    lines.add(scoreLine(" ".repeat(numberWidth) + pad("overall", idWidth), Rounding.score(overall.score()),
        overall.level() == null ? "" : overall.level().label()));
    List<Report.DevelopmentNeed> needs = report.developmentNeeds();
    if (!needs.isEmpty()) {
      lines.blank();
      lines.wrap("Top development needs", STRONG, "");
      for (Report.DevelopmentNeed need : needs.subList(0, Math.min(TOP_NEEDS, needs.size()))) {
        ItemResult item = need.item();
        String what =
            item.status() == Status.SCORED
                ? Rounding.score(item.gap()).toPlainString() + " below target, " + need.priority().id() + " priority"
                : "not enough evidence yet";
        lines.wrap(need.rank() + ". " + ReportViews.needTitle(session.questionnaire(), item) + ": " + what, AttributedStyle.DEFAULT, "  ");
      }
    }
    List<Question> unanswered = session.unanswered();
    if (!unanswered.isEmpty()) {
      lines.blank();
      lines.wrap(
          "Still unanswered (" + unanswered.size() + "): " + String.join(", ", unanswered.stream().map(Question::id).toList()),
          WARNING, "");
      lines.command("To answer them:", resume);
    }
    return lines.build();
  }

  private AttributedString scoreLine(String name, BigDecimal score, String label) {
    return new AttributedStringBuilder()
        .append("  ")
        .append(name)
        .styled(HEADER, score == null ? " ".repeat(BAR_WIDTH) : Bars.bar(score, BAR_WIDTH))
        .append(" ")
        .styled(STRONG, leftPad(score == null ? "–" : score.toPlainString(), 5))
        .append("  ")
        .append(label)
        .toAttributedString();
  }

  AttributedString reportWritten(String file) {
    return line("Report written to " + file, AttributedStyle.DEFAULT);
  }

  private AttributedString line(String text, AttributedStyle style) {
    return new Lines().wrap(text, style, "").build();
  }

  private static String pad(String text, int columns) {
    return text + " ".repeat(Math.max(0, columns - text.length()));
  }

  private static String leftPad(String text, int columns) {
    return " ".repeat(Math.max(0, columns - text.length())) + text;
  }

  /** Builds a block of lines, wrapping text at word boundaries to the view's width. */
  private final class Lines {
    private final List<AttributedString> lines = new ArrayList<>();

    Lines add(AttributedString line) {
      lines.add(line);
      return this;
    }

    Lines blank() {
      return add(AttributedString.EMPTY);
    }

    /** Adds {@code text} wrapped, each line starting with {@code indent}; over-long words are cut. */
    Lines wrap(String text, AttributedStyle style, String indent) {
      int room = Math.max(10, width - indent.length());
      StringBuilder line = new StringBuilder();
      for (String word : text.strip().split("\\s+")) {
        while (word.length() > room) {
          flush(line, style, indent);
          lines.add(new AttributedString(indent + word.substring(0, room), style));
          word = word.substring(room);
        }
        if (line.length() > 0 && line.length() + 1 + word.length() > room) {
          flush(line, style, indent);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      flush(line, style, indent);
      return this;
    }

    private void flush(StringBuilder line, AttributedStyle style, String indent) {
      if (line.length() > 0) {
        lines.add(new AttributedString(indent + line, style));
        line.setLength(0);
      }
    }

    /** A command to copy: never wrapped; on a line of its own when it does not fit after the label. */
    Lines command(String label, String command) {
      if (label.length() + 1 + command.length() <= width) {
        return add(new AttributedStringBuilder().append(label + " ").styled(STRONG, command).toAttributedString());
      }
      add(new AttributedString(label));
      return add(new AttributedString("  " + command, STRONG));
    }

    AttributedString build() {
      return AttributedString.join(AttributedString.NEWLINE, lines);
    }
  }
}
