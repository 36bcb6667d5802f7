package org.ccgdiag.report.compare;

import java.math.BigDecimal;
import java.util.List;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Terms;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.QuestionResult;
import org.ccgdiag.scoring.Rounding;
import org.ccgdiag.scoring.Status;

/**
 * What a comparison needs of one report, from a scored report or read back from its JSON: who and
 * which round, the questionnaire, and the scores as printed (one decimal place), so that a change
 * is the difference of the numbers the two reports show.
 *
 * @param source how messages name the report: its file, or "round 2012-01"
 * @param needs the development needs as {@code kind:id}, e.g. {@code domain:governance}
 * @param overallSufficient whether the overall had enough evidence for a level (status scored)
 * @param partial read from a summary row: the overall and domain scores only, no areas, needs or
 *     statements
 */
public record ReportSnapshot(
    String source,
    String questionnaireId,
    String version,
    Terms terms,
    List<Level> levels,
    String organisation,
    String round,
    BigDecimal overall,
    String overallLevel,
    boolean overallSufficient,
    List<Item> domains,
    List<Item> areas,
    List<String> needs,
    List<Statement> statements,
    boolean partial) {

  public ReportSnapshot {
    levels = List.copyOf(levels);
    domains = List.copyOf(domains);
    areas = List.copyOf(areas);
    needs = List.copyOf(needs);
    statements = List.copyOf(statements);
  }

  /**
   * A domain or area: score, level id and target as printed, null where there is none; {@code
   * sufficient} is false when it had too little evidence for a level (its score is then no result).
   */
  public record Item(
      String id,
      String title,
      String dimension,
      BigDecimal score,
      String level,
      BigDecimal target,
      boolean sufficient) {}

  public record Statement(String id, String domain, String text, BigDecimal score) {}

  /** The snapshot of a scored report; {@code source} names it in messages. */
  public static ReportSnapshot of(Findings report, String source) {
    Questionnaire q = report.questionnaire();
    return new ReportSnapshot(
        source,
        q.id(),
        q.version(),
        q.terms(),
        q.levels(),
        report.organisation(),
        report.round(),
        Rounding.score(report.overall().score()),
        report.overall().level() == null ? null : report.overall().level().id(),
        report.overall().isScored(),
        report.domains().stream().map(ReportSnapshot::item).toList(),
        report.areas().stream().map(ReportSnapshot::item).toList(),
        report.developmentNeeds().stream()
            .map(n -> n.item().kind().id() + ":" + n.item().id())
            .toList(),
        report.questions().stream().map(ReportSnapshot::statement).toList(),
        false);
  }

  /**
   * What a row of an earlier summary.json says: the overall and domain scores (titles and levels
   * unknown), for a baseline folder that kept no JSON reports.
   */
  public static ReportSnapshot ofSummaryRow(
      String source,
      Questionnaire questionnaire,
      String organisation,
      String round,
      BigDecimal overall,
      boolean overallSufficient,
      java.util.Map<String, BigDecimal> domainScores,
      java.util.Set<String> insufficient) {
    return new ReportSnapshot(
        source,
        questionnaire.id(),
        null,
        questionnaire.terms(),
        questionnaire.levels(),
        organisation,
        round,
        overall,
        null,
        overallSufficient,
        questionnaire.domains().stream()
            .filter(d -> domainScores.containsKey(d.id()))
            .map(
                d ->
                    new Item(
                        d.id(),
                        d.title(),
                        null,
                        domainScores.get(d.id()),
                        null,
                        Rounding.score(d.target()),
                        !insufficient.contains(d.id())))
            .toList(),
        List.of(),
        List.of(),
        List.of(),
        true);
  }

  private static Item item(ItemResult item) {
    return new Item(
        item.id(),
        item.title(),
        item.dimension() == null ? null : item.dimension().id(),
        Rounding.score(item.score()),
        item.level() == null ? null : item.level().id(),
        Rounding.score(item.target()),
        item.status() == Status.SCORED);
  }

  private static Statement statement(QuestionResult q) {
    return new Statement(
        q.question().id(), q.question().domain(), q.question().text(), Rounding.score(q.score()));
  }

  /** "round 2012-07", or the source when the report has no round. */
  public String name() {
    return round != null ? "round " + round : source;
  }
}
