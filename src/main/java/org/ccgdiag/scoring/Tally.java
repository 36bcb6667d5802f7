package org.ccgdiag.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.time.Instant;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.questionnaire.Option;
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
  /** The team's choices by role: role ("" when none given) -> [question][option] counts. */
  private final Map<String, int[][]> byRole = new TreeMap<>();
  /** Mirror pairs [question index, mirrored question index] and how many of the team contradicted each. */
  private final List<int[]> mirrorPairs = new ArrayList<>();
  private final int[] contradictions;
  /** Each question's options, looked up once rather than for every file. */
  private final List<List<Option>> options;
  private String organisation;
  private String round;
  private long organisationOrder = Long.MAX_VALUE;
  private Instant from;
  private Instant to;
  private int members;
  private int consensusSets;

  private record Ordered<T>(long order, int sequence, T value) {}

  public Tally(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    List<Question> questions = questionnaire.questions();
    for (int i = 0; i < questions.size(); i++) {
      String mirrored = questions.get(i).mirrors();
      for (int j = 0; mirrored != null && j < questions.size(); j++) {
        if (questions.get(j).id().equals(mirrored)) {
          mirrorPairs.add(new int[] {i, j});
        }
      }
    }
    contradictions = new int[mirrorPairs.size()];
    options = questions.stream().map(q -> questionnaire.scaleOf(q).options()).toList();
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
      round = answers.round();
    }
    from = earliest(from, answers.started());
    to = latest(to, answers.updated() != null ? answers.updated() : answers.started());
    if (answers.respondent().isSelf()) {
      Integer consensus = answers.respondent().consensus();
      members += consensus == null ? 1 : consensus;
      consensusSets += consensus == null ? 0 : 1;
      addChoicesByRole(answers);
      addContradictions(answers);
      int sequence = 0;
      for (Question question : questionnaire.questions()) {
        String note = answers.answer(question.id()).note();
        if (note != null) {
          notes.add(new Ordered<>(order, sequence++, new Note(question.id(), answers.respondent().name(), note)));
        }
      }
    }
  }

  private void addChoicesByRole(Answers answers) {
    String role = answers.respondent().role() == null ? "" : answers.respondent().role();
    List<Question> questions = questionnaire.questions();
    int[][] chosen = byRole.computeIfAbsent(role, r -> new int[questions.size()][]);
    for (int i = 0; i < questions.size(); i++) {
      List<Option> scale = options.get(i);
      if (chosen[i] == null) {
        chosen[i] = new int[scale.size()];
      }
      String key = answers.answer(questions.get(i).id()).key();
      for (int j = 0; key != null && j < scale.size(); j++) {
        if (scale.get(j).key().equals(key)) {
          chosen[i][j]++;
        }
      }
    }
  }

  /**
   * A respondent who agrees with a statement and with its reverse-worded mirror (or disagrees with
   * both) gives the pair scores far apart once the mirror is reversed: as far as a divergence.
   */
  private void addContradictions(Answers answers) {
    List<Question> questions = questionnaire.questions();
    for (int p = 0; p < mirrorPairs.size(); p++) {
      BigFraction a = Scorer.normalised(questionnaire, questions.get(mirrorPairs.get(p)[0]), answers);
      BigFraction b = Scorer.normalised(questionnaire, questions.get(mirrorPairs.get(p)[1]), answers);
      if (a != null && b != null && a.subtract(b).abs().compareTo(Scorer.DIVERGENCE) >= 0) {
        contradictions[p]++;
      }
    }
  }

  private static Instant earliest(Instant a, Instant b) {
    return a == null || (b != null && b.isBefore(a)) ? b : a;
  }

  private static Instant latest(Instant a, Instant b) {
    return a == null || (b != null && b.isAfter(a)) ? b : a;
  }

  public synchronized String round() {
    return round;
  }

  /** The earliest start and latest update of the answers; either may be null. */
  public synchronized Instant from() {
    return from;
  }

  public synchronized Instant to() {
    return to;
  }

  /** The people behind the team's answer sets: one per set, or the head count of an agreed set. */
  public synchronized int members() {
    return members;
  }

  /** How many of the team's answer sets were agreed together in a workshop. */
  public synchronized int consensusSets() {
    return consensusSets;
  }

  /** How many of the team chose option {@code option} of question {@code question}, by role. */
  synchronized Map<String, Integer> roles(int question, int option) {
    Map<String, Integer> roles = new TreeMap<>();
    byRole.forEach(
        (role, chosen) -> {
          if (chosen[question] != null && chosen[question][option] > 0) {
            roles.put(role, chosen[question][option]);
          }
        });
    return roles;
  }

  synchronized List<Report.Contradiction> contradictions() {
    List<Report.Contradiction> found = new ArrayList<>();
    for (int p = 0; p < mirrorPairs.size(); p++) {
      if (contradictions[p] > 0) {
        List<Question> questions = questionnaire.questions();
        found.add(new Report.Contradiction(
            questions.get(mirrorPairs.get(p)[0]).id(), questions.get(mirrorPairs.get(p)[1]).id(), contradictions[p]));
      }
    }
    return found;
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
