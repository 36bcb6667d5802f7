package org.ccgdiag.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;

/**
 * The answer sets of one group (an organisation's round), collected file by file in compact form,
 * and what scoring needs from them once they are {@linkplain #settle() settled}: repeats dropped
 * (brief section 4, "Grouping"), then option counts per perspective, the team's choices by role,
 * its notes and contradictions, who answered and when. Each file comes with its position in the
 * batch ({@code order}), which fixes every order and every choice between repeats, whatever order
 * the files are added in. Thread-safe.
 */
public final class Tally {
  private final Questionnaire questionnaire;
  private final Naming naming;
  private final List<Question> questions;

  /** Each question's options, looked up once rather than for every file. */
  private final List<List<Option>> options;

  private final MirrorPairs mirrors;
  private final List<AnswerSet> sets = new ArrayList<>();
  private final List<Ordered<String>> warnings = new ArrayList<>();

  /**
   * The questions asked only of the team (brief section 2): in a questionnaire that words some
   * statements for stakeholders, those it does not; empty in one that words none.
   */
  private final java.util.Set<String> teamOnly;

  /** Stakeholders' answers to those questions, ignored (counted, never scored). */
  private int ignoredAnswers;

  private Settled settled;

  private record Ordered<T>(long order, int sequence, T value) {}

  /**
   * A file left out because it repeats another: which file, why (a sentence naming the other), and
   * the reason.
   */
  public record Repeat(String file, String message, NotScored.Reason reason) {}

  /** What the kept sets add up to. */
  private record Settled(
      List<AnswerSet> kept,
      List<Repeat> repeats,
      Map<String, Counts> byPerspective,
      Map<String, int[][]> byRole,
      int[] contradictions,
      List<Note> notes,
      int members,
      int consensusSets,
      Instant from,
      Instant to) {}

  public Tally(Questionnaire questionnaire) {
    this(questionnaire, Naming.NAMED);
  }

  public Tally(Questionnaire questionnaire, Naming naming) {
    this.questionnaire = questionnaire;
    this.naming = naming;
    this.questions = questionnaire.questions();
    options = questions.stream().map(q -> questionnaire.scaleOf(q).options()).toList();
    mirrors = new MirrorPairs(questionnaire, questions, options);
    boolean anyWorded = questions.stream().anyMatch(q -> q.stakeholderText() != null);
    teamOnly =
        anyWorded
            ? questions.stream()
                .filter(q -> q.stakeholderText() == null)
                .map(Question::id)
                .collect(java.util.stream.Collectors.toSet())
            : java.util.Set.of();
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
  public void add(Answers answers, long order) {
    add(answers, order, null);
  }

  /** Adds one file's answers; {@code source} names the file in warnings about repeats. */
  public void add(Answers answers, long order, String source) {
    int ignored = 0;
    Answers counted = answers;
    if (!answers.respondent().isSelf() && !teamOnly.isEmpty()) {
      Map<String, org.ccgdiag.answers.Answer> asked =
          new java.util.LinkedHashMap<>(answers.answers());
      for (String id : teamOnly) {
        org.ccgdiag.answers.Answer answer = asked.remove(id);
        ignored += answer != null && answer.isAnswered() ? 1 : 0;
      }
      counted =
          new Answers(
              answers.questionnaire(),
              answers.organisation(),
              answers.respondent(),
              answers.started(),
              answers.updated(),
              answers.complete(),
              asked,
              answers.round());
    }
    AnswerSet set = AnswerSet.of(counted, questions, options, order, source);
    synchronized (this) {
      sets.add(set);
      ignoredAnswers += ignored;
      settled = null;
    }
  }

  /** A warning to show in the report (e.g. answers given to another questionnaire version). */
  public synchronized void warn(String warning, long order) {
    warnings.add(new Ordered<>(order, warnings.size(), warning));
  }

  /**
   * Decides which sets count and adds them up; returns the files left out as repeats. A set equal
   * to an earlier one (the same file given twice) counts once; of the sets of one respondent (name
   * and perspective, ignoring case and spaces; sets with no name are never merged) only the one
   * updated last counts, a set with no update time being older than any with one; on a tie, the one
   * started last, then the one whose answers sort last (key by key in questionnaire order), so the
   * choice never depends on the order of the files. Calling it again without new sets changes
   * nothing.
   */
  public synchronized List<Repeat> settle() {
    return settled().repeats();
  }

  private Settled settled() {
    if (settled == null) {
      settled =
          add(
              KeptSets.of(
                  sets.stream().sorted(Comparator.comparingLong(AnswerSet::order)).toList(),
                  naming));
    }
    return settled;
  }

  private Settled add(KeptSets kept) {
    Map<String, Counts> byPerspective = new TreeMap<>();
    Map<String, int[][]> byRole = new TreeMap<>();
    int[] contradictions = new int[mirrors.size()];
    List<Note> notes = new ArrayList<>();
    int members = 0;
    int consensusSets = 0;
    Instant from = null;
    Instant to = null;
    for (AnswerSet set : kept.sets()) {
      Respondent respondent = set.respondent();
      byPerspective.computeIfAbsent(respondent.perspective(), p -> new Counts(options)).add(set);
      from = earliest(from, set.started());
      to = latest(to, set.updated() != null ? set.updated() : set.started());
      if (respondent.isSelf()) {
        members += respondent.isConsensus() ? respondent.consensus() : 1;
        consensusSets += respondent.isConsensus() ? 1 : 0;
        int[][] chosen =
            byRole.computeIfAbsent(
                respondent.role() == null ? "" : respondent.role(), r -> newChoices());
        for (int i = 0; i < questions.size(); i++) {
          if (set.choice(i) >= 0) {
            chosen[i][set.choice(i)]++;
          }
          if (set.note(i) != null) {
            notes.add(
                new Note(
                    questions.get(i).id(),
                    naming == Naming.NAMED ? respondent.name() : null,
                    set.note(i)));
          }
        }
        for (int p = 0; p < mirrors.size(); p++) {
          contradictions[p] += mirrors.contradicts(set, p) ? 1 : 0;
        }
      }
    }
    return new Settled(
        kept.sets(),
        kept.repeats(),
        byPerspective,
        byRole,
        contradictions,
        notes,
        members,
        consensusSets,
        from,
        to);
  }

  private int[][] newChoices() {
    int[][] chosen = new int[questions.size()][];
    for (int i = 0; i < chosen.length; i++) {
      chosen[i] = new int[options.get(i).size()];
    }
    return chosen;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a == null || (b != null && b.isBefore(a)) ? b : a;
  }

  private static Instant latest(Instant a, Instant b) {
    return a == null || (b != null && b.isAfter(a)) ? b : a;
  }

  // ---- what the scorer and the reports read; each settles first ----

  /** The organisation as spelt in the first file counted. */
  public synchronized String organisation() {
    List<AnswerSet> kept = settled().kept();
    return kept.isEmpty() ? null : kept.get(0).organisation();
  }

  /** The round of the first file counted (a group's files share it). */
  public synchronized String round() {
    List<AnswerSet> kept = settled().kept();
    return kept.isEmpty() ? null : kept.get(0).round();
  }

  /** The earliest start and latest update of the answers counted; either may be null. */
  public synchronized Instant from() {
    return settled().from();
  }

  public synchronized Instant to() {
    return settled().to();
  }

  /** The people behind the team's answer sets: one per set, or the head count of an agreed set. */
  public synchronized int members() {
    return settled().members();
  }

  /** How many of the team's answer sets were agreed together in a workshop. */
  public synchronized int consensusSets() {
    return settled().consensusSets();
  }

  synchronized Map<String, Counts> perspectives() {
    return Map.copyOf(settled().byPerspective());
  }

  /** How many of the team chose option {@code option} of question {@code question}, by role. */
  synchronized Map<String, Integer> roles(int question, int option) {
    Map<String, Integer> roles = new TreeMap<>();
    settled()
        .byRole()
        .forEach(
            (role, chosen) -> {
              if (chosen[question][option] > 0) {
                roles.put(role, chosen[question][option]);
              }
            });
    return roles;
  }

  synchronized List<Findings.Contradiction> contradictions() {
    return mirrors.contradictions(settled().contradictions());
  }

  /** The team's notes, in file order then questionnaire order. */
  public synchronized List<Note> notes() {
    return settled().notes();
  }

  /**
   * The warnings of the files. The files left out as repeats are not among them: a report counts
   * them ({@link #repeats()}) without naming them, and the batch names them on the console.
   */
  public synchronized List<String> warnings() {
    List<String> all =
        new ArrayList<>(
            warnings.stream()
                .sorted(
                    Comparator.comparingLong((Ordered<String> o) -> o.order())
                        .thenComparingInt(Ordered::sequence))
                .map(Ordered::value)
                .toList());
    if (ignoredAnswers > 0) {
      all.add(
          ignoredAnswers
              + (ignoredAnswers == 1 ? " answer" : " answers")
              + " from stakeholders to "
              + questionnaire.terms().statement().many()
              + " asked only of the "
              + questionnaire.terms().team().one()
              + (ignoredAnswers == 1 ? " was" : " were")
              + " ignored: people outside the "
              + questionnaire.terms().organisation().one()
              + " cannot see what they ask");
    }
    return all;
  }

  /**
   * How many sets were left out as repeats, by reason (in the order of {@link NotScored.Reason}).
   */
  synchronized List<NotScored> repeats() {
    List<NotScored> counted = new ArrayList<>();
    for (NotScored.Reason reason : NotScored.Reason.values()) {
      int count = (int) settled().repeats().stream().filter(r -> r.reason() == reason).count();
      if (count > 0) {
        counted.add(new NotScored(reason, count, List.of()));
      }
    }
    return counted;
  }
}
