package org.ccgdiag.session;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ccgdiag.answers.Answer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.QuestionnaireRef;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.answers.TypedText;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.questionnaire.Noun;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Scale;
import org.ccgdiag.text.Visible;

/**
 * The workshop session as a state machine, free of any terminal: the questionnaire, the answers so
 * far and the question on screen ({@code index}; equal to the number of questions once the session
 * is over). {@link #enter} takes one line the team typed and returns the next state with what
 * happened; the caller shows it and saves the answers when they changed.
 */
public record Session(Questionnaire questionnaire, Answers answers, int index, Clock clock) {

  private static final int MAX_QUOTED_INPUT = 20;

  /**
   * The answers of a new session, started now; {@code round} (may be null) labels the assessment
   * round.
   */
  public static Answers start(
      Questionnaire questionnaire,
      String organisation,
      Respondent respondent,
      String round,
      Clock clock) {
    Instant now = now(clock);
    return new Answers(
        QuestionnaireRef.of(questionnaire),
        organisation,
        respondent,
        now,
        now,
        false,
        Map.of(),
        round);
  }

  /**
   * The session on these answers, at the first question without an answer (over at once when every
   * question has one).
   */
  public static Session resume(Questionnaire questionnaire, Answers answers, Clock clock) {
    Session start = new Session(questionnaire, answers, 0, clock);
    return start.isAnswered(0) || !start.isAsked(0) ? start.movedOn() : start;
  }

  /**
   * Whether the last question has been passed: the session is done (skipped questions may remain).
   */
  public boolean isOver() {
    return index == questionnaire.questions().size();
  }

  /** The question on screen; only while the session is not over. */
  public Question question() {
    return questionnaire.questions().get(index);
  }

  /** The question on screen counted from 1, as {@code g N} and the review number it. */
  public int number() {
    return index + 1;
  }

  /** The statement as this respondent reads it: stakeholders see its stakeholder wording. */
  public String statement() {
    return question().textFor(answers.respondent().isSelf());
  }

  public Domain domain() {
    return questionnaire.domainOf(question());
  }

  public Scale scale() {
    return questionnaire.scaleOf(question());
  }

  /** The answer and note given so far to the question on screen (both null when none). */
  public Answer answer() {
    return answers.answer(question().id());
  }

  /** The chosen option of the question on screen, if it has been answered. */
  public Optional<Option> chosen() {
    return scale().option(answer().key());
  }

  public SessionProgress progress() {
    List<Domain> domains = questionnaire.domains();
    return new SessionProgress(
        domains.indexOf(domain()) + 1,
        domains.size(),
        index + 1,
        questionnaire.questions().size(),
        answeredCount());
  }

  public int answeredCount() {
    return askedCount() - unanswered().size();
  }

  /**
   * How many questions this respondent is asked: all of them, but for a stakeholder only those
   * worded for stakeholders.
   */
  public int askedCount() {
    return (int) questionnaire.questions().stream().filter(this::isAsked).count();
  }

  /** The questions still without an answer, in questionnaire order. */
  public List<Question> unanswered() {
    return questionnaire.questions().stream()
        .filter(q -> isAsked(q) && !answers.answer(q.id()).isAnswered())
        .toList();
  }

  /**
   * One line typed at the prompt: an option key (any case, surrounding spaces ignored) or one of
   * the commands n, b, s, ?, q, g (go to) and r (review). Option keys can never be the brief's
   * commands (the questionnaire format forbids it); a key spelled like g or r wins over the
   * command.
   */
  public Step enter(String line) {
    String input = line.strip();
    Optional<Option> option = scale().option(input);
    if (option.isPresent()) {
      return new Step.Answered(with(answer().withKey(option.get().key())).movedOn(), option.get());
    }
    String command = input.toLowerCase(Locale.ROOT);
    if (command.matches("g[ d0-9]*")) {
      return goTo(command.substring(1));
    }
    if (command.startsWith("v ") || command.equals("v")) {
      return tally(input.substring(1));
    }
    return switch (command) {
      case "n" -> new Step.NoteRequested(this);
      case "b" ->
          index == 0
              ? new Step.Hint(
                  this, "This is the first " + word() + ": there is nothing to go back to.")
              : new Step.MovedBack(at(previousAsked()));
      case "s" -> new Step.Skipped(movedOn());
      case "?" -> new Step.GuidanceRequested(this);
      case "r" -> new Step.ReviewRequested(this, domainIndex());
      case "q" -> new Step.Quit(this);
      default -> new Step.Hint(this, hint(input));
    };
  }

  /**
   * Where {@code g} goes: {@code target} is a question's number ("14") or a domain's ("d3", its
   * first question), spaces allowed ("14", " d3", "d 3").
   */
  public Step goTo(String target) {
    String where = target.replace(" ", "").toLowerCase(Locale.ROOT);
    int questions = questionnaire.questions().size();
    int domains = questionnaire.domains().size();
    String usage =
        "Type g and "
            + noun().a()
            + "'s number (1-"
            + questions
            + "), or g d and a domain's (1-"
            + domains
            + ").";
    boolean isDomain = where.startsWith("d");
    String digits = isDomain ? where.substring(1) : where;
    if (!digits.matches("[0-9]{1,6}")) {
      return new Step.Hint(this, usage);
    }
    int number = Integer.parseInt(digits);
    if (number < 1 || number > (isDomain ? domains : questions)) {
      return new Step.Hint(this, usage);
    }
    if (!isDomain) {
      return isAsked(number - 1)
          ? new Step.MovedTo(at(number - 1), false)
          : new Step.Hint(
              this,
              Character.toUpperCase(word().charAt(0))
                  + word().substring(1)
                  + " "
                  + number
                  + " is asked only of the "
                  + questionnaire.terms().team().one()
                  + ".");
    }
    Domain domain = questionnaire.domains().get(number - 1);
    return new Step.MovedTo(
        at(questionnaire.questions().indexOf(questionnaire.questionsIn(domain).get(0))), true);
  }

  /**
   * Sets the note of the question on screen to {@code text}, kept as {@link
   * org.ccgdiag.answers.TypedText#note} says (so the answers file always loads back); a blank text
   * removes the note. A note longer than {@link TypedText#MAX_NOTE_LENGTH} is refused with a hint
   * and not saved: cutting it would lose the end of what the team wrote without their knowing.
   */
  public Step note(String text) {
    if (!TypedText.fitsNote(text)) {
      return new Step.Hint(
          this,
          "The note is "
              + TypedText.length(text.strip())
              + " characters long and was not saved;"
              + " a note keeps at most "
              + TypedText.MAX_NOTE_LENGTH
              + ": type n and a shorter one.");
    }
    Session noted = with(answer().withNote(text));
    return new Step.Noted(noted, noted.answer().note());
  }

  /**
   * A show of hands or cards typed as {@code v 4 4 3 5 2 dk}: one option key per person, any case.
   * Recorded as the question's votes (replacing an earlier vote on it: the last one is kept).
   */
  Step tally(String keys) {
    String[] typed = keys.strip().isEmpty() ? new String[0] : keys.strip().split("[\\s,]+");
    if (typed.length == 0) {
      return new Step.Hint(this, "Type v and one answer per person, e.g. v 4 4 3 5 2 dk.");
    }
    if (typed.length > Answer.MAX_VOTERS) {
      return new Step.Hint(this, "At most " + Answer.MAX_VOTERS + " votes at once.");
    }
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (String key : typed) {
      Optional<Option> option = scale().option(key);
      if (option.isEmpty()) {
        String quoted =
            Visible.oneLine(
                key.length() > MAX_QUOTED_INPUT
                    ? key.substring(0, MAX_QUOTED_INPUT - 1) + "…"
                    : key);
        return new Step.Hint(
            this,
            "'"
                + quoted
                + "' is not an answer here; the votes are keys of "
                + scale().keys()
                + ".");
      }
      counts.merge(option.get().key(), 1, Integer::sum);
    }
    return vote(counts, typed.length);
  }

  /**
   * Records the room's votes on the question on screen (option key to a count of people) and makes
   * the answers a team's agreed set of at least {@code people} (those who voted, brief section 6).
   */
  public Step.Voted vote(java.util.Map<String, Integer> counts, int people) {
    java.util.Map<String, Integer> ordered = new java.util.LinkedHashMap<>();
    for (Option option : scale().options()) {
      if (counts.getOrDefault(option.key(), 0) > 0) {
        ordered.put(option.key(), counts.get(option.key()));
      }
    }
    Respondent who = answers.respondent();
    int agreed = Math.max(who.consensus() == null ? 0 : who.consensus(), people);
    Session voted = with(answer().withVotes(ordered));
    voted =
        new Session(
            questionnaire,
            voted
                .answers()
                .withRespondent(new Respondent(who.name(), who.role(), who.perspective(), agreed)),
            index,
            clock);
    return new Step.Voted(voted, ordered, scale().median(ordered).orElseThrow());
  }

  /** The questionnaire's word for a question ("statement"). */
  public String word() {
    return noun().one();
  }

  /** The same word with its plural and article. */
  public Noun noun() {
    return questionnaire.terms().statement();
  }

  /** The domain on screen counted from 0; the last domain once the session is over. */
  public int domainIndex() {
    return isOver()
        ? questionnaire.domains().size() - 1
        : questionnaire.domains().indexOf(domain());
  }

  private String hint(String input) {
    if (input.isEmpty()) {
      return "Type an answer (" + scale().keys() + ") or a command, then Enter.";
    }
    String quoted =
        Visible.oneLine(
            input.length() > MAX_QUOTED_INPUT
                ? input.substring(0, MAX_QUOTED_INPUT - 1).strip() + "…"
                : input);
    // A sentence typed at the answer prompt is most likely a note typed too early.
    return input.contains(" ")
        ? "'" + quoted + "' is not an answer; to add a note, type n first."
        : "'" + quoted + "' is not an answer here; the answers are " + scale().keys() + ".";
  }

  private Session with(Answer answer) {
    Answers changed = answers.with(question().id(), answer, now(clock));
    boolean complete = new Session(questionnaire, changed, index, clock).unanswered().isEmpty();
    return new Session(questionnaire, changed.withComplete(complete), index, clock);
  }

  /** At the first question after this one with no answer; over when there is none. */
  private Session movedOn() {
    int next = index + 1;
    while (next < questionnaire.questions().size() && (isAnswered(next) || !isAsked(next))) {
      next++;
    }
    return at(next);
  }

  /** The same answers at another question (or over, at the number of questions). */
  public Session at(int newIndex) {
    return new Session(questionnaire, answers, newIndex, clock);
  }

  /** Times in answers files are to the second, as people read them (2026-11-25T10:02:11Z). */
  private static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * Whether this respondent is asked the question: in a questionnaire that words some statements
   * for stakeholders, a stakeholder is asked only those (brief section 2); the team is asked
   * everything.
   */
  boolean isAsked(Question question) {
    return answers.respondent().isSelf()
        || question.stakeholderText() != null
        || questionnaire.questions().stream().noneMatch(q -> q.stakeholderText() != null);
  }

  private boolean isAsked(int questionIndex) {
    return isAsked(questionnaire.questions().get(questionIndex));
  }

  /** The question before this one that this respondent is asked (this one when there is none). */
  private int previousAsked() {
    int previous = index - 1;
    while (previous > 0 && !isAsked(previous)) {
      previous--;
    }
    return isAsked(Math.max(previous, 0)) ? Math.max(previous, 0) : index;
  }

  private boolean isAnswered(int questionIndex) {
    return answers.answer(questionnaire.questions().get(questionIndex).id()).isAnswered();
  }
}
