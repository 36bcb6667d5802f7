package org.ccgdiag.questionnaire;

/** A development offer suggested for a need; {@code description} and {@code url} may be null. */
public record Resource(String id, String title, String description, String url) {}
