package org.ccgdiag.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccgdiag.load.Reading;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.SmallQuestionnaire;
import org.junit.jupiter.api.Test;

/**
 * The writer only ever writes what the reader accepts: answers made of arbitrary strings (every
 * code point, unpaired surrogates, controls, YAML syntax) are written and read back equal, the text
 * having been kept as {@link TypedText} documents when the answers were made.
 */
class AnswersRoundTripTest {
  private static final Questionnaire SMALL = SmallQuestionnaire.load();
  private static final List<String> KEYS = List.of("1", "2", "dk", "na");

  /**
   * Arbitrary answers from one generator; the organisation is never empty (the reader requires
   * one).
   */
  static Answers arbitraryAnswers(ArbitraryText text) {
    String typed = text.next(12);
    String organisation = TypedText.line(typed) == null ? "Org " + text.next(4) + "x" : typed;
    Respondent respondent =
        new Respondent(
            text.next(8),
            text.next(8),
            text.nextBoolean() ? "self" : "member-practice",
            text.nextInt(4) == 0 ? 1 + text.nextInt(1000) : null);
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Question question : SMALL.questions()) {
      if (text.nextInt(4) > 0) {
        answers.put(
            question.id(),
            new Answer(
                text.nextBoolean() ? KEYS.get(text.nextInt(KEYS.size())) : null, text.next(30)));
      }
    }
    Instant started =
        Instant.ofEpochSecond(text.nextInt(Integer.MAX_VALUE), text.nextInt(1_000_000_000));
    return new Answers(
        QuestionnaireRef.of(SMALL),
        organisation,
        respondent,
        started,
        started.plusSeconds(text.nextInt(99999)),
        text.nextBoolean(),
        answers,
        text.next(6));
  }

  static Reading<Answers> writeAndRead(Answers answers) {
    String yaml = AnswersWriter.toYaml(answers);
    return Reading.of(
        "answers.yaml", yaml, (root, problems) -> AnswersReader.read(root, SMALL, problems));
  }

  @Test
  void arbitraryAnswersReadBackEqual() {
    for (long seed = 0; seed < 1000; seed++) {
      Answers answers = arbitraryAnswers(new ArbitraryText(seed));
      String yaml = AnswersWriter.toYaml(answers);
      Reading<Answers> read = writeAndRead(answers);
      assertThat(read.lines()).as("seed %d wrote:%n%s", seed, yaml).isEmpty();
      assertThat(read.valid()).as("seed %d wrote:%n%s", seed, yaml).isEqualTo(answers);
    }
  }

  @Test
  void controlCharactersAreDroppedAndLineBreaksKeptInNotes() {
    Answer answer =
        new Answer(
            "1", " Word\u000bline\r\nbreak\ttab\u001b[31m red\u0007\u007f\u009b\ufffe\ud800 end ");

    assertThat(answer.note()).isEqualTo("Word\nline\nbreak\ttab[31m red end");
  }

  @Test
  void namesAreOneLine() {
    Respondent respondent = new Respondent("Dr\tA\nSmith\u2028\u0000", "  ", "self");

    assertThat(respondent.name()).isEqualTo("Dr A Smith");
    assertThat(respondent.role()).isNull();
  }

  @Test
  void keepingTextTwiceChangesNothing() {
    ArbitraryText text = new ArbitraryText(7);
    for (int i = 0; i < 5000; i++) {
      String s = text.next(40);
      assertThat(TypedText.note(TypedText.note(s))).isEqualTo(TypedText.note(s));
      assertThat(TypedText.line(TypedText.line(s))).isEqualTo(TypedText.line(s));
    }
  }

  @Test
  void aNoteOverTheLimitIsRefusedWithItsPosition() {
    String yaml =
        AnswersWriter.toYaml(arbitraryAnswers(new ArbitraryText(1)))
            .replaceFirst(
                "(?s)answers:.*",
                "answers:\n  leadership.1: {note: '"
                    + "x".repeat(TypedText.MAX_NOTE_LENGTH + 1)
                    + "'}");
    Reading<Answers> read =
        Reading.of(
            "answers.yaml", yaml, (root, problems) -> AnswersReader.read(root, SMALL, problems));

    assertThat(read.lines())
        .singleElement()
        .asString()
        .matches("answers\\.yaml:\\d+:\\d+: 'note' is 5001 characters long; the limit is 5000");
    assertThat(yaml.getBytes(StandardCharsets.UTF_8).length).isLessThan(4 * 1024 * 1024);
  }
}
