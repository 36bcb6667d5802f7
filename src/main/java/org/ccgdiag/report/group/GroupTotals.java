package org.ccgdiag.report.group;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.questionnaire.Area;
import org.ccgdiag.questionnaire.Dimension;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.report.group.ClusterSummary.ItemSummary;
import org.ccgdiag.report.group.ClusterSummary.QuestionSummary;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.Priority;
import org.ccgdiag.scoring.QuestionResult;
import org.ccgdiag.scoring.Rounding;
import org.ccgdiag.scoring.Status;

/**
 * What a summary says of the group as a whole, added up over each organisation's latest report:
 * each domain's and area's mean score and needs by priority, and each question's "don't know"
 * answers. Sums of counts and of exact decimals, so the order reports are added in changes nothing.
 */
final class GroupTotals {
  private final Questionnaire questionnaire;
  private final Map<ItemResult.Kind, Map<String, ItemTotals>> items = new HashMap<>();
  private final int[] dontKnow;
  private final int[] dontKnowOrganisations;

  /** What one report adds to the group's totals, kept until the latest rounds are known. */
  record Contribution(
      List<ItemResult> items, List<Findings.DevelopmentNeed> needs, int[] dontKnow) {
    static Contribution of(Findings report) {
      List<QuestionResult> questions = report.questions();
      int[] dontKnow = new int[questions.size()];
      for (int i = 0; i < questions.size(); i++) {
        dontKnow[i] = questions.get(i).dontKnow();
      }
      List<ItemResult> items = new ArrayList<>(report.domains());
      items.addAll(report.areas());
      return new Contribution(items, report.developmentNeeds(), dontKnow);
    }
  }

  GroupTotals(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    questionnaire
        .domains()
        .forEach(d -> totalsOf(ItemResult.Kind.DOMAIN).put(d.id(), new ItemTotals()));
    questionnaire
        .areas()
        .forEach(a -> totalsOf(ItemResult.Kind.AREA).put(a.id(), new ItemTotals()));
    this.dontKnow = new int[questionnaire.questions().size()];
    this.dontKnowOrganisations = new int[dontKnow.length];
  }

  /** Adds an organisation's latest report. */
  void add(Contribution c) {
    for (ItemResult item : c.items()) {
      totalsOf(item.kind()).get(item.id()).add(item);
    }
    for (Findings.DevelopmentNeed need : c.needs()) {
      totalsOf(need.item().kind()).get(need.item().id()).addNeed(need);
    }
    for (int q = 0; q < dontKnow.length; q++) {
      dontKnow[q] += c.dontKnow()[q];
      dontKnowOrganisations[q] += c.dontKnow()[q] > 0 ? 1 : 0;
    }
  }

  /** In questionnaire order. */
  List<ItemSummary> domains() {
    List<ItemSummary> domains = new ArrayList<>();
    for (Domain d : questionnaire.domains()) {
      domains.add(
          totalsOf(ItemResult.Kind.DOMAIN)
              .get(d.id())
              .summary(ItemResult.Kind.DOMAIN, d.id(), d.title(), null, d.target()));
    }
    return domains;
  }

  /** In questionnaire order. */
  List<ItemSummary> areas() {
    List<ItemSummary> areas = new ArrayList<>();
    for (Area a : questionnaire.areas()) {
      areas.add(
          totalsOf(ItemResult.Kind.AREA)
              .get(a.id())
              .summary(ItemResult.Kind.AREA, a.id(), a.title(), a.dimension(), a.target()));
    }
    return areas;
  }

  /** Every question, in questionnaire order. */
  List<QuestionSummary> questions() {
    List<QuestionSummary> questions = new ArrayList<>();
    for (int i = 0; i < dontKnow.length; i++) {
      questions.add(
          new QuestionSummary(
              questionnaire.questions().get(i), dontKnow[i], dontKnowOrganisations[i]));
    }
    return questions;
  }

  private Map<String, ItemTotals> totalsOf(ItemResult.Kind kind) {
    return items.computeIfAbsent(kind, k -> new HashMap<>());
  }

  /** Running totals for one domain or area. */
  private static final class ItemTotals {
    private BigDecimal sum = BigDecimal.ZERO;
    private int scored;
    private final int[] byPriority = new int[Priority.values().length];

    /** An item with too little evidence counts as such (by its need), never in the mean. */
    void add(ItemResult item) {
      if (item.status() == Status.SCORED) {
        sum = sum.add(Rounding.score(item.score()));
        scored++;
      }
    }

    void addNeed(Findings.DevelopmentNeed need) {
      byPriority[need.priority().ordinal()]++;
    }

    ItemSummary summary(
        ItemResult.Kind kind, String id, String title, Dimension dimension, BigFraction target) {
      BigDecimal mean =
          scored == 0 ? null : sum.divide(BigDecimal.valueOf(scored), 1, RoundingMode.HALF_UP);
      return new ItemSummary(
          kind,
          id,
          title,
          dimension,
          Rounding.score(target),
          mean,
          scored,
          count(Priority.HIGH),
          count(Priority.MEDIUM),
          count(Priority.LOW),
          count(Priority.UNKNOWN));
    }

    private int count(Priority priority) {
      return byPriority[priority.ordinal()];
    }
  }
}
