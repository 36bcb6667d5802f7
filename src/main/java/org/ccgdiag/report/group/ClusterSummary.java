package org.ccgdiag.report.group;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.questionnaire.Dimension;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.report.ReportViews;
import org.ccgdiag.report.Run;
import org.ccgdiag.report.compare.Comparison;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.QuestionResult;
import org.ccgdiag.scoring.Rounding;
import org.ccgdiag.scoring.Status;

/**
 * The cluster's view of a batch: one row per organisation (the summary files), and where the
 * cluster as a whole is weakest, so PCT cluster staff can target development support. Scores are as
 * printed (one decimal); a cluster mean is the mean of the organisations' printed scores, so it
 * agrees with the table beside it and does not depend on the order organisations were added.
 *
 * @param files answer files in the batch; {@code failedFiles} of them were skipped
 * @param organisations in name order
 * @param domains and {@code areas} in questionnaire order
 * @param questions every question, in questionnaire order
 * @param run the {@code score -o} run writing the summary with its reports (null until the output
 *     folder names it, {@link #of(Run)})
 */
public record ClusterSummary(
    Questionnaire questionnaire,
    int files,
    int failedFiles,
    List<OrganisationRow> organisations,
    List<ItemSummary> domains,
    List<ItemSummary> areas,
    List<QuestionSummary> questions,
    Run run) {

  /** Weakest first: lowest mean score, items nobody could score last, then by id. */
  public static final Comparator<ItemSummary> WEAKEST_FIRST =
      Comparator.comparing(ItemSummary::meanScore, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ItemSummary::id);

  /**
   * Most "don't know" answers first, then the most organisations, then questionnaire order (a
   * stable sort).
   */
  private static final Comparator<QuestionSummary> MOST_DONT_KNOW =
      Comparator.comparingInt(QuestionSummary::dontKnow)
          .reversed()
          .thenComparing(Comparator.comparingInt(QuestionSummary::organisations).reversed());

  public ClusterSummary {
    organisations = List.copyOf(organisations);
    domains = List.copyOf(domains);
    areas = List.copyOf(areas);
    questions = List.copyOf(questions);
  }

  /**
   * One organisation's row of summary.json and summary.csv: one per group of the batch, so an
   * organisation assessed in several rounds has a row for each.
   *
   * @param report the base name of its report files (its slug)
   * @param respondents leadership ({@code self}) respondents scored
   * @param domains rounded scores in questionnaire order, null where there is none
   * @param topNeed the id of its rank-1 development need, null when it has none
   * @param topNeedTitle that need as a person reads it ("Domain 4: Proper constitutional and
   *     governance arrangements", "Finance (knowledge)"), null when it has none
   * @param round the assessment round of its answers, null when they name none
   * @param coverage the overall coverage, rounded to three decimals
   * @param dontKnow the "don't know" answers of its leadership respondents, over all questions
   * @param areas rounded area scores in questionnaire order, null where there is none
   * @param status the overall's status: too little evidence makes the overall a first look
   * @param domainStatus and {@code domainCoverage} (rounded to three decimals): each domain's, in
   *     questionnaire order
   * @param areaStatus each area's status, in questionnaire order (summary.xlsx greys thin ones)
   * @param latest whether this is the organisation's latest round in the batch: what the summary
   *     says about the group as a whole counts only these rows
   */
  public record OrganisationRow(
      String organisation,
      String report,
      int respondents,
      BigDecimal overall,
      List<BigDecimal> domains,
      String topNeed,
      String topNeedTitle,
      String round,
      BigDecimal coverage,
      int dontKnow,
      List<BigDecimal> areas,
      Change change,
      Status status,
      List<Status> domainStatus,
      List<BigDecimal> domainCoverage,
      List<Status> areaStatus,
      boolean latest) {
    public OrganisationRow {
      domains = Collections.unmodifiableList(new ArrayList<>(domains));
      areas = Collections.unmodifiableList(new ArrayList<>(areas));
      domainStatus = List.copyOf(domainStatus);
      domainCoverage = List.copyOf(domainCoverage);
      areaStatus = List.copyOf(areaStatus);
    }

    public boolean isScored() {
      return status == Status.SCORED;
    }

    OrganisationRow asLatest(boolean isLatest) {
      return new OrganisationRow(
          organisation,
          report,
          respondents,
          overall,
          domains,
          topNeed,
          topNeedTitle,
          round,
          coverage,
          dontKnow,
          areas,
          change,
          status,
          domainStatus,
          domainCoverage,
          areaStatus,
          isLatest);
    }
  }

  /**
   * An organisation's change since its baseline (the round before, or score --baseline): what it is
   * measured from ("round 2012-01"), and the change of the overall score and of each domain (in
   * questionnaire order, null where either score is missing or either had too little evidence;
   * {@code overallComparable} false for the latter).
   */
  public record Change(
      String since, BigDecimal overall, boolean overallComparable, List<BigDecimal> domains) {
    public Change {
      domains = Collections.unmodifiableList(new ArrayList<>(domains));
    }

    static Change of(Comparison comparison) {
      if (comparison == null) {
        return null;
      }
      Map<String, BigDecimal> byDomain = new HashMap<>();
      comparison.domains().forEach(d -> byDomain.put(d.id(), d.score().change()));
      return new Change(
          comparison.before().name(),
          comparison.overall().change(),
          comparison.overall().comparable(),
          comparison.after().domains().stream().map(d -> byDomain.get(d.id())).toList());
    }
  }

  /**
   * A domain or area (with its dimension; null for a domain) across the group, each organisation at
   * its latest round: its target (one decimal), the mean of the scores of the organisations with
   * enough evidence for it ({@code scored} of them; null when none has), and how many organisations
   * have it as a development need at each priority ({@code unknown}: not enough evidence to say).
   */
  public record ItemSummary(
      ItemResult.Kind kind,
      String id,
      String title,
      Dimension dimension,
      BigDecimal target,
      BigDecimal meanScore,
      int scored,
      int high,
      int medium,
      int low,
      int unknown) {

    /** Organisations scored below target. */
    public int belowTarget() {
      return high + medium + low;
    }
  }

  /**
   * A question across the cluster: "don't know" answers from leadership respondents, and in how
   * many organisations.
   */
  public record QuestionSummary(Question question, int dontKnow, int organisations) {}

  /** This summary as written by {@code run}: every report of that run carries it too. */
  public ClusterSummary of(Run run) {
    return new ClusterSummary(
        questionnaire, files, failedFiles, organisations, domains, areas, questions, run);
  }

  /** Answer sets scored, over every round. */
  public int respondents() {
    return organisations.stream().mapToInt(OrganisationRow::respondents).sum();
  }

  /**
   * Each organisation once, at its latest round: what the summary says of the group counts these.
   */
  public List<OrganisationRow> latest() {
    return organisations.stream().filter(OrganisationRow::latest).toList();
  }

  /** The questions answered "don't know" at least once, most often first, at most {@code limit}. */
  public List<QuestionSummary> mostOftenDontKnow(int limit) {
    return questions.stream()
        .filter(q -> q.dontKnow() > 0)
        .sorted(MOST_DONT_KNOW)
        .limit(limit)
        .toList();
  }

  public static Builder builder(Questionnaire questionnaire, int organisations) {
    return new Builder(questionnaire, organisations);
  }

  /**
   * Collects organisations' reports, from several threads and in any order: rows go to their index
   * (name order, then round order), and what is said of the group as a whole is added up at the end
   * ({@code GroupTotals}) from each organisation's latest row.
   */
  public static final class Builder {
    private final Questionnaire questionnaire;
    private final OrganisationRow[] rows;
    private final GroupTotals.Contribution[] contributions;

    private Builder(Questionnaire questionnaire, int organisations) {
      this.questionnaire = questionnaire;
      this.rows = new OrganisationRow[organisations];
      this.contributions = new GroupTotals.Contribution[organisations];
    }

    /**
     * Adds the report of the organisation at {@code index} in name order; {@code report} names its
     * report files.
     */
    public synchronized void add(int index, String reportName, Findings report) {
      add(index, reportName, report, null);
    }

    /**
     * As {@link #add(int, String, Findings)}, with the organisation's progress since its baseline
     * (or null).
     */
    public synchronized void add(
        int index, String reportName, Findings report, Comparison progress) {
      if (rows[index] != null) {
        throw new IllegalStateException("organisation " + index + " added twice");
      }
      ItemResult top =
          report.developmentNeeds().isEmpty() ? null : report.developmentNeeds().get(0).item();
      rows[index] =
          new OrganisationRow(
              report.organisation(),
              reportName,
              report.respondents(),
              Rounding.score(report.overall().score()),
              scores(report.domains()),
              top == null ? null : top.id(),
              top == null ? null : ReportViews.needTitle(questionnaire, top),
              report.round(),
              Rounding.coverage(report.overall().coverage()),
              report.questions().stream().mapToInt(QuestionResult::dontKnow).sum(),
              scores(report.areas()),
              Change.of(progress),
              report.overall().status(),
              report.domains().stream().map(ItemResult::status).toList(),
              report.domains().stream().map(d -> Rounding.coverage(d.coverage())).toList(),
              report.areas().stream().map(ItemResult::status).toList(),
              false);
      contributions[index] = GroupTotals.Contribution.of(report);
    }

    /** Rounded scores (null where there is none) of items in questionnaire order. */
    private static List<BigDecimal> scores(List<ItemResult> items) {
      return items.stream().map(item -> Rounding.score(item.score())).toList();
    }

    /** The summary; every organisation must have been added. */
    public synchronized ClusterSummary build(int files, int failedFiles) {
      if (Arrays.stream(rows).anyMatch(Objects::isNull)) {
        throw new IllegalStateException("not every organisation was added");
      }
      // Rows are in name order, then round order: an organisation's last row is its latest round.
      Map<String, Integer> latest = new HashMap<>();
      for (int i = 0; i < rows.length; i++) {
        latest.put(Answers.organisationKey(rows[i].organisation()), i);
      }
      GroupTotals totals = new GroupTotals(questionnaire);
      List<OrganisationRow> all = new ArrayList<>(rows.length);
      for (int i = 0; i < rows.length; i++) {
        boolean isLatest = latest.get(Answers.organisationKey(rows[i].organisation())) == i;
        all.add(rows[i].asLatest(isLatest));
        if (isLatest) {
          totals.add(contributions[i]);
        }
      }
      return new ClusterSummary(
          questionnaire,
          files,
          failedFiles,
          all,
          totals.domains(),
          totals.areas(),
          totals.questions(),
          null);
    }
  }
}
