package org.ccgdiag.scoring;

/**
 * Whether reports and warnings name the respondents, or leave every name out (score --anonymise).
 */
public enum Naming {
  NAMED,
  /** Notes are by "a member of the team" and warnings about repeats name no one. */
  ANONYMOUS
}
