package org.ccgdiag.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.questionnaire.Area;
import org.ccgdiag.questionnaire.Dimension;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Resource;
import org.ccgdiag.questionnaire.Scale;

/**
 * Scores a tally exactly as brief section 4 says, in exact fractions. No I/O; the same tally always
 * gives the same report.
 */
public final class Scorer {
  /** The thresholds of brief sections 4 and 5; reports quote these, never retyped numbers. */
  public static final BigFraction DIVERGENCE = BigFraction.of(50);

  public static final BigFraction PERCEPTION_GAP = BigFraction.of(15);
  public static final BigFraction HIGH = BigFraction.of(20);
  public static final BigFraction MEDIUM = BigFraction.of(10);
  public static final int ANONYMITY = Perspectives.MIN_GROUP;

  private final Questionnaire questionnaire;

  /** Worked out once per questionnaire, since a batch scores every organisation with one Scorer. */
  private final ScoringTables tables;

  private Scorer(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    this.tables = new ScoringTables(questionnaire);
  }

  /** The scorer of one questionnaire, for scoring many tallies of it. */
  public static Scorer of(Questionnaire questionnaire) {
    return new Scorer(questionnaire);
  }

  public static Findings score(Tally tally) {
    return of(tally.questionnaire()).report(tally);
  }

  /** The report of a tally of this scorer's questionnaire. */
  public Findings report(Tally tally) {
    if (tally.questionnaire() != questionnaire) {
      throw new IllegalArgumentException("a tally of another questionnaire");
    }
    Map<String, Counts> perspectives = tally.perspectives();
    Counts self = perspectives.get(Respondent.SELF);
    QuestionResults results =
        QuestionResults.of(
            tables,
            questionnaire.questions(),
            self != null ? self : new Counts(tables.options),
            tally);
    List<QuestionResult> questions = results.questions();
    int respondents = self != null ? self.respondents() : 0;

    List<ItemResult> domains = new ArrayList<>();
    for (int d = 0; d < tables.domainQuestions.length; d++) {
      Domain domain = questionnaire.domains().get(d);
      domains.add(
          item(
              ItemResult.Kind.DOMAIN,
              domain.id(),
              domain.title(),
              null,
              tables.domainTargets[d],
              domain.resources(),
              results,
              tables.domainQuestions[d],
              respondents));
    }
    List<ItemResult> areas = new ArrayList<>();
    for (int a = 0; a < tables.areaQuestions.length; a++) {
      Area area = questionnaire.areas().get(a);
      areas.add(
          item(
              ItemResult.Kind.AREA,
              area.id(),
              area.title(),
              area.dimension(),
              tables.areaTargets[a],
              area.resources(),
              results,
              tables.areaQuestions[a],
              respondents));
    }
    List<Findings.DimensionResult> dimensions = new ArrayList<>();
    // A questionnaire without areas has no dimensions to score (and no report mentions them).
    List<Dimension> all =
        questionnaire.areas().isEmpty() ? List.of() : questionnaire.framework().dimensions();
    for (int d = 0; d < all.size(); d++) {
      dimensions.add(
          new Findings.DimensionResult(
              all.get(d), results.weightedMean(tables, tables.dimensionQuestions[d])));
    }

    List<BigFraction> domainScores =
        domains.stream().map(ItemResult::score).filter(s -> s != null).toList();
    BigFraction overallScore =
        domainScores.isEmpty()
            ? null
            : domainScores.stream()
                .reduce(BigFraction.ZERO, BigFraction::add)
                .divide(domainScores.size());
    BigFraction overallCoverage = results.coverage(tables.allQuestions, respondents);
    boolean sufficient = isSufficient(overallScore, overallCoverage);
    Findings.Overall overall =
        new Findings.Overall(
            overallScore,
            sufficient ? level(overallScore) : null,
            sufficient ? Status.SCORED : Status.INSUFFICIENT_EVIDENCE,
            overallCoverage);

    Perspectives views = Perspectives.of(questionnaire, tables, perspectives, domains);
    List<NotScored> notScored = new ArrayList<>(tally.repeats());
    if (views.heldBack() != null) {
      notScored.add(views.heldBack());
    }
    List<String> warnings = new ArrayList<>(tally.warnings());
    notScored.forEach(n -> warnings.add(n.sentence()));
    return new Findings(
        questionnaire,
        tally.organisation(),
        tally.round(),
        new Findings.Period(tally.from(), tally.to()),
        new Findings.Team(respondents, tally.members(), tally.consensusSets()),
        respondents,
        overall,
        domains,
        dimensions,
        areas,
        questions,
        developmentNeeds(domains, areas),
        results.divergence(), // one respondent's spread is 0 unless the room voted
        views.shown(),
        views.blindSpots(),
        views.hiddenStrengths(),
        tally.contradictions(),
        tally.notes(),
        notScored,
        warnings);
  }

  // ---- questions ----

  /** An option's normalised score s on its scale, reversed for a reverse-worded question. */
  public static BigFraction normalised(Scale scale, Option option, boolean reverse) {
    return ScoringTables.normalised(scale, option, reverse).toFraction();
  }

  /**
   * A decimal from the questionnaire (a target, a level's minimum, the minimum coverage) as an
   * exact fraction.
   */
  public static BigFraction fraction(BigDecimal value) {
    return Exact.of(value).toFraction();
  }

  /**
   * The exact order of two scores, fractions or coverages: BigFraction.compareTo's, without its
   * BigInteger products.
   */
  public static int compare(BigFraction a, BigFraction b) {
    return Exact.compare(a, b);
  }

  // ---- domains and areas ----

  private ItemResult item(
      ItemResult.Kind kind,
      String id,
      String title,
      Dimension dimension,
      BigFraction target,
      List<String> resources,
      QuestionResults results,
      int[] mine,
      int respondents) {
    BigFraction score = results.weightedMean(tables, mine);
    BigFraction coverage = results.coverage(mine, respondents);
    int dontKnow = 0;
    List<String> questionIds = new ArrayList<>(mine.length);
    for (int i : mine) {
      QuestionResult q = results.questions().get(i);
      dontKnow += q.dontKnow();
      questionIds.add(q.question().id());
    }
    boolean sufficient = isSufficient(score, coverage);
    Status status = sufficient ? Status.SCORED : Status.INSUFFICIENT_EVIDENCE;
    BigFraction gap = sufficient ? max(BigFraction.ZERO, target.subtract(score)) : null;
    return new ItemResult(
        kind,
        id,
        title,
        dimension,
        score,
        sufficient ? level(score) : null,
        status,
        coverage,
        dontKnow,
        target,
        gap,
        List.copyOf(questionIds),
        resources);
  }

  /**
   * The one rule for thin evidence: a score, and coverage at or above the questionnaire's minimum.
   */
  private boolean isSufficient(BigFraction score, BigFraction coverage) {
    return score != null && compare(coverage, tables.minCoverage) >= 0;
  }

  /** The highest level whose min is at or below the (unrounded) score. */
  private Level level(BigFraction score) {
    if (score == null) {
      return null;
    }
    Level reached = null;
    List<Level> levels = questionnaire.levels();
    for (int i = 0; i < levels.size(); i++) {
      if (compare(tables.levelMins[i], score) <= 0) {
        reached = levels.get(i);
      }
    }
    return reached;
  }

  // ---- development needs ----

  private List<Findings.DevelopmentNeed> developmentNeeds(
      List<ItemResult> domains, List<ItemResult> areas) {
    Comparator<ItemResult> byIdThenDomainsFirst =
        Comparator.comparing(ItemResult::id).thenComparing(ItemResult::kind);
    List<ItemResult> all = new ArrayList<>(domains);
    all.addAll(areas);
    List<ItemResult> belowTarget =
        all.stream()
            .filter(i -> i.status() == Status.SCORED && i.gap().signum() > 0)
            .sorted(
                Comparator.comparing(ItemResult::gap, Scorer::compare)
                    .reversed()
                    .thenComparing(byIdThenDomainsFirst))
            .toList();
    List<ItemResult> unknown =
        all.stream()
            .filter(i -> i.status() == Status.INSUFFICIENT_EVIDENCE)
            .sorted(byIdThenDomainsFirst)
            .toList();
    Map<String, Resource> catalogue = questionnaire.resourcesById();
    List<Findings.DevelopmentNeed> needs = new ArrayList<>();
    for (ItemResult item : concat(belowTarget, unknown)) {
      needs.add(
          new Findings.DevelopmentNeed(
              needs.size() + 1,
              item,
              priority(item),
              item.resources().stream().map(catalogue::get).toList()));
    }
    return needs;
  }

  private static Priority priority(ItemResult item) {
    if (item.status() == Status.INSUFFICIENT_EVIDENCE) {
      return Priority.UNKNOWN;
    }
    if (compare(item.gap(), HIGH) >= 0) {
      return Priority.HIGH;
    }
    return compare(item.gap(), MEDIUM) >= 0 ? Priority.MEDIUM : Priority.LOW;
  }

  // ---- numbers ----

  private static BigFraction max(BigFraction a, BigFraction b) {
    return compare(a, b) >= 0 ? a : b;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
