package org.ccgdiag.report.group;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ccgdiag.questionnaire.Dimension;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.report.ComparisonView;
import org.ccgdiag.report.Numbers;
import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.ReportViews;
import org.ccgdiag.report.Sentences;
import org.ccgdiag.report.Words;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.Scorer;
import org.ccgdiag.scoring.Status;

/**
 * The summary of a batch as its readers see it (summary.md and summary.html): where the group of
 * organisations is weakest, which needs are most common, the statements most often answered "don't
 * know", then one row per organisation. Texts are plain, in the questionnaire's words; renderers
 * escape them. Domains are named by number and short title; the full titles are in the reports.
 */
public record ClusterSummaryView(
    ClusterSummary summary,
    String title,
    String facts,
    String intro,
    ReportView.Section weakest,
    List<ItemRow> domains,
    String areasHeading,
    List<ItemRow> areas,
    ReportView.Section needs,
    List<NeedRow> needRows,
    ReportView.Section dontKnow,
    List<String> dontKnowColumns,
    List<DontKnowRow> dontKnowRows,
    ReportView.Section organisations,
    String organisationColumn,
    List<String> domainColumns,
    List<OrganisationRow> organisationRows,
    List<Level> levels,
    Words words) {

  /**
   * How many "don't know" statements to list: enough to plan support around, few enough to read.
   */
  static final int DONT_KNOW_STATEMENTS = 10;

  /** A domain or area across the group, weakest first. */
  public record ItemRow(
      String title, String dimension, String mean, String target, int below, int unknown) {}

  /** A need and how many organisations have it at each priority. */
  public record NeedRow(String title, String kind, int high, int medium, int low, int unknown) {}

  public record DontKnowRow(String id, String text, int dontKnow, int organisations) {}

  /**
   * One organisation at its latest round: its name (with the round, where it has one), the base
   * name of its report files, answer sets, overall and domain scores as printed (and as numbers for
   * a chart, null where none), its top need and its change since the round before. A score on too
   * little evidence is printed as such ({@link #thin}), with its coverage, never as a plain score;
   * {@code thin} holds, per domain, that coverage as printed, or null where the evidence sufficed.
   */
  public record OrganisationRow(
      String name,
      String report,
      int respondents,
      String overall,
      List<String> domains,
      List<BigDecimal> scores,
      String topNeed,
      String change,
      List<String> thin) {
    public OrganisationRow {
      thin = java.util.Collections.unmodifiableList(new ArrayList<>(thin));
    }
  }

  /**
   * A score with too little evidence behind it, as tables print it: its coverage, not its number.
   */
  static String thin(BigDecimal coverage) {
    return "too few answers (" + Numbers.percent(coverage) + ")";
  }

  public static ClusterSummaryView of(ClusterSummary summary) {
    Questionnaire q = summary.questionnaire();
    Words words = Words.of(q.terms());
    String organisations = words.organisation().many();
    int scored = summary.files() - summary.failedFiles();
    List<ClusterSummary.OrganisationRow> latest = summary.latest();
    int rounds = summary.organisations().size();
    String facts =
        Numbers.count(latest.size(), words.organisation().one(), organisations)
            + (rounds == latest.size()
                ? ""
                : " (" + Numbers.count(rounds, "round", "rounds") + " in all)")
            + " scored from "
            + Numbers.count(scored, "answer file", "answer files")
            + (summary.failedFiles() == 0
                ? ""
                : "; "
                    + Numbers.count(summary.failedFiles(), "file", "files")
                    + " could not be read and "
                    + (summary.failedFiles() == 1 ? "was" : "were")
                    + " left out")
            + ". "
            + q.title()
            + ", "
            + q.id()
            + " "
            + q.version()
            + "."
            + (summary.run() == null
                ? ""
                : " Run "
                    + summary.run().id()
                    + ": this summary and the reports written with it carry this run;"
                    + " a report beside it that carries another run was not written with it, and its figures are not"
                    + " the ones summarised here.");
    String intro =
        "Scores are out of 100. Each "
            + words.organisation().one()
            + " counts once, at its latest round"
            + (rounds == latest.size()
                ? ""
                : " (its change since the round before is shown beside it)")
            + ". A score for the "
            + words.group().one()
            + " is the mean of the scores of the "
            + organisations
            + " with enough evidence for one; \"below target\" counts "
            + organisations
            + " whose own score is below the target. A score marked \"too few answers\", with the share of the answers"
            + " that could have been given, rests on too little evidence to rely on: it is counted under \"not enough"
            + " evidence\" and left out of the means.";
    List<Domain> domains = q.domains();
    List<String> domainNames = new ArrayList<>();
    for (int i = 0; i < domains.size(); i++) {
      domainNames.add(
          words.numbered()
              ? (i + 1) + " " + domains.get(i).shortTitle()
              : domains.get(i).shortTitle());
    }
    List<NeedRow> needRows = needRows(summary, words);
    List<ClusterSummary.QuestionSummary> dontKnow = summary.mostOftenDontKnow(DONT_KNOW_STATEMENTS);
    return new ClusterSummaryView(
        summary,
        Words.capital(words.group().one()) + " summary: " + q.title(),
        facts,
        intro,
        new ReportView.Section("Where the " + words.group().one() + " is weakest", ""),
        items(summary.domains(), domainNames, false),
        Sentences.frameworkHeading(q),
        items(summary.areas(), null, true),
        new ReportView.Section(
            "Development needs across the " + words.group().one(),
            needRows.isEmpty()
                ? "No " + words.organisation().one() + " has a development need."
                : "How many "
                    + organisations
                    + " have each need, by priority (high: "
                    + ReportViews.threshold(Scorer.HIGH)
                    + " or more points below target; medium: "
                    + ReportViews.threshold(Scorer.MEDIUM)
                    + " or more; low: less)."),
        needRows,
        new ReportView.Section(
            Words.capital(words.statements()) + " most often answered \"don't know\"",
            dontKnow.isEmpty()
                ? "No " + words.statement().one() + " was answered \"don't know\"."
                : !q.areas().isEmpty() && q.framework().dimensions().equals(Dimension.DEFAULTS)
                    ? "Where teams lack the knowledge to answer: a development need in itself."
                    : "Where teams do not know the answer: a development need in itself."),
        List.of(
            "Id",
            Words.capital(words.statement().one()),
            "\"Don't know\" answers",
            Words.capital(organisations)),
        dontKnow.stream()
            .map(
                s ->
                    new DontKnowRow(
                        s.question().id(), s.question().text(), s.dontKnow(), s.organisations()))
            .toList(),
        new ReportView.Section(
            Words.capital(organisations),
            latest.isEmpty()
                ? "No " + words.organisation().one() + " was scored."
                : words.numbered()
                    ? words.domain().capitalMany()
                        + " by number: "
                        + String.join("; ", domainNames)
                        + "."
                    : ""),
        Words.capital(words.organisation().one()),
        domainNames,
        latest.stream().map(ClusterSummaryView::organisation).toList(),
        q.levels(),
        words);
  }

  private static List<ItemRow> items(
      List<ClusterSummary.ItemSummary> items, List<String> names, boolean areas) {
    List<ItemRow> rows = new ArrayList<>();
    items.stream()
        .sorted(ClusterSummary.WEAKEST_FIRST)
        .forEach(
            item ->
                rows.add(
                    new ItemRow(
                        areas ? item.title() : names.get(items.indexOf(item)),
                        areas ? item.dimension().title() : null,
                        number(item.meanScore()),
                        number(item.target()),
                        item.belowTarget(),
                        item.unknown())));
    return rows;
  }

  private static List<NeedRow> needRows(ClusterSummary summary, Words words) {
    List<Domain> domains = summary.questionnaire().domains();
    List<ClusterSummary.ItemSummary> all = new ArrayList<>(summary.domains());
    all.addAll(summary.areas());
    return all.stream()
        .filter(item -> item.belowTarget() + item.unknown() > 0)
        .sorted(
            Comparator.comparingInt(ClusterSummary.ItemSummary::high)
                .reversed()
                .thenComparing(
                    Comparator.comparingInt(ClusterSummary.ItemSummary::medium).reversed())
                .thenComparing(Comparator.comparingInt(ClusterSummary.ItemSummary::low).reversed())
                .thenComparing(ClusterSummary.ItemSummary::id)
                .thenComparing(ClusterSummary.ItemSummary::kind))
        .map(
            item ->
                new NeedRow(
                    item.kind() == ItemResult.Kind.DOMAIN
                        ? words.domainName(
                            summary.domains().indexOf(item) + 1,
                            domains.get(summary.domains().indexOf(item)).shortTitle())
                        : item.title() + " (" + item.dimension().id() + ")",
                    (item.kind() == ItemResult.Kind.DOMAIN ? words.domain() : words.area()).one(),
                    item.high(),
                    item.medium(),
                    item.low(),
                    item.unknown()))
        .toList();
  }

  private static OrganisationRow organisation(ClusterSummary.OrganisationRow row) {
    List<String> domains = new ArrayList<>();
    List<String> thin = new ArrayList<>();
    for (int i = 0; i < row.domains().size(); i++) {
      boolean sufficient = row.domainStatus().get(i) == Status.SCORED;
      BigDecimal coverage = row.domainCoverage().get(i);
      domains.add(sufficient ? number(row.domains().get(i)) : thin(coverage));
      thin.add(sufficient ? null : Numbers.percent(coverage));
    }
    String name = row.organisation() == null ? ReportView.NONE : row.organisation();
    return new OrganisationRow(
        row.round() == null ? name : name + ", round " + row.round(),
        row.report(),
        row.respondents(),
        row.isScored() ? number(row.overall()) : thin(row.coverage()),
        domains,
        row.domains(),
        row.topNeedTitle() == null ? ReportView.NONE : row.topNeedTitle(),
        change(row),
        thin);
  }

  /**
   * "+11.8 since round 2012-03", "not comparable (too little evidence) since ...", or a dash
   * without a baseline.
   */
  public static String change(ClusterSummary.OrganisationRow row) {
    ClusterSummary.Change change = row.change();
    if (change == null) {
      return ReportView.NONE;
    }
    return (change.overallComparable()
            ? ComparisonView.change(change.overall())
            : ComparisonView.NOT_COMPARABLE)
        + " since "
        + change.since();
  }

  private static String number(BigDecimal value) {
    return value == null ? ReportView.NONE : value.toPlainString();
  }
}
