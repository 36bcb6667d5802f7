package org.ccgdiag.questionnaire;

import org.apache.commons.numbers.fraction.BigFraction;

/** A maturity level: a score of at least {@code min} reaches it. */
public record Level(String id, String label, BigFraction min) {}
