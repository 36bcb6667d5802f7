package org.ccgdiag.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ccgdiag.answers.Answer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.AnswersWriter;
import org.ccgdiag.answers.QuestionnaireRef;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.questionnaire.BundledQuestionnaires;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;

/**
 * The answers files ccg-diag itself writes (a session, a room, an import) take every fast path a
 * batch reads through (docs/architecture.md, "Fast paths"): the canonical YAML reader accepts them,
 * their answers come in the questionnaire's order (the in-order reader), and their times are in the
 * form read by hand. A change to the writer that sent them down the slow paths would still read
 * correctly, only slower, so nothing else would notice.
 */
class OwnFilesFastPathTest {
  private static final Questionnaire BUNDLED =
      BundledQuestionnaires.load(BundledQuestionnaires.DEFAULT_ID).orElseThrow();
  private static final Pattern TIME_READ_BY_HAND =
      Pattern.compile("\\d{4}-\\d{2}-(0[1-9]|1\\d|2[0-8])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\dZ");

  /** Notes as people type them: quotes, colons, hashes, accents, a long line, several lines. */
  private static final List<String> NOTES =
      List.of(
          "Board minutes, March",
          "Evidence: the 'locality plan' and \"QIPP\" schedule #3 - see p. 12",
          "Café sessions with the Health & Wellbeing Board; 50% of practices came",
          "- a list as typed\n- second point",
          "x".repeat(2000),
          "Line one\nline two\n\nafter a blank line");

  @Test
  void filesWrittenByTheProgramTakeEveryFastPath() {
    List<Question> questions = BUNDLED.questions();
    for (int variant = 0; variant < NOTES.size(); variant++) {
      Answers answers = answers(questions, variant);
      String yaml = AnswersWriter.toYaml(answers);

      assertThat(CanonicalYaml.parse(yaml)).as("canonical reader declined:%n%s", yaml).isNotNull();
      Node.Mapping top = (Node.Mapping) CanonicalYaml.parse(yaml);
      assertThat(keysOf(top, "answers"))
          .as("answers in questionnaire order")
          .containsExactlyElementsOf(answers.answers().keySet())
          .isSubsetOf(questions.stream().map(Question::id).toList());
      assertThat(List.of(scalar(top, "started"), scalar(top, "updated")))
          .allMatch(
              time -> TIME_READ_BY_HAND.matcher(time).matches(), "times in the form read by hand");
    }
  }

  private static Answers answers(List<Question> questions, int variant) {
    Map<String, Answer> given = new LinkedHashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      if ((i + variant) % 7 == 0) {
        continue; // skipped
      }
      List<String> keys = BUNDLED.scaleOf(question).options().stream().map(o -> o.key()).toList();
      String key = keys.get((i + variant) % keys.size());
      String note = i % 3 == 0 ? NOTES.get(variant) : null;
      Map<String, Integer> votes =
          variant % 2 == 1 && i % 4 == 0
              ? Map.of(keys.get(0), 3, keys.get(keys.size() - 1), 2)
              : Map.of();
      given.put(question.id(), new Answer(key, note, votes));
    }
    Instant started = Instant.parse("2012-03-14T09:30:00Z");
    return new Answers(
        QuestionnaireRef.of(BUNDLED),
        "NHS Riverside CCG",
        new Respondent("Dr Siân O'Neill", "Clinical lead", "self"),
        started,
        started.plusSeconds(5400),
        variant % 2 == 0,
        given,
        variant % 3 == 0 ? null : "2012-03");
  }

  private static List<String> keysOf(Node.Mapping mapping, String key) {
    Node.Mapping inner = (Node.Mapping) value(mapping, key);
    List<String> keys = new ArrayList<>();
    inner.entries().forEach(entry -> keys.add(entry.key().text()));
    return keys;
  }

  private static String scalar(Node.Mapping mapping, String key) {
    return ((Node.Scalar) value(mapping, key)).text();
  }

  private static Node value(Node.Mapping mapping, String key) {
    return mapping.entries().stream()
        .filter(e -> e.key().text().equals(key))
        .findFirst()
        .orElseThrow()
        .value();
  }
}
