package org.ccgdiag.scoring;

import java.util.List;

/**
 * Answer sets that were read for an organisation and not scored, by reason and count: a report
 * accounts for every one of them (brief section 4), never by name. {@code groups} names the
 * stakeholder groups (perspectives, not people) of sets held back for anonymity.
 */
public record NotScored(Reason reason, int answerSets, List<String> groups) {

  public NotScored {
    groups = List.copyOf(groups);
  }

  /** Why a set was not scored. */
  public enum Reason implements org.ccgdiag.questionnaire.Term {
    /** An earlier set of the same person (name and perspective): the later one counts. */
    REPLACED,
    /** The same answers as another file (the same file given twice): counted once. */
    DUPLICATE,
    /** A stakeholder group too small to be shown without singling someone out. */
    HELD_BACK
  }

  /** The sentence a report and its warnings[] say it in. */
  public String sentence() {
    boolean one = answerSets == 1;
    String sets = answerSets + (one ? " answer set" : " answer sets");
    return switch (reason) {
      case REPLACED ->
          answerSets
              + (one ? " earlier answer set" : " earlier answer sets")
              + " of the same person "
              + (one ? "was" : "were")
              + " replaced by "
              + (one ? "a later one" : "later ones");
      case DUPLICATE ->
          sets
              + " repeated another file's answers exactly and "
              + (one ? "was" : "were")
              + " counted once";
      case HELD_BACK ->
          sets
              + " from "
              + String.join(", ", groups)
              + " "
              + (one ? "is" : "are")
              + " held back: a group needs "
              + Scorer.ANONYMITY
              + " people to be shown";
    };
  }
}
