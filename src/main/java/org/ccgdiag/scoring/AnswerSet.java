package org.ccgdiag.scoring;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ccgdiag.answers.Answer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;

/**
 * One answers file as scoring keeps it, compactly, so a batch can hold thousands until it knows
 * which of them count: the chosen option of each question (its index in the scale plus one; 0 for
 * none), the notes (null when the file has none) and the room's votes (null when none were taken),
 * with who answered, when and where the file was in the batch ({@code order}) and how to name it
 * ({@code source}).
 */
record AnswerSet(
    long order,
    String source,
    String organisation,
    String round,
    Respondent respondent,
    Instant started,
    Instant updated,
    short[] choices,
    String[] notes,
    int[][] votes) {
  /**
   * Runs of white space, which a respondent's name is compared without (compiled once: a key per
   * set of a batch).
   */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  static AnswerSet of(
      Answers answers,
      List<Question> questions,
      List<List<Option>> options,
      long order,
      String source) {
    short[] choices = new short[questions.size()];
    String[] notes = null;
    int[][] votes = null;
    for (int i = 0; i < questions.size(); i++) {
      Answer answer = answers.answer(questions.get(i).id());
      List<Option> scale = options.get(i);
      for (int j = 0; answer.key() != null && j < scale.size(); j++) {
        if (scale.get(j).key().equals(answer.key())) {
          choices[i] = (short) (j + 1);
        }
      }
      if (answer.note() != null) {
        notes = notes == null ? new String[questions.size()] : notes;
        notes[i] = answer.note();
      }
      if (answer.votes() != null) {
        votes = votes == null ? new int[questions.size()][] : votes;
        votes[i] = new int[scale.size()];
        for (int j = 0; j < scale.size(); j++) {
          votes[i][j] = answer.votes().getOrDefault(scale.get(j).key(), 0);
        }
      }
    }
    return new AnswerSet(
        order,
        source,
        answers.organisation(),
        answers.round(),
        answers.respondent(),
        answers.started(),
        answers.updated(),
        choices,
        notes,
        votes);
  }

  /** The index of the option chosen for question {@code i}, or -1. */
  int choice(int i) {
    return choices[i] - 1;
  }

  /**
   * The room's votes on question {@code i} per option of its scale, or null when none were taken.
   */
  int[] votes(int i) {
    return votes == null ? null : votes[i];
  }

  String note(int i) {
    return notes == null ? null : notes[i];
  }

  /** The file as warnings name it. */
  String name() {
    return source != null ? source : "answer set " + (order + 1);
  }

  /**
   * Who answered, as repeats are found: the name with case and runs of spaces ignored, and the
   * perspective; null for a set with no name, which is never taken for another.
   */
  String respondentKey() {
    String name = respondent.name();
    if (name == null || name.isBlank()) {
      return null;
    }
    return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT)
        + "\n"
        + respondent.perspective();
  }

  /** The same answers, notes, respondent and times: the same file given twice. */
  boolean sameAs(AnswerSet other) {
    return Arrays.equals(choices, other.choices)
        && Arrays.equals(notes, other.notes)
        && Arrays.deepEquals(votes, other.votes)
        && Objects.equals(organisation, other.organisation)
        && Objects.equals(round, other.round)
        && respondent.equals(other.respondent)
        && Objects.equals(started, other.started)
        && Objects.equals(updated, other.updated);
  }

  /**
   * Orders sets by their answers, then their notes: a tie-break that does not depend on file order.
   */
  static int compareContent(AnswerSet a, AnswerSet b) {
    int byChoices = Arrays.compare(a.choices, b.choices);
    return byChoices != 0
        ? byChoices
        : Arrays.compare(
            a.notes == null ? new String[0] : a.notes,
            b.notes == null ? new String[0] : b.notes,
            java.util.Comparator.nullsFirst(java.util.Comparator.<String>naturalOrder()));
  }

  int contentHash() {
    return Objects.hash(
        Arrays.hashCode(choices), Arrays.hashCode(notes), respondent, started, updated);
  }
}
