package org.ccgdiag.scoring;

import org.ccgdiag.questionnaire.Term;

/** How urgent a development need is, from its gap to target. */
public enum Priority implements Term {
  HIGH,
  MEDIUM,
  LOW,
  UNKNOWN
}
