package org.ccgdiag.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.questionnaire.Dimension;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Resource;
import org.ccgdiag.report.compare.Comparison;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.QuestionResult;
import org.ccgdiag.scoring.Scorer;
import org.ccgdiag.scoring.Status;

/**
 * Works out a {@link ReportView} from a scored report: what each section shows, in the
 * questionnaire's words.
 */
public final class ReportViews {
  /** How many statements the lowest-rated, disagreement and "don't know" lists show at most. */
  static final int TOP = 10;

  static final int STRONGEST = 5;

  /** How many suggested resources a need shows in the needs table; all are listed below it. */
  static final int SUPPORT_SHOWN = 3;

  private final Findings report;
  private final Questionnaire questionnaire;
  private final Words words;
  private final Statements statements;
  private final Sentences sentences;

  private final ComparisonView progress;
  private final Run run;

  private ReportViews(Findings report, Comparison since, Run run) {
    this.report = report;
    this.run = run;
    this.progress = since == null ? null : ComparisonView.of(since);
    this.questionnaire = report.questionnaire();
    this.words = Words.of(questionnaire.terms());
    this.statements = new Statements(report);
    this.sentences = new Sentences(report, words, progress);
  }

  public static ReportView of(Findings report) {
    return of(report, null);
  }

  /**
   * The view of a report with its progress since a baseline ({@code since} null when there is
   * none).
   */
  public static ReportView of(Findings report, Comparison since) {
    return of(report, since, null);
  }

  /**
   * As {@link #of(Findings, Comparison)}, for a report written by {@code run} (null: by no {@code
   * score -o} run).
   */
  public static ReportView of(Findings report, Comparison since, Run run) {
    return new ReportViews(report, since, run).view();
  }

  /**
   * Every statement of a report as the report quotes it, in questionnaire order (a workbook lists
   * them all).
   */
  public static List<ReportView.Statement> statements(Findings report) {
    Statements statements = new Statements(report);
    return report.questions().stream().map(statements::statement).toList();
  }

  private ReportView view() {
    Priorities priorities = new Priorities(report, statements, words);
    List<ReportView.Priority> chosen = priorities.priorities(priorities.chosen());
    List<ReportView.Statement> strongest =
        report.respondents() == 0 ? List.of() : ranked(true, STRONGEST);
    return new ReportView(
        report,
        sentences.header(),
        sentences.lead(),
        sentences.startHere(chosen.isEmpty()),
        chosen,
        progress == null ? null : sentences.progress(),
        progress,
        sentences.domains(),
        domains(),
        sentences.beyond(),
        beyond(),
        framework(),
        sentences.weakest(),
        report.respondents() == 0 ? List.of() : ranked(false, TOP),
        sentences.strongest(strongest.isEmpty()),
        strongest,
        sentences.divergence(),
        divergence(),
        new RoomViews(report, statements, words).view(),
        sentences.contradictions(),
        contradictions(),
        sentences.dontKnow(),
        dontKnow(),
        sentences.notes(),
        notes(),
        new StakeholderViews(report, words).view(),
        sentences.needs(),
        needs(priorities),
        sentences.support(),
        support(),
        sentences.plan(),
        priorities.plan(chosen),
        sentences.warnings(),
        report.warnings(),
        sentences.howToRead(),
        new ScoringMethod(report, words).sentences(run),
        words,
        run);
  }

  private List<ReportView.DomainRow> domains() {
    List<ReportView.DomainRow> rows = new ArrayList<>();
    for (int i = 0; i < report.domains().size(); i++) {
      ItemResult d = report.domains().get(i);
      Domain domain = questionnaire.domains().get(i);
      rows.add(
          new ReportView.DomainRow(
              i + 1,
              d.id(),
              domain.shortTitle(),
              domain.title(),
              Numbers.number(d.score()),
              Numbers.rounded(d.score()),
              level(d),
              Numbers.number(d.target()),
              status(d),
              thin(d)));
    }
    return rows;
  }

  private List<ReportView.Beyond> beyond() {
    List<ReportView.Beyond> beyond = new ArrayList<>();
    for (int i = 0; i < report.domains().size(); i++) {
      ItemResult d = report.domains().get(i);
      Domain domain = questionnaire.domains().get(i);
      if (d.status() == Status.SCORED && d.gap().signum() == 0 && domain.beyond() != null) {
        beyond.add(new ReportView.Beyond(i + 1, domain.shortTitle(), domain.beyond()));
      }
    }
    return beyond;
  }

  private ReportView.FrameworkView framework() {
    if (report.areas().isEmpty()) {
      return null;
    }
    List<ReportView.DimensionView> dimensions = new ArrayList<>();
    for (Findings.DimensionResult dimension : report.dimensions()) {
      Dimension d = dimension.dimension();
      List<ReportView.AreaRow> areas =
          report.areas().stream()
              .filter(a -> d.equals(a.dimension()))
              .map(
                  a ->
                      new ReportView.AreaRow(
                          a.id(),
                          a.title(),
                          Numbers.number(a.score()),
                          Numbers.rounded(a.score()),
                          Numbers.number(a.target()),
                          Numbers.rounded(a.target()),
                          level(a),
                          status(a),
                          thin(a)))
              .toList();
      if (!areas.isEmpty()) {
        String line = questionnaire.framework().line(d);
        dimensions.add(
            new ReportView.DimensionView(
                d.id(),
                d.title(),
                line != null ? line : sentences.dimensionLine(d),
                Numbers.number(dimension.score()),
                Numbers.rounded(dimension.score()),
                areas));
      }
    }
    return new ReportView.FrameworkView(sentences.framework(), dimensions);
  }

  /**
   * The weakest well-evidenced statements below their domain's target, or the strongest at or above
   * it.
   */
  private List<ReportView.Statement> ranked(boolean strongest, int limit) {
    Map<String, BigFraction> targets = new HashMap<>();
    report.domains().forEach(d -> targets.put(d.id(), d.target()));
    return statements
        .ranked(
            q ->
                strongest == (Scorer.compare(q.score(), targets.get(q.question().domain())) >= 0)
                    && (strongest || Statements.wellEvidenced(q)),
            strongest)
        .stream()
        .limit(limit)
        .map(statements::statement)
        .toList();
  }

  private List<ReportView.Divergence> divergence() {
    List<ReportView.Divergence> rows = new ArrayList<>();
    for (Findings.Divergence d :
        report.divergence().subList(0, Math.min(TOP, report.divergence().size()))) {
      QuestionResult q = statements.result(d.question());
      rows.add(
          new ReportView.Divergence(
              statements.statement(q),
              Numbers.number(d.spread()),
              statements.end(q, d.min()),
              statements.who(q, d.min()),
              statements.end(q, d.max()),
              statements.who(q, d.max())));
    }
    return rows;
  }

  private List<ReportView.Contradiction> contradictions() {
    return report.contradictions().stream()
        .map(
            c ->
                new ReportView.Contradiction(
                    statements.statement(c.question()),
                    statements.statement(c.mirror()),
                    Numbers.count(c.respondents(), "answer set", "answer sets")
                        + " agreed with both statements, or disagreed"
                        + " with both, though one says the opposite of the other."))
        .toList();
  }

  private List<ReportView.Statement> dontKnow() {
    return report.questions().stream()
        .filter(q -> q.dontKnow() > 0 || (q.score() != null && !Statements.wellEvidenced(q)))
        .sorted(Comparator.comparingInt(QuestionResult::dontKnow).reversed())
        .limit(TOP)
        .map(statements::statement)
        .toList();
  }

  private List<ReportView.NoteGroup> notes() {
    List<ReportView.NoteGroup> groups = new ArrayList<>();
    List<Domain> domains = questionnaire.domains();
    for (int i = 0; i < domains.size(); i++) {
      List<ReportView.Statement> noted =
          questionnaire.questionsIn(domains.get(i)).stream()
              .filter(q -> statements.hasNotes(q.id()))
              .map(q -> statements.statement(q.id()))
              .toList();
      if (!noted.isEmpty()) {
        groups.add(
            new ReportView.NoteGroup(domainLabel(questionnaire, domains.get(i).id()), noted));
      }
    }
    return groups;
  }

  private List<ReportView.Need> needs(Priorities names) {
    return report.developmentNeeds().stream()
        .map(
            need -> {
              ItemResult item = need.item();
              List<Resource> resources = need.resources();
              String support =
                  resources.isEmpty()
                      ? ReportView.NONE
                      : String.join(
                              "; ",
                              resources.stream().limit(SUPPORT_SHOWN).map(Resource::title).toList())
                          + (resources.size() > SUPPORT_SHOWN
                              ? "; and " + (resources.size() - SUPPORT_SHOWN) + " more"
                              : "");
              String name =
                  item.kind() == ItemResult.Kind.DOMAIN
                      ? needTitle(questionnaire, item)
                      : item.title() + " (" + names.where(item) + ")";
              return new ReportView.Need(
                  need.rank(),
                  name,
                  Numbers.number(item.score()),
                  Numbers.number(item.target()),
                  Numbers.number(item.gap()),
                  need.priority() == org.ccgdiag.scoring.Priority.UNKNOWN
                      ? "Unknown: not enough evidence"
                      : Words.capital(Priorities.priorityWord(need.priority())),
                  need.priority() == org.ccgdiag.scoring.Priority.HIGH,
                  support);
            })
        .toList();
  }

  private List<ReportView.Support> support() {
    Map<String, Resource> suggested = new LinkedHashMap<>();
    Map<String, List<String>> ranks = new HashMap<>();
    for (Findings.DevelopmentNeed need : report.developmentNeeds()) {
      for (Resource r : need.resources()) {
        suggested.putIfAbsent(r.id(), r);
        ranks.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(String.valueOf(need.rank()));
      }
    }
    return suggested.values().stream()
        .map(
            r ->
                new ReportView.Support(
                    r.title(),
                    r.description(),
                    r.url(),
                    (ranks.get(r.id()).size() == 1 ? "need " : "needs ")
                        + Numbers.joinAnd(ranks.get(r.id()))))
        .toList();
  }

  private static String level(ItemResult item) {
    return item.level() == null ? ReportView.NONE : item.level().label();
  }

  /**
   * The coverage of a score on too little evidence, as charts mark it; null where the evidence
   * sufficed or there is no score.
   */
  private static String thin(ItemResult item) {
    return item.status() == Status.INSUFFICIENT_EVIDENCE && item.score() != null
        ? Numbers.percent(item.coverage())
        : null;
  }

  private static String status(ItemResult item) {
    if (item.status() == Status.INSUFFICIENT_EVIDENCE) {
      return "Not enough evidence (coverage " + Numbers.percent(item.coverage()) + ")";
    }
    if (item.gap().signum() == 0) {
      return "Target met";
    }
    BigDecimal gap = Numbers.rounded(item.gap());
    return gap.signum() == 0 ? "Just below target" : gap.toPlainString() + " below target";
  }

  /**
   * A scored item's score, target and gap in words, as every format gives a priority's why: "37.0
   * against a target of 70.0: 33.0 to go" (a gap that rounds to nothing is "just below it").
   */
  public static String againstTarget(ItemResult item) {
    BigDecimal gap = Numbers.rounded(item.gap());
    return Numbers.number(item.score())
        + " against a target of "
        + Numbers.number(item.target())
        + ": "
        + (gap.signum() == 0 ? "just below it" : gap.toPlainString() + " to go");
  }

  /**
   * A need as every output names it: "Domain 3: Clear and credible plans" or "Planning skills
   * (skills)".
   */
  public static String needTitle(Questionnaire questionnaire, ItemResult item) {
    return item.kind() == ItemResult.Kind.AREA
        ? item.title() + " (" + item.dimension().id() + ")"
        : domainLabel(questionnaire, item.id());
  }

  /**
   * "Domain 3: Clear and credible plans": a domain by number and short title; its id if unknown.
   */
  static String domainLabel(Questionnaire questionnaire, String domainId) {
    List<Domain> domains = questionnaire.domains();
    for (int i = 0; i < domains.size(); i++) {
      if (domains.get(i).id().equals(domainId)) {
        return Words.of(questionnaire.terms()).domainName(i + 1, domains.get(i).shortTitle());
      }
    }
    return domainId;
  }

  /** The scorer's thresholds as sentences quote them. */
  public static String threshold(BigFraction value) {
    return Numbers.plain(value);
  }

  static String divergenceThreshold() {
    return threshold(Scorer.DIVERGENCE);
  }
}
