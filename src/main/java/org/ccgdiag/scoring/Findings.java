package org.ccgdiag.scoring;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.questionnaire.Dimension;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Resource;

/**
 * The scored development-needs report of one organisation (brief section 4, with the 360-degree
 * views of section 5). Numbers are exact fractions; renderers round them. {@code notScored}
 * accounts for every answer set read and not scored, by reason and count; {@code warnings} holds
 * the files' warnings, then a sentence for each of those.
 */
public record Findings(
    Questionnaire questionnaire,
    String organisation,
    String round,
    Period period,
    Team team,
    int respondents,
    Overall overall,
    List<ItemResult> domains,
    List<DimensionResult> dimensions,
    List<ItemResult> areas,
    List<QuestionResult> questions,
    List<DevelopmentNeed> developmentNeeds,
    List<Divergence> divergence,
    List<PerspectiveResult> perspectives,
    List<Difference> blindSpots,
    List<Difference> hiddenStrengths,
    List<Contradiction> contradictions,
    List<Note> notes,
    List<NotScored> notScored,
    List<String> warnings) {

  public Findings {
    domains = List.copyOf(domains);
    dimensions = List.copyOf(dimensions);
    areas = List.copyOf(areas);
    questions = List.copyOf(questions);
    developmentNeeds = List.copyOf(developmentNeeds);
    divergence = List.copyOf(divergence);
    perspectives = List.copyOf(perspectives);
    blindSpots = List.copyOf(blindSpots);
    hiddenStrengths = List.copyOf(hiddenStrengths);
    contradictions = List.copyOf(contradictions);
    notes = List.copyOf(notes);
    notScored = List.copyOf(notScored);
    warnings = List.copyOf(warnings);
  }

  /** When the answers were given: the earliest start and the latest update (either may be null). */
  public record Period(java.time.Instant from, java.time.Instant to) {}

  /**
   * Who answered for the organisation: {@code answerSets} (the respondents scored), the people
   * behind them ({@code members}: an agreed set counts its head count) and how many sets were
   * agreed together in a workshop.
   */
  public record Team(int answerSets, int members, int consensusSets) {
    /** Whether every answer set was agreed together: the report is a team's agreed view. */
    public boolean isConsensus() {
      return answerSets > 0 && consensusSets == answerSets;
    }
  }

  /**
   * A statement and its reverse-worded mirror that {@code respondents} of the team both agreed (or
   * disagreed) with.
   */
  public record Contradiction(String question, String mirror, int respondents) {}

  /**
   * The overall score (mean of the domain scores), its coverage over all questions, and its status
   * and level by the same rule as a domain's: below the minimum coverage it is insufficient
   * evidence and has no level (its score is still shown where one exists).
   */
  public record Overall(BigFraction score, Level level, Status status, BigFraction coverage) {
    public boolean isScored() {
      return status == Status.SCORED;
    }
  }

  public record DimensionResult(Dimension dimension, BigFraction score) {}

  /** A ranked need: a domain or area below target, or without enough evidence to say. */
  public record DevelopmentNeed(
      int rank, ItemResult item, Priority priority, List<Resource> resources) {
    public DevelopmentNeed {
      resources = List.copyOf(resources);
    }
  }

  /** A question on which respondents disagree by 50 points or more: a prompt for discussion. */
  public record Divergence(String question, BigFraction spread, BigFraction min, BigFraction max) {}

  /** A stakeholder group's view (360-degree feedback), shown only with 3 or more respondents. */
  public record PerspectiveResult(String id, int respondents, List<DomainScore> domains) {
    public PerspectiveResult {
      domains = List.copyOf(domains);
    }
  }

  public record DomainScore(String id, BigFraction score) {}

  /** A domain where the leadership's view and the stakeholders' differ by 15 points or more. */
  public record Difference(
      String domain, BigFraction self, BigFraction stakeholders, BigFraction difference) {}
}
