package org.ccgdiag.scoring;

import org.ccgdiag.questionnaire.Term;

/** Whether a domain or area has enough scored answers to be given a level and a gap. */
public enum Status implements Term {
  SCORED,
  INSUFFICIENT_EVIDENCE
}
