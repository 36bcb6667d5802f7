package org.ccgdiag.report;

import static org.ccgdiag.report.Numbers.count;
import static org.ccgdiag.report.Numbers.percent;
import static org.ccgdiag.report.ReportViews.threshold;
import static org.ccgdiag.report.Words.capital;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.questionnaire.Dimension;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.QuestionResult;
import org.ccgdiag.scoring.Scorer;
import org.ccgdiag.scoring.Status;

/**
 * The sentences a report writes itself: the title block, the headline and each section's heading
 * and introduction ({@link ScoringMethod} says how the scores are worked out). Nouns come from the
 * questionnaire's terms and thresholds from the scorer's constants, so nothing here names a kind of
 * organisation or retypes a number.
 */
public final class Sentences {
  private final Findings report;
  private final Questionnaire questionnaire;
  private final Words words;
  private final ComparisonView progress;

  Sentences(Findings report, Words words, ComparisonView progress) {
    this.report = report;
    this.questionnaire = report.questionnaire();
    this.words = words;
    this.progress = progress;
  }

  /** "Since round 2012-01: overall 48.2 → 55.6 (+7.4). 3 needs closed, ..." */
  private String since() {
    return progress == null
        ? null
        : "Since "
            + progress.comparison().before().name()
            + ": "
            + Character.toLowerCase(progress.headline().charAt(0))
            + progress.headline().substring(1)
            + " "
            + progress.detail();
  }

  ReportView.Section progress() {
    return new ReportView.Section(
        "Progress since " + progress.comparison().before().name(),
        progress.headline() + " " + progress.detail());
  }

  ReportView.Header header() {
    String organisation =
        report.organisation() == null
            ? "Unnamed " + words.organisation().one()
            : report.organisation();
    List<String> facts = new ArrayList<>();
    String period = Numbers.period(report.period().from(), report.period().to());
    if (period != null) {
      facts.add("answers of " + period);
    }
    facts.add(who());
    facts.add(questionnaire.title() + ", " + questionnaire.id() + " " + questionnaire.version());
    return new ReportView.Header(
        organisation
            + ": self-assessment"
            + (report.round() == null ? "" : ", round " + report.round()),
        facts);
  }

  private String who() {
    Findings.Team team = report.team();
    if (team.answerSets() == 0) {
      return "no answers from the " + words.team().one() + " yet";
    }
    if (team.isConsensus() && team.answerSets() == 1) {
      return report.questions().stream().anyMatch(QuestionResult::hasVotes)
          ? "answers agreed by " + team.members() + " people in a room, after their votes"
          : "the agreed answers of the " + words.team().one() + " (" + team.members() + " present)";
    }
    if (team.consensusSets() > 0) {
      return count(team.answerSets(), "answer set", "answer sets")
          + " of the "
          + words.team().one()
          + ", "
          + team.consensusSets()
          + " of them agreed together: "
          + team.members()
          + " people in all";
    }
    return words.members(team.answerSets());
  }

  /**
   * The headline: coverage first when it is too low to rely on, otherwise the overall score and
   * level.
   */
  ReportView.Lead lead() {
    Findings.Overall overall = report.overall();
    if (overall.score() == null) {
      return new ReportView.Lead(
          "No score yet.",
          "No "
              + words.statement().one()
              + " has a scored answer from the "
              + words.team().one()
              + ".",
          since(),
          null);
    }
    String score = Numbers.number(overall.score());
    BigDecimal min = questionnaire.minCoverage();
    if (overallCoverageTooLow()) {
      return new ReportView.Lead(
          "Not enough evidence yet for an overall level.",
          "Only "
              + percent(overall.coverage())
              + " of the answers that could have been given were scored; this"
              + " questionnaire asks for "
              + percent(min)
              + " before it gives a level. The scores so far (overall "
              + score
              + " of 100) are a first look, not a result.",
          since(),
          Numbers.rounded(overall.score()));
    }
    List<String> thin =
        report.domains().stream()
            .filter(d -> d.status() == Status.INSUFFICIENT_EVIDENCE)
            .map(
                d ->
                    words.domainRef(report.domains().indexOf(d) + 1, d.title())
                        + " ("
                        + percent(d.coverage())
                        + ")")
            .toList();
    return new ReportView.Lead(
        "Overall "
            + score
            + " of 100"
            + (overall.level() == null ? "" : ", " + overall.level().label())
            + ".",
        "Coverage "
            + percent(overall.coverage())
            + ": enough to rely on"
            + (thin.isEmpty() ? "." : ", except " + Numbers.joinAnd(thin) + "."),
        since(),
        Numbers.rounded(overall.score()));
  }

  ReportView.Section startHere(boolean none) {
    boolean thin = overallCoverageTooLow();
    String intro =
        report.respondents() == 0
            ? "Nothing to work on yet: no answers from the " + words.team().one() + "."
            : thin
                ? "First finish the self-assessment: too few "
                    + words.statements()
                    + " have a scored answer to say"
                    + " where the "
                    + words.organisation().one()
                    + " stands. The priorities below are provisional."
                : none
                    ? "Every "
                        + domainAndArea()
                        + " meets its target: keep going with what good looks like next (below)."
                    : "What to work on first: the largest gaps to target, the weakest "
                        + words.statements()
                        + " under them, the support to use first and the evidence that would show progress.";
    return new ReportView.Section("Start here", intro);
  }

  private boolean overallCoverageTooLow() {
    return !report.overall().isScored();
  }

  ReportView.Section domains() {
    return new ReportView.Section(words.domain().capitalMany(), "Scores are out of 100.");
  }

  ReportView.Section beyond() {
    return new ReportView.Section(
        "What good looks like next",
        "For the "
            + words.domain().many()
            + " at or above their target, the questionnaire's picture of what comes after it.");
  }

  /**
   * Headed by the dimensions' titles: "Knowledge, skills and mindsets", "People, process and
   * technology".
   */
  ReportView.Section framework() {
    String intro = questionnaire.framework().intro();
    return new ReportView.Section(
        frameworkHeading(questionnaire),
        (intro != null ? intro + " " : "")
            + capital(words.aStatement())
            + " counts towards every "
            + words.area().one()
            + " it gives evidence on.");
  }

  public static String frameworkHeading(Questionnaire questionnaire) {
    List<String> titles = new ArrayList<>();
    for (Dimension d : questionnaire.framework().dimensions()) {
      titles.add(titles.isEmpty() ? d.title() : lowerFirst(d.title()));
    }
    return Numbers.joinAnd(titles);
  }

  /** "mindsets" but "IT": a title's first letter lowered unless it starts an initialism. */
  private static String lowerFirst(String title) {
    return title.length() > 1 && Character.isUpperCase(title.charAt(1))
        ? title
        : Character.toLowerCase(title.charAt(0)) + title.substring(1);
  }

  /**
   * The line under a default dimension the questionnaire does not explain; null for one of its own.
   */
  String dimensionLine(Dimension dimension) {
    return switch (dimension.id()) {
      case "knowledge" -> "What the " + words.team().one() + " knows, or knows where to find.";
      case "skills" -> "The skills the " + words.team().one() + " has, or knows how to get.";
      case "mindsets" -> "The attitudes and ways of working the " + words.team().one() + " brings.";
      default -> null;
    };
  }

  /** "domain and area", or the domain's word alone in a questionnaire without areas. */
  private String domainAndArea() {
    return words.domainAndArea(!questionnaire.areas().isEmpty());
  }

  ReportView.Section weakest() {
    return new ReportView.Section(
        "The " + words.statements() + " behind the scores",
        "The lowest-rated "
            + words.statements()
            + " below their target (at most "
            + ReportViews.TOP
            + "), with the"
            + " answers given and any notes; only those that at least half of the "
            + words.team().one()
            + " could score"
            + " (the others are under \"don't know\" hot spots).");
  }

  ReportView.Section strongest(boolean none) {
    return new ReportView.Section(
        "Strongest " + words.statements(),
        none
            ? "No " + words.statement().one() + " reaches its target yet."
            : "The highest-rated "
                + words.statements()
                + " at or above their target (at most "
                + ReportViews.STRONGEST
                + "): strengths to build on.");
  }

  ReportView.Section divergence() {
    String limit = threshold(Scorer.DIVERGENCE);
    String intro =
        report.respondents() < 2
            ? "With fewer than two answer sets there is nothing to compare."
            : report.divergence().isEmpty()
                ? "On every "
                    + words.statement().one()
                    + " the answers were less than "
                    + limit
                    + " points apart: no strong disagreement."
                : capital(words.statements())
                    + " on which answers were "
                    + limit
                    + " points or more apart on the"
                    + " 0-100 scale, widest first, with who gave the answer at each end (by role). Ask the people at"
                    + " each end to explain their answer."
                    + (report.divergence().size() > ReportViews.TOP
                        ? " "
                            + count(
                                report.divergence().size() - ReportViews.TOP,
                                "more has",
                                "more have")
                            + " such a spread; the JSON report lists them all."
                        : "");
    return new ReportView.Section("Where the " + words.team().one() + " disagrees", intro);
  }

  ReportView.Section contradictions() {
    return new ReportView.Section(
        "Answers that contradict each other",
        "Pairs of "
            + words.statements()
            + " that say the same thing both ways round. Agreeing with both (or"
            + " disagreeing with both) suggests one was misread: worth checking before acting on either.");
  }

  ReportView.Section dontKnow() {
    return new ReportView.Section(
        "\"Don't know\" hot spots",
        "The "
            + words.statements()
            + " most often answered \"don't know\", and those that fewer than half of the "
            + words.team().one()
            + " could score (at most "
            + ReportViews.TOP
            + "). Not"
            + " knowing is a development need in itself: find out who in the "
            + words.organisation().one()
            + " or the "
            + words.group().one()
            + " does know.");
  }

  ReportView.Section notes() {
    return new ReportView.Section(
        "Evidence and comments from the " + words.team().one(),
        report.notes().isEmpty()
            ? "No notes were recorded with the answers."
            : "The notes left with the answers, by "
                + words.domain().one()
                + " and "
                + words.statement().one()
                + ".");
  }

  ReportView.Section needs() {
    return new ReportView.Section(
        "All development needs",
        report.developmentNeeds().isEmpty()
            ? "Every " + domainAndArea() + " meets its target."
            : "Every "
                + domainAndArea()
                + " below its target, largest gap first, then those without enough evidence to"
                + " say. Priority is high for a gap of "
                + threshold(Scorer.HIGH)
                + " points or more, medium for "
                + threshold(Scorer.MEDIUM)
                + " or more, otherwise low.");
  }

  ReportView.Section support() {
    return new ReportView.Section(
        "The suggested support",
        "What each suggested offer is, and the needs (numbered as above) it is suggested for.");
  }

  ReportView.Section plan() {
    return new ReportView.Section(
        "Draft development plan",
        "The priorities above as a starting point for the "
            + words.team().one()
            + " to edit: agree an owner and a date"
            + " for each.");
  }

  ReportView.Section warnings() {
    return new ReportView.Section("Warnings", "");
  }

  ReportView.Section howToRead() {
    String description = questionnaire.description();
    return new ReportView.Section(
        "How to read this report", description == null ? "" : description);
  }
}
