package org.ccgdiag.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.questionnaire.Questionnaire;

/**
 * The 360-degree views of brief section 5: the stakeholder groups shown, the domains where the team
 * and the stakeholders differ (blind spots, hidden strengths), and the sets held back for anonymity
 * (null when none).
 */
record Perspectives(
    List<Findings.PerspectiveResult> shown,
    List<Findings.Difference> blindSpots,
    List<Findings.Difference> hiddenStrengths,
    NotScored heldBack) {

  /** Stakeholder groups smaller than this are pooled, so no one can be singled out. */
  static final int MIN_GROUP = 3;

  static final String OTHER_STAKEHOLDERS = "other-stakeholders";

  /** The views of every perspective but the team's, compared with the team's domain results. */
  static Perspectives of(
      Questionnaire questionnaire,
      ScoringTables tables,
      Map<String, Counts> all,
      List<ItemResult> selfDomains) {
    List<Findings.PerspectiveResult> shown = new ArrayList<>();
    Counts pooledSmall = new Counts(tables.options);
    List<String> pooledGroups = new ArrayList<>();
    Counts stakeholders = new Counts(tables.options);
    List<String> ids =
        all.keySet().stream().filter(p -> !p.equals(Respondent.SELF)).sorted().toList();
    for (String id : ids) {
      Counts group = all.get(id);
      // A group that calls itself other-stakeholders joins the pool rather than being shown twice.
      if (group.respondents() >= MIN_GROUP && !id.equals(OTHER_STAKEHOLDERS)) {
        shown.add(perspective(questionnaire, tables, id, group));
        stakeholders.addAll(group);
      } else {
        pooledSmall.addAll(group);
        pooledGroups.add(id);
      }
    }
    if (pooledSmall.respondents() >= MIN_GROUP) {
      shown.add(perspective(questionnaire, tables, OTHER_STAKEHOLDERS, pooledSmall));
      stakeholders.addAll(pooledSmall);
    }
    List<Findings.Difference> blindSpots = new ArrayList<>();
    List<Findings.Difference> hiddenStrengths = new ArrayList<>();
    if (stakeholders.respondents() > 0) {
      List<Findings.DomainScore> theirs = domainScores(questionnaire, tables, stakeholders);
      for (int i = 0; i < selfDomains.size(); i++) {
        BigFraction own = selfDomains.get(i).score();
        BigFraction other = theirs.get(i).score();
        if (own == null || other == null) {
          continue;
        }
        BigFraction difference = own.subtract(other);
        Findings.Difference d =
            new Findings.Difference(selfDomains.get(i).id(), own, other, difference);
        if (difference.compareTo(Scorer.PERCEPTION_GAP) >= 0) {
          blindSpots.add(d);
        } else if (difference.negate().compareTo(Scorer.PERCEPTION_GAP) >= 0) {
          hiddenStrengths.add(d);
        }
      }
    }
    NotScored heldBack =
        pooledSmall.respondents() > 0 && pooledSmall.respondents() < MIN_GROUP
            ? new NotScored(NotScored.Reason.HELD_BACK, pooledSmall.respondents(), pooledGroups)
            : null;
    return new Perspectives(shown, blindSpots, hiddenStrengths, heldBack);
  }

  private static Findings.PerspectiveResult perspective(
      Questionnaire questionnaire, ScoringTables tables, String id, Counts group) {
    return new Findings.PerspectiveResult(
        id, group.respondents(), domainScores(questionnaire, tables, group));
  }

  private static List<Findings.DomainScore> domainScores(
      Questionnaire questionnaire, ScoringTables tables, Counts group) {
    QuestionResults results = QuestionResults.of(tables, questionnaire.questions(), group, null);
    List<Domain> domains = questionnaire.domains();
    List<Findings.DomainScore> scores = new ArrayList<>(domains.size());
    for (int d = 0; d < domains.size(); d++) {
      scores.add(
          new Findings.DomainScore(
              domains.get(d).id(), results.weightedMean(tables, tables.domainQuestions[d])));
    }
    return scores;
  }
}
