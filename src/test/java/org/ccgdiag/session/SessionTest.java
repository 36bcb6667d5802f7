package org.ccgdiag.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccgdiag.answers.Answer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.answers.TypedText;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;

/**
 * The session's rules (brief section 1, the table of inputs), on the five-question workshop
 * questionnaire.
 */
class SessionTest {
  static final Questionnaire QUESTIONNAIRE = WorkshopQuestionnaire.load();
  static final Instant STARTED = Instant.parse("2026-11-25T10:02:11Z");

  /** Later, and with a fraction of a second the file must not show. */
  static final Clock LATER = Clock.fixed(Instant.parse("2026-11-25T10:41:57.250Z"), ZoneOffset.UTC);

  /** A session on answers with these (question id, key) pairs; a null key leaves a note only. */
  static Session session(String... idKeyPairs) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (int i = 0; i < idKeyPairs.length; i += 2) {
      String key = idKeyPairs[i + 1];
      answers.put(idKeyPairs[i], key == null ? new Answer(null, "a note") : new Answer(key, null));
    }
    Answers start =
        Session.start(
            QUESTIONNAIRE,
            "NHS Example CCG",
            new Respondent("Dr A Smith", null, Respondent.SELF),
            null,
            Clock.fixed(STARTED, ZoneOffset.UTC));
    return Session.resume(
        QUESTIONNAIRE,
        new Answers(
            start.questionnaire(),
            start.organisation(),
            start.respondent(),
            STARTED,
            STARTED,
            false,
            answers),
        LATER);
  }

  /** Types the lines one after the other, returning the last step. */
  static Step type(Session session, String... lines) {
    Step step = null;
    for (String line : lines) {
      step = (step == null ? session : step.session()).enter(line);
    }
    return step;
  }

  @Test
  void aStakeholderReadsTheStatementInItsStakeholderWording() {
    Answers self = session().answers();
    Answers stakeholder =
        new Answers(
            self.questionnaire(),
            self.organisation(),
            new Respondent("A partner", null, "local-authority"),
            STARTED,
            STARTED,
            false,
            Map.of());

    assertThat(session().statement()).isEqualTo("Clinicians shape our decisions.");
    assertThat(Session.resume(QUESTIONNAIRE, stakeholder, LATER).statement())
        .isEqualTo("Clinicians shape the CCG's decisions.");
  }

  static String current(Session session) {
    return session.isOver() ? "(over)" : session.question().id();
  }

  // ---- where a session starts ----

  @Test
  void freshAnswersStartAtTheFirstQuestion() {
    assertThat(current(session())).isEqualTo("clinical.1");
  }

  @Test
  void resumingStartsAtTheFirstUnansweredQuestionDontKnowAndNotApplicableBeingAnswers() {
    assertThat(current(session("clinical.1", "4", "clinical.2", "dk", "clinical.3", "na")))
        .isEqualTo("plans.1");
    assertThat(current(session("clinical.1", "4", "clinical.3", "2"))).isEqualTo("clinical.2");
  }

  @Test
  void aQuestionWithOnlyANoteIsStillUnanswered() {
    assertThat(current(session("clinical.1", null))).isEqualTo("clinical.1");
  }

  @Test
  void answersToEveryQuestionMakeASessionThatIsOverAtOnce() {
    Session session =
        session(
            "clinical.1",
            "4",
            "clinical.2",
            "4",
            "clinical.3",
            "4",
            "plans.1",
            "4",
            "plans.2",
            "dk");

    assertThat(session.isOver()).isTrue();
    assertThat(session.unanswered()).isEmpty();
  }

  // ---- an option key ----

  @Test
  void anOptionKeyRecordsTheAnswerAndMovesOnToTheNextUnansweredQuestion() {
    Session session = type(session("clinical.1", "4", "clinical.3", "2"), "5").session();

    assertThat(session.answers().answer("clinical.2")).isEqualTo(new Answer("5", null));
    assertThat(current(session)).as("clinical.3 is answered already").isEqualTo("plans.1");
  }

  @Test
  void keysAreCaseInsensitiveAndSurroundingSpacesIgnoredAndTheFileGetsTheScaleSpelling() {
    Step step = type(session(), "  DK ", "Na\t", " 3");

    assertThat(step).isInstanceOf(Step.Answered.class);
    assertThat(step.session().answers().answers())
        .containsExactly(
            Map.entry("clinical.1", new Answer("dk", null)),
            Map.entry("clinical.2", new Answer("na", null)),
            Map.entry("clinical.3", new Answer("3", null)));
  }

  @Test
  void answeringTimesTheAnswersToTheSecondAndKeepsTheStart() {
    Answers answers = type(session(), "4").session().answers();

    assertThat(answers.started()).isEqualTo(STARTED);
    assertThat(answers.updated()).isEqualTo(Instant.parse("2026-11-25T10:41:57Z"));
  }

  @Test
  void theSessionIsOverAfterTheLastQuestionEvenWithSkippedQuestionsBefore() {
    Session session = type(session(), "s", "4", "4", "4", "4").session();

    assertThat(session.isOver()).isTrue();
    assertThat(session.unanswered()).extracting(Question::id).containsExactly("clinical.1");
    assertThat(session.answers().complete()).isFalse();
  }

  @Test
  void theAnswersAreCompleteOnceEveryQuestionHasOne() {
    Step last = type(session(), "4", "dk", "na", "1");
    assertThat(last.session().answers().complete()).isFalse();

    assertThat(last.session().enter("5").session().answers().complete()).isTrue();
  }

  // ---- b, s, ?, n, q ----

  @Test
  void backGoesToThePreviousQuestionRepeatablyToTheStartAndNoFurther() {
    Session atPlans1 = type(session(), "4", "4", "4").session();
    Step back = type(atPlans1, "b", "b", "B");

    assertThat(back).isInstanceOf(Step.MovedBack.class);
    assertThat(current(back.session())).isEqualTo("clinical.1");
    Step further = back.session().enter("b");
    assertThat(further).isInstanceOf(Step.Hint.class);
    assertThat(((Step.Hint) further).message())
        .isEqualTo("This is the first statement: there is nothing to go back to.");
    assertThat(current(further.session())).isEqualTo("clinical.1");
  }

  @Test
  void answeringAgainAfterGoingBackChangesTheAnswerAndMovesOnToTheNextUnanswered() {
    Step step = type(session(), "4", "4", "4", "b", "b", "b", "2");

    assertThat(step.session().answers().answer("clinical.1").key()).isEqualTo("2");
    assertThat(current(step.session())).isEqualTo("plans.1");
  }

  @Test
  void skipLeavesTheQuestionAsItIsAndMovesOnToTheNextUnanswered() {
    Step skipped = type(session("clinical.2", "3"), "s");

    assertThat(skipped).isInstanceOf(Step.Skipped.class);
    assertThat(current(skipped.session())).isEqualTo("clinical.3");
    assertThat(skipped.session().answers().answers()).containsOnlyKeys("clinical.2");

    Step revisited = type(skipped.session(), "b", "s");
    assertThat(revisited.session().answers().answer("clinical.2").key())
        .as("skipping keeps an answer")
        .isEqualTo("3");
    assertThat(current(revisited.session())).isEqualTo("clinical.3");
  }

  @Test
  void questionMarkAsksForGuidanceAndStaysOnTheQuestion() {
    Session session = session();
    Step step = session.enter(" ? ");

    assertThat(step).isEqualTo(new Step.GuidanceRequested(session));
  }

  @Test
  void nAsksForANoteWhichIsSavedOnTheQuestionEvenUnansweredAndStays() {
    Session session = session();
    assertThat(session.enter("N")).isEqualTo(new Step.NoteRequested(session));

    Step.Noted noted = (Step.Noted) session.note("  Practice leads meet monthly ");

    assertThat(noted.note()).isEqualTo("Practice leads meet monthly");
    assertThat(current(noted.session())).isEqualTo("clinical.1");
    assertThat(noted.session().answers().answer("clinical.1"))
        .isEqualTo(new Answer(null, "Practice leads meet monthly"));
    assertThat(noted.session().answers().updated())
        .isEqualTo(Instant.parse("2026-11-25T10:41:57Z"));
  }

  @Test
  void aNoteCanBeEditedKeepsTheAnswerAndABlankNoteRemovesIt() {
    Session answered = type(session("clinical.1", "4"), "b").session();
    Session noted = answered.note("first").session().note("edited").session();
    assertThat(noted.answer()).isEqualTo(new Answer("4", "edited"));

    Step.Noted removed = (Step.Noted) noted.note("   ");

    assertThat(removed.note()).isNull();
    assertThat(removed.session().answer()).isEqualTo(new Answer("4", null));
  }

  @Test
  void aNoteLongerThanANoteKeepsIsRefusedWithAHintAndTheEarlierNoteStays() {
    Session noted = session().note("earlier").session();

    Step step = noted.note("z".repeat(TypedText.MAX_NOTE_LENGTH + 1));

    assertThat(step).isInstanceOf(Step.Hint.class);
    assertThat(((Step.Hint) step).message()).doesNotContain("\n").contains("not saved");
    assertThat(step.session().answer().note()).isEqualTo("earlier");
  }

  @Test
  void removingTheOnlyNoteOfAnUnansweredQuestionRemovesItsEntry() {
    Session noted = session().note("a note").session();

    assertThat(noted.note("").session().answers().answers()).isEmpty();
  }

  @Test
  void qQuitsWhereTheSessionIs() {
    Session session = type(session(), "4").session();

    assertThat(session.enter("Q ")).isEqualTo(new Step.Quit(session));
  }

  // ---- anything else ----

  @Test
  void anythingElseGetsAOneLineHintAndTheSameQuestion() {
    Session session = session();

    assertThat(session.enter("7"))
        .isEqualTo(
            new Step.Hint(
                session, "'7' is not an answer here; the answers are 1, 2, 3, 4, 5, dk, na."));
    assertThat(session.enter("   "))
        .isEqualTo(
            new Step.Hint(
                session, "Type an answer (1, 2, 3, 4, 5, dk, na) or a command, then Enter."));
    assertThat(session.enter("Practice leads meet monthly with the board"))
        .isEqualTo(
            new Step.Hint(
                session, "'Practice leads meet…' is not an answer; to add a note, type n first."));
    assertThat(session.enter("nb")).isInstanceOf(Step.Hint.class);
  }

  // ---- progress ----

  @Test
  void progressCountsDomainsQuestionsAndAnswersFromOne() {
    Session session = type(session("plans.2", "4"), "4", "s", "dk").session();

    assertThat(current(session)).isEqualTo("plans.1");
    assertThat(session.progress()).isEqualTo(new SessionProgress(2, 2, 4, 5, 3));
    assertThat(session.answeredCount()).isEqualTo(3);
  }

  @Test
  void gGoesToAQuestionByNumberOrToTheFirstQuestionOfADomain() {
    Session session = session();

    assertThat(session.enter("g 4")).isEqualTo(new Step.MovedTo(session.at(3), false));
    assertThat(session.enter("G1")).isEqualTo(new Step.MovedTo(session.at(0), false));
    assertThat(session.enter("g d2")).isEqualTo(new Step.MovedTo(session.at(3), true));
    assertThat(session.enter("g d 1")).isEqualTo(new Step.MovedTo(session.at(0), true));
    assertThat(session.enter("g 6"))
        .isEqualTo(
            new Step.Hint(
                session, "Type g and a statement's number (1-5), or g d and a domain's (1-2)."));
    assertThat(session.enter("g d0")).isInstanceOf(Step.Hint.class);
    assertThat(session.enter("go on")).isInstanceOf(Step.Hint.class);
  }

  @Test
  void rAsksForTheReviewOfTheDomainOnScreen() {
    Session session = session("clinical.1", "4", "clinical.2", "4", "clinical.3", "4");

    assertThat(session.enter("r")).isEqualTo(new Step.ReviewRequested(session, 1));
  }

  @Test
  void theReviewTakesANumberADomainEnterOrQAndNeverAnAnswer() {
    Session session = session("clinical.1", "4");
    Review review = new Review(session, 0);

    assertThat(review.questions())
        .extracting(Question::id)
        .containsExactly("clinical.1", "clinical.2", "clinical.3");
    assertThat(review.enter("3")).isEqualTo(new Step.MovedTo(session.at(2), false));
    assertThat(review.enter("g 5")).isEqualTo(new Step.MovedTo(session.at(4), false));
    assertThat(review.enter("d2")).isEqualTo(new Step.ReviewRequested(session, 1));
    assertThat(review.enter("d 3")).isInstanceOf(Step.Hint.class);
    assertThat(review.enter("")).isEqualTo(new Step.ReviewClosed(session));
    assertThat(review.enter("Q")).isEqualTo(new Step.Quit(session));
    assertThat(review.enter("dk")).isInstanceOf(Step.Hint.class);
    assertThat(review.enter("9")).isInstanceOf(Step.Hint.class);
  }

  @Test
  void aNoteKeepsTextTabsAndLineBreaksOnly() {
    Step.Noted noted =
        (Step.Noted)
            session()
                .note(
                    "Word\u000bline\r\nbreak\u2028and\ttab \u001b[2Jescape\u0007\u007f\u009b\ufffe\ud800 end");

    assertThat(noted.note()).isEqualTo("Word\nline\nbreak\nand\ttab [2Jescape end");
  }

  @Test
  void aShowOfHandsIsRecordedAsVotesWithTheMiddleVoteSuggested() {
    // Five scored votes, by score: 2, 3, 4, 4, 5: the middle one is 4; the don't know is counted,
    // not scored.
    Step step = session().enter("v 4 4 3 5 2 DK");
    assertThat(step).isInstanceOf(Step.Voted.class);
    Step.Voted voted = (Step.Voted) step;
    assertThat(voted.suggested().key()).isEqualTo("4");
    assertThat(voted.votes())
        .containsExactly(
            Map.entry("2", 1),
            Map.entry("3", 1),
            Map.entry("4", 2),
            Map.entry("5", 1),
            Map.entry("dk", 1));
    Session after = voted.session();
    assertThat(after.index()).as("stays on the statement for the agreed answer").isZero();
    assertThat(after.answer().key()).isNull();
    assertThat(after.answer().votes()).isEqualTo(voted.votes());
    assertThat(after.answers().respondent().consensus()).as("six people voted").isEqualTo(6);

    // An even number: the lower of the two middle votes, so a split room is not rounded up.
    assertThat(((Step.Voted) session().enter("v 2 4")).suggested().key()).isEqualTo("2");
    // Only "don't know": the most voted option.
    assertThat(((Step.Voted) session().enter("v dk dk na")).suggested().key()).isEqualTo("dk");
    // A second vote replaces the first; the agreed answer keeps the votes beside it.
    Session agreed =
        ((Step.Answered) ((Step.Voted) after.enter("v 5 5")).session().enter("5")).session();
    assertThat(agreed.answers().answer("clinical.1"))
        .isEqualTo(new Answer("5", null, Map.of("5", 2)));
    assertThat(agreed.answers().respondent().consensus()).as("the most who voted").isEqualTo(6);
  }

  @Test
  void aVoteWithAKeyNotInTheScaleIsRefusedWhole() {
    Step step = session().enter("v 4 7 3");
    assertThat(step).isInstanceOf(Step.Hint.class);
    assertThat(((Step.Hint) step).message())
        .isEqualTo("'7' is not an answer here; the votes are keys of 1, 2, 3, 4, 5, dk, na.");
    assertThat(step.session().answer().votes()).isNull();
    assertThat(((Step.Hint) session().enter("v")).message())
        .startsWith("Type v and one answer per person");
  }

  @Test
  void aStakeholderIsAskedOnlyTheStatementsWordedForStakeholders() {
    // The workshop questionnaire words clinical.1 only: a stakeholder's session is that one
    // statement.
    Answers start =
        Session.start(
            QUESTIONNAIRE,
            "NHS Example CCG",
            new Respondent("P", null, "member-practice"),
            null,
            Clock.fixed(STARTED, ZoneOffset.UTC));
    Session session = Session.resume(QUESTIONNAIRE, start, LATER);
    assertThat(session.question().id()).isEqualTo("clinical.1");
    assertThat(session.statement()).isEqualTo("Clinicians shape the CCG's decisions.");
    assertThat(session.unanswered()).extracting(q -> q.id()).containsExactly("clinical.1");
    Step answered = session.enter("4");
    assertThat(answered.session().isOver()).isTrue();
    assertThat(answered.session().answers().complete()).isTrue();
    assertThat(((Step.Hint) session.enter("g 2")).message())
        .isEqualTo("Statement 2 is asked only of the leadership team.");
  }
}
