package org.ccgdiag.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;

/**
 * Everything scoring keeps from one organisation's answer files, added file by file so that a batch
 * never holds its parsed files: option counts per perspective, the leadership's notes, and
 * warnings. Each file comes with its position in the batch ({@code order}), which fixes the order
 * of notes, warnings and the organisation's spelling whatever order the files are added in.
 * Thread-safe.
 */
public final class Tally {
  private final Questionnaire questionnaire;
  private final Map<String, Counts> byPerspective = new TreeMap<>();
  private final List<Ordered<Note>> notes = new ArrayList<>();
  private final List<Ordered<String>> warnings = new ArrayList<>();
  private String organisation;
  private long organisationOrder = Long.MAX_VALUE;

  private record Ordered<T>(long order, int sequence, T value) {}

  public Tally(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  /** A tally of one set of answers (one respondent). */
  public static Tally of(Questionnaire questionnaire, Answers answers) {
    Tally tally = new Tally(questionnaire);
    tally.add(answers, 0);
    return tally;
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** Adds one respondent's answers; {@code order} is the file's position in the batch. */
  public synchronized void add(Answers answers, long order) {
    String perspective = answers.respondent().perspective();
    byPerspective.computeIfAbsent(perspective, p -> new Counts(questionnaire)).add(answers);
    if (order < organisationOrder) {
      organisationOrder = order;
      organisation = answers.organisation();
    }
    if (answers.respondent().isSelf()) {
      int sequence = 0;
      for (Question question : questionnaire.questions()) {
        String note = answers.answer(question.id()).note();
        if (note != null) {
          notes.add(new Ordered<>(order, sequence++, new Note(question.id(), answers.respondent().name(), note)));
        }
      }
    }
  }

  /** A warning to show in the report (e.g. answers given to another questionnaire version). */
  public synchronized void warn(String warning, long order) {
    warnings.add(new Ordered<>(order, warnings.size(), warning));
  }

  public synchronized String organisation() {
    return organisation;
  }

  synchronized Map<String, Counts> perspectives() {
    return Map.copyOf(byPerspective);
  }

  public synchronized List<Note> notes() {
    return sorted(notes);
  }

  public synchronized List<String> warnings() {
    return sorted(warnings);
  }

  private static <T> List<T> sorted(List<Ordered<T>> items) {
    return items.stream()
        .sorted(Comparator.comparingLong((Ordered<T> o) -> o.order()).thenComparingInt(Ordered::sequence))
        .map(Ordered::value)
        .toList();
  }
}
