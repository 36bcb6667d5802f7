package org.ccgdiag.questionnaire;

import java.math.BigDecimal;

/** A maturity level: a score of at least {@code min} reaches it. */
public record Level(String id, String label, BigDecimal min) {}
