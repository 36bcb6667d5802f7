package org.ccgdiag.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.questionnaire.Area;
import org.ccgdiag.questionnaire.Dimension;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Resource;
import org.ccgdiag.questionnaire.Scale;

/**
 * Scores a tally exactly as brief section 4 says, in exact fractions. No I/O; the same tally always
 * gives the same report.
 */
public final class Scorer {
  /** Stakeholder groups smaller than this are pooled, so no one can be singled out. */
  static final int MIN_GROUP = 3;

  static final String OTHER_STAKEHOLDERS = "other-stakeholders";

  private static final BigFraction HUNDRED = BigFraction.of(100);
  /** The thresholds of brief sections 4 and 5; reports quote these, never retyped numbers. */
  public static final BigFraction DIVERGENCE = BigFraction.of(50);

  public static final BigFraction PERCEPTION_GAP = BigFraction.of(15);
  public static final BigFraction HIGH = BigFraction.of(20);
  public static final BigFraction MEDIUM = BigFraction.of(10);
  public static final int ANONYMITY = MIN_GROUP;

  private final Questionnaire questionnaire;

  private Scorer(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  public static Report score(Tally tally) {
    return new Scorer(tally.questionnaire()).report(tally);
  }

  private Report report(Tally tally) {
    Map<String, Counts> perspectives = tally.perspectives();
    Counts self = perspectives.getOrDefault(Respondent.SELF, new Counts(questionnaire));
    List<QuestionResult> questions = questionResults(self, tally);
    int respondents = self.respondents();

    List<ItemResult> domains = new ArrayList<>();
    for (Domain domain : questionnaire.domains()) {
      domains.add(item(ItemResult.Kind.DOMAIN, domain.id(), domain.title(), null, domain.target(), domain.resources(),
          questions, q -> q.domain().equals(domain.id()), respondents));
    }
    List<ItemResult> areas = new ArrayList<>();
    for (Area area : questionnaire.areas()) {
      areas.add(item(ItemResult.Kind.AREA, area.id(), area.title(), area.dimension(), area.target(), area.resources(),
          questions, q -> q.areas().contains(area.id()), respondents));
    }
    List<Report.DimensionResult> dimensions = new ArrayList<>();
    Map<String, Area> areasById = questionnaire.areasById();
    for (Dimension dimension : Dimension.values()) {
      Predicate<Question> inDimension =
          q -> q.areas().stream().anyMatch(a -> areasById.get(a).dimension() == dimension);
      dimensions.add(new Report.DimensionResult(dimension, weightedMean(select(questions, inDimension))));
    }

    List<BigFraction> domainScores = domains.stream().map(ItemResult::score).filter(s -> s != null).toList();
    BigFraction overallScore =
        domainScores.isEmpty()
            ? null
            : domainScores.stream().reduce(BigFraction.ZERO, BigFraction::add).divide(domainScores.size());
    Report.Overall overall =
        new Report.Overall(overallScore, level(overallScore), coverage(questions, respondents));

    Perspectives views = perspectives(perspectives, domains);
    return new Report(
        questionnaire,
        tally.organisation(),
        tally.round(),
        new Report.Period(tally.from(), tally.to()),
        new Report.Team(respondents, tally.members(), tally.consensusSets()),
        respondents,
        overall,
        domains,
        dimensions,
        areas,
        questions,
        developmentNeeds(domains, areas),
        respondents >= 2 ? divergence(questions) : List.of(),
        views.shown(),
        views.blindSpots(),
        views.hiddenStrengths(),
        tally.contradictions(),
        tally.notes(),
        tally.warnings());
  }

  // ---- questions ----

  /** An option's normalised score s on its scale, reversed for a reverse-worded question. */
  static BigFraction normalised(Scale scale, Option option, boolean reverse) {
    BigFraction lo = fraction(scale.lowest());
    BigFraction s = HUNDRED.multiply(fraction(option.score()).subtract(lo)).divide(fraction(scale.highest()).subtract(lo));
    return reverse ? HUNDRED.subtract(s) : s;
  }

  /** The questions' results; {@code roles} (null for stakeholders, who are never broken down) gives the team's roles. */
  private List<QuestionResult> questionResults(Counts counts, Tally roles) {
    List<Question> all = questionnaire.questions();
    return IntStream.range(0, all.size()).mapToObj(i -> questionResult(all.get(i), i, counts, roles)).toList();
  }

  private QuestionResult questionResult(Question question, int index, Counts counts, Tally roles) {
    Scale scale = questionnaire.scaleOf(question);
    BigFraction lo = fraction(scale.lowest());
    BigFraction range = fraction(scale.highest()).subtract(lo);
    BigFraction sum = BigFraction.ZERO;
    BigFraction min = null;
    BigFraction max = null;
    int scored = 0;
    int dontKnow = 0;
    int notApplicable = 0;
    List<Option> options = scale.options();
    List<QuestionResult.Choice> choices = new ArrayList<>(options.size());
    for (int j = 0; j < options.size(); j++) {
      int chosen = counts.chosen(index, j);
      Option option = options.get(j);
      choices.add(new QuestionResult.Choice(
          option, option.kind() == Option.Kind.SCORED ? normalised(scale, option, question.reverse()) : null, chosen,
          roles == null || chosen == 0 ? Map.of() : roles.roles(index, j)));
      switch (option.kind()) {
        case DONT_KNOW -> dontKnow += chosen;
        case NOT_APPLICABLE -> notApplicable += chosen;
        case SCORED -> {
          if (chosen > 0) {
            BigFraction s = HUNDRED.multiply(fraction(option.score()).subtract(lo)).divide(range);
            if (question.reverse()) {
              s = HUNDRED.subtract(s);
            }
            sum = sum.add(s.multiply(chosen));
            scored += chosen;
            min = min == null || s.compareTo(min) < 0 ? s : min;
            max = max == null || s.compareTo(max) > 0 ? s : max;
          }
        }
      }
    }
    int unanswered = counts.respondents() - scored - dontKnow - notApplicable;
    BigFraction score = scored == 0 ? null : sum.divide(scored);
    return new QuestionResult(question, score, min, max, scored, dontKnow, notApplicable, unanswered, choices);
  }

  // ---- domains and areas ----

  private ItemResult item(
      ItemResult.Kind kind,
      String id,
      String title,
      Dimension dimension,
      BigDecimal targetValue,
      List<String> resources,
      List<QuestionResult> questions,
      Predicate<Question> belongs,
      int respondents) {
    List<QuestionResult> mine = select(questions, belongs);
    BigFraction score = weightedMean(mine);
    BigFraction coverage = coverage(mine, respondents);
    int dontKnow = mine.stream().mapToInt(QuestionResult::dontKnow).sum();
    BigFraction target = fraction(targetValue);
    boolean sufficient = score != null && coverage.compareTo(fraction(questionnaire.minCoverage())) >= 0;
    Status status = sufficient ? Status.SCORED : Status.INSUFFICIENT_EVIDENCE;
    BigFraction gap = sufficient ? max(BigFraction.ZERO, target.subtract(score)) : null;
    List<String> questionIds = mine.stream().map(q -> q.question().id()).toList();
    return new ItemResult(
        kind, id, title, dimension, score, sufficient ? level(score) : null, status, coverage, dontKnow, target, gap,
        questionIds, resources);
  }

  private static List<QuestionResult> select(List<QuestionResult> questions, Predicate<Question> belongs) {
    return questions.stream().filter(q -> belongs.test(q.question())).toList();
  }

  /** sum(weight * q) / sum(weight) over the questions that have a score; null when none has. */
  private static BigFraction weightedMean(List<QuestionResult> questions) {
    BigFraction weighted = BigFraction.ZERO;
    BigFraction weights = BigFraction.ZERO;
    for (QuestionResult q : questions) {
      if (q.score() != null) {
        BigFraction weight = fraction(q.question().weight());
        weighted = weighted.add(weight.multiply(q.score()));
        weights = weights.add(weight);
      }
    }
    return weights.isZero() ? null : weighted.divide(weights);
  }

  /**
   * Scored answers / (respondents x questions - not-applicable answers). When nothing could be
   * answered (no respondents, or every answer not applicable) there is no evidence: coverage 0.
   */
  private static BigFraction coverage(List<QuestionResult> questions, int respondents) {
    long scored = questions.stream().mapToLong(QuestionResult::scored).sum();
    long notApplicable = questions.stream().mapToLong(QuestionResult::notApplicable).sum();
    long answerable = (long) respondents * questions.size() - notApplicable;
    return answerable <= 0 ? BigFraction.ZERO : BigFraction.of(scored, answerable);
  }

  /** The highest level whose min is at or below the (unrounded) score. */
  private Level level(BigFraction score) {
    if (score == null) {
      return null;
    }
    Level reached = null;
    for (Level level : questionnaire.levels()) {
      if (fraction(level.min()).compareTo(score) <= 0) {
        reached = level;
      }
    }
    return reached;
  }

  // ---- development needs and divergence ----

  private List<Report.DevelopmentNeed> developmentNeeds(List<ItemResult> domains, List<ItemResult> areas) {
    Comparator<ItemResult> byIdThenDomainsFirst =
        Comparator.comparing(ItemResult::id).thenComparing(ItemResult::kind);
    List<ItemResult> all = new ArrayList<>(domains);
    all.addAll(areas);
    List<ItemResult> belowTarget =
        all.stream()
            .filter(i -> i.status() == Status.SCORED && i.gap().signum() > 0)
            .sorted(Comparator.comparing(ItemResult::gap).reversed().thenComparing(byIdThenDomainsFirst))
            .toList();
    List<ItemResult> unknown =
        all.stream().filter(i -> i.status() == Status.INSUFFICIENT_EVIDENCE).sorted(byIdThenDomainsFirst).toList();
    Map<String, Resource> catalogue = questionnaire.resourcesById();
    List<Report.DevelopmentNeed> needs = new ArrayList<>();
    for (ItemResult item : concat(belowTarget, unknown)) {
      needs.add(new Report.DevelopmentNeed(
          needs.size() + 1, item, priority(item), item.resources().stream().map(catalogue::get).toList()));
    }
    return needs;
  }

  private static Priority priority(ItemResult item) {
    if (item.status() == Status.INSUFFICIENT_EVIDENCE) {
      return Priority.UNKNOWN;
    }
    if (item.gap().compareTo(HIGH) >= 0) {
      return Priority.HIGH;
    }
    return item.gap().compareTo(MEDIUM) >= 0 ? Priority.MEDIUM : Priority.LOW;
  }

  private static List<Report.Divergence> divergence(List<QuestionResult> questions) {
    return questions.stream()
        .filter(q -> q.score() != null && q.spread().compareTo(DIVERGENCE) >= 0)
        .sorted(Comparator.comparing(QuestionResult::spread).reversed().thenComparing(q -> q.question().id()))
        .map(q -> new Report.Divergence(q.question().id(), q.spread(), q.min(), q.max()))
        .toList();
  }

  // ---- 360-degree views ----

  private record Perspectives(
      List<Report.PerspectiveResult> shown, List<Report.Difference> blindSpots, List<Report.Difference> hiddenStrengths) {}

  private Perspectives perspectives(Map<String, Counts> all, List<ItemResult> selfDomains) {
    List<Report.PerspectiveResult> shown = new ArrayList<>();
    Counts pooledSmall = new Counts(questionnaire);
    Counts stakeholders = new Counts(questionnaire);
    List<String> ids = all.keySet().stream().filter(p -> !p.equals(Respondent.SELF)).sorted().toList();
    for (String id : ids) {
      Counts group = all.get(id);
      // A group that calls itself other-stakeholders joins the pool rather than being shown twice.
      if (group.respondents() >= MIN_GROUP && !id.equals(OTHER_STAKEHOLDERS)) {
        shown.add(perspective(id, group));
        stakeholders.addAll(group);
      } else {
        pooledSmall.addAll(group);
      }
    }
    if (pooledSmall.respondents() >= MIN_GROUP) {
      shown.add(perspective(OTHER_STAKEHOLDERS, pooledSmall));
      stakeholders.addAll(pooledSmall);
    }
    List<Report.Difference> blindSpots = new ArrayList<>();
    List<Report.Difference> hiddenStrengths = new ArrayList<>();
    if (stakeholders.respondents() > 0) {
      List<Report.DomainScore> theirs = domainScores(stakeholders);
      for (int i = 0; i < selfDomains.size(); i++) {
        BigFraction own = selfDomains.get(i).score();
        BigFraction other = theirs.get(i).score();
        if (own == null || other == null) {
          continue;
        }
        BigFraction difference = own.subtract(other);
        Report.Difference d = new Report.Difference(selfDomains.get(i).id(), own, other, difference);
        if (difference.compareTo(PERCEPTION_GAP) >= 0) {
          blindSpots.add(d);
        } else if (difference.negate().compareTo(PERCEPTION_GAP) >= 0) {
          hiddenStrengths.add(d);
        }
      }
    }
    return new Perspectives(shown, blindSpots, hiddenStrengths);
  }

  private Report.PerspectiveResult perspective(String id, Counts group) {
    return new Report.PerspectiveResult(id, group.respondents(), domainScores(group));
  }

  private List<Report.DomainScore> domainScores(Counts group) {
    List<QuestionResult> results = questionResults(group, null);
    return questionnaire.domains().stream()
        .map(d -> new Report.DomainScore(d.id(), weightedMean(select(results, q -> q.domain().equals(d.id())))))
        .toList();
  }

  // ---- numbers ----

  static BigFraction fraction(BigDecimal value) {
    return value.signum() == 0
        ? BigFraction.ZERO
        : value.scale() > 0
            ? BigFraction.of(value.unscaledValue(), java.math.BigInteger.TEN.pow(value.scale()))
            : BigFraction.of(value.toBigIntegerExact());
  }

  private static BigFraction max(BigFraction a, BigFraction b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

}
