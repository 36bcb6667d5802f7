package org.ccgdiag.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.Note;
import org.ccgdiag.scoring.QuestionResult;
import org.ccgdiag.scoring.Scorer;

/**
 * The statements behind a report's scores, as the report quotes them: text, domain, score, the
 * answers given and the team's notes. Built once per report from its question results.
 */
final class Statements {
  private final Findings report;
  private final Map<String, QuestionResult> results = new LinkedHashMap<>();
  private final Map<String, List<String>> notes = new HashMap<>();

  /**
   * The scored statements lowest first, and highest first, ties in questionnaire order: sorted
   * once, filtered often.
   */
  private final List<QuestionResult> lowestFirst;

  private final List<QuestionResult> highestFirst;

  Statements(Findings report) {
    this.report = report;
    report.questions().forEach(q -> results.put(q.question().id(), q));
    Comparator<QuestionResult> byScore =
        Comparator.comparing(QuestionResult::score, Scorer::compare);
    List<QuestionResult> scored =
        report.questions().stream().filter(q -> q.score() != null).toList();
    lowestFirst = scored.stream().sorted(byScore).toList();
    highestFirst = scored.stream().sorted(byScore.reversed()).toList();
    // A note with no name (score --anonymise, or an answers file without one) is by the team.
    String anyone = "A member of the " + report.questionnaire().terms().team().one();
    for (Note note : report.notes()) {
      notes
          .computeIfAbsent(note.questionId(), k -> new ArrayList<>())
          .add((note.respondent() == null ? anyone : note.respondent()) + ": " + note.text());
    }
  }

  int domainNumber(String domainId) {
    return report.questionnaire().domainNumber(domainId);
  }

  String domainTitle(String domainId) {
    return report.questionnaire().domainsById().get(domainId).shortTitle();
  }

  QuestionResult result(String questionId) {
    return results.get(questionId);
  }

  boolean hasNotes(String questionId) {
    return notes.containsKey(questionId);
  }

  ReportView.Statement statement(String questionId) {
    return statement(results.get(questionId));
  }

  ReportView.Statement statement(QuestionResult result) {
    Question q = result.question();
    return new ReportView.Statement(
        q.id(),
        q.text(),
        domainNumber(q.domain()),
        domainTitle(q.domain()),
        Numbers.number(result.score()),
        answers(result),
        notes.getOrDefault(q.id(), List.of()),
        q.evidence());
  }

  /**
   * Whether at least half of those who could answer it (all but "not applicable") gave a scored
   * answer: a statement on thinner evidence is something to find out, not a weakest statement.
   */
  static boolean wellEvidenced(QuestionResult q) {
    return q.scored() * 2 >= q.scored() + q.dontKnow() + q.unanswered();
  }

  /**
   * The scored statements that match, lowest score first (highest with {@code strongest}), ties in
   * questionnaire order.
   */
  List<QuestionResult> ranked(Predicate<QuestionResult> which, boolean strongest) {
    return (strongest ? highestFirst : lowestFirst).stream().filter(which).toList();
  }

  /**
   * The answers given, in the scale's order: "Disagree 3, Don't know 2"; for a single answer set
   * "answered Disagree", or for a team's agreed answers "agreed: Disagree".
   */
  String answers(QuestionResult result) {
    List<String> parts = new ArrayList<>();
    for (QuestionResult.Choice choice : result.choices()) {
      if (choice.count() > 0) {
        parts.add(
            report.respondents() == 1
                ? choice.option().label()
                : choice.option().label() + " " + choice.count());
      }
    }
    if (parts.isEmpty()) {
      return "not answered";
    }
    if (report.respondents() == 1) {
      return (report.team().isConsensus() ? "agreed: " : "answered ") + parts.get(0);
    }
    int unanswered = result.unanswered();
    return String.join(", ", parts) + (unanswered > 0 ? ", not answered " + unanswered : "");
  }

  /** The answer at one end of a divergence, e.g. "25.0 (Disagree)". */
  String end(QuestionResult result, BigFraction score) {
    return Numbers.number(score)
        + labels(result, c -> Scorer.compare(c.score(), score) == 0, " (", ")");
  }

  /**
   * Who gave the answers scoring exactly {@code score}, by role: "Chair, GP member (2)"; never
   * names.
   */
  String who(QuestionResult result, BigFraction score) {
    Map<String, Integer> roles = new java.util.TreeMap<>();
    for (QuestionResult.Choice choice : result.choices()) {
      if (choice.score() != null && Scorer.compare(choice.score(), score) == 0) {
        choice.roles().forEach((role, n) -> roles.merge(role, n, Integer::sum));
      }
    }
    List<String> parts = new ArrayList<>();
    roles.forEach(
        (role, n) ->
            parts.add((role.isEmpty() ? "no role given" : role) + (n > 1 ? " (" + n + ")" : "")));
    return String.join(", ", parts);
  }

  private static String labels(
      QuestionResult result, Predicate<QuestionResult.Choice> which, String open, String close) {
    List<String> labels =
        result.choices().stream()
            .filter(c -> c.option().kind() == Option.Kind.SCORED && c.count() > 0 && which.test(c))
            .map(c -> c.option().label())
            .toList();
    return labels.isEmpty() ? "" : open + String.join(" or ", labels) + close;
  }
}
