package org.ccgdiag.report;

import java.math.BigDecimal;
import java.util.List;
import org.ccgdiag.scoring.Findings;

/**
 * One report as its readers see it, worked out once and rendered as Markdown, HTML and JSON: every
 * sentence, label and number (already rounded and formatted) in the questionnaire's own words.
 * Texts are plain and unescaped: each renderer escapes them for its format. Lists may be empty,
 * never null; fields documented as optional are null when the section does not apply: {@code
 * progress} and its section (the change since an earlier round) are null without a baseline, {@code
 * room} without the room's votes. {@code words} are the questionnaire's nouns, for the labels
 * renderers write. {@code run} is the {@code score -o} run that writes the report beside its
 * summary, null otherwise.
 */
public record ReportView(
    Findings report,
    Header header,
    Lead lead,
    Section startHere,
    List<Priority> priorities,
    Section progressSection,
    ComparisonView progress,
    Section domainsSection,
    List<DomainRow> domains,
    Section beyondSection,
    List<Beyond> beyond,
    FrameworkView framework,
    Section weakestSection,
    List<Statement> weakest,
    Section strongestSection,
    List<Statement> strongest,
    Section divergenceSection,
    List<Divergence> divergence,
    RoomView room,
    Section contradictionSection,
    List<Contradiction> contradictions,
    Section dontKnowSection,
    List<Statement> dontKnow,
    Section notesSection,
    List<NoteGroup> notes,
    Stakeholders stakeholders,
    Section needsSection,
    List<Need> needs,
    Section supportSection,
    List<Support> support,
    Section planSection,
    List<PlanRow> plan,
    Section warningsSection,
    List<String> warnings,
    Section howToReadSection,
    List<String> method,
    Words words,
    Run run) {

  /** What a dash means in a table: no value. */
  public static final String NONE = "–";

  /** A section's heading and the sentences shown under it (the intro may be empty). */
  public record Section(String heading, String intro) {}

  /**
   * The title block: the title ("NHS Riverside CCG: self-assessment, round 2012-07") and the facts
   * under it, each a short phrase (when the answers were given, who answered, which questionnaire).
   */
  public record Header(String title, List<String> facts) {}

  /**
   * The first thing a reader sees: a bold headline and the sentence after it, and {@code since}
   * (null without a baseline) the progress since an earlier round in one sentence. {@code score} is
   * the overall score as printed (null when there is none), for a bar or a chart.
   */
  public record Lead(String headline, String detail, String since, BigDecimal score) {}

  /**
   * One "start here" priority: what to work on ({@code title}, {@code where} it sits), why, the
   * weakest areas and statements under it, the first support to use and the evidence that would
   * show progress. {@code brief} is the why in a few words, for a table cell. {@code action} says
   * what to do first when the team does not yet know where it stands (null otherwise).
   */
  public record Priority(
      int number,
      String title,
      String where,
      String brief,
      String why,
      String action,
      List<String> areas,
      List<Statement> statements,
      List<String> support,
      List<String> evidence) {}

  /**
   * A statement as a report quotes it: its text, its domain (number and short title), its score,
   * the answers given ("Disagree 3, Don't know 2"), the team's notes on it ("Dr A Smith: ...") and
   * the evidence that would show it.
   */
  public record Statement(
      String id,
      String text,
      int domainNumber,
      String domain,
      String score,
      String answers,
      List<String> notes,
      String evidence) {}

  /** A row of the domains table; {@code bar} is the score as printed, null when there is none. */
  /**
   * {@code thin}: the coverage as printed where the score rests on too little evidence, else null.
   */
  public record DomainRow(
      int number,
      String id,
      String title,
      String fullTitle,
      String score,
      BigDecimal bar,
      String level,
      String target,
      String status,
      String thin) {}

  /** A domain at or above its target, with what good looks like next. */
  public record Beyond(int number, String title, String text) {}

  /** The knowledge / skills / mindsets section: the framework's intro, then each dimension. */
  public record FrameworkView(Section section, List<DimensionView> dimensions) {}

  public record DimensionView(
      String id, String title, String line, String score, BigDecimal bar, List<AreaRow> areas) {}

  /**
   * {@code thin}: the coverage as printed where the score rests on too little evidence, else null.
   */
  public record AreaRow(
      String id,
      String title,
      String score,
      BigDecimal bar,
      String target,
      BigDecimal targetValue,
      String level,
      String status,
      String thin) {}

  /**
   * A statement the team disagrees on: the ends (the answer, and who gave it by role with how many)
   * and the spread.
   */
  public record Divergence(
      Statement statement, String spread, String low, String lowWho, String high, String highWho) {}

  /**
   * The room's votes (null when none were taken): where it was split, and where the discussion
   * moved the agreed answer two or more steps from the middle vote.
   */
  public record RoomView(
      Section split, List<Voted> splitRows, Section moved, List<Voted> movedRows) {}

  /**
   * A statement voted on: the votes by option ("Disagree 1, Agree 3"), the middle vote, the agreed
   * answer, the votes' spread.
   */
  public record Voted(
      Statement statement, String votes, String middle, String agreed, String spread) {}

  /** A statement and its reverse-worded mirror that members both agreed (or disagreed) with. */
  public record Contradiction(Statement statement, Statement mirror, String sentence) {}

  /** The notes of one domain, statement by statement. */
  public record NoteGroup(String domain, List<Statement> statements) {}

  /**
   * How stakeholder groups see the organisation: a table of domains by perspective, then the blind
   * spots and hidden strengths, each with its sentence.
   */
  public record Stakeholders(
      Section section,
      List<String> columns,
      List<List<String>> rows,
      Section blindSpots,
      List<List<String>> blindSpotRows,
      Section hiddenStrengths,
      List<List<String>> hiddenStrengthRows,
      List<String> differenceColumns) {}

  /** A row of the full needs table. */
  public record Need(
      int rank,
      String name,
      String score,
      String target,
      String gap,
      String priority,
      boolean high,
      String support) {}

  /** A suggested offer, what it is, and the needs (by rank) it is suggested for. */
  public record Support(String title, String about, String url, String needs) {}

  /**
   * A row of the draft development plan: one priority, its first actions and evidence; owner and
   * date left blank.
   */
  public record PlanRow(String need, String actions, String evidence) {}
}
