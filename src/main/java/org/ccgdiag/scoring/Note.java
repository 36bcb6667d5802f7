package org.ccgdiag.scoring;

/**
 * A note (evidence or comment) a leadership respondent left on a question; respondent may be null.
 */
public record Note(String questionId, String respondent, String text) {}
