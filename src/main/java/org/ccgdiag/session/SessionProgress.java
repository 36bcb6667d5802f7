package org.ccgdiag.session;

/**
 * Where the team is in the questionnaire, for the header of each question: {@code Domain 2/6 ·
 * Question 9/71 · 8 answered}. Numbers count from 1.
 */
public record SessionProgress(int domain, int domains, int question, int questions, int answered) {}
