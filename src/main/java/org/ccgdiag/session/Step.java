package org.ccgdiag.session;

import org.ccgdiag.questionnaire.Option;

/**
 * What one input did to a {@link Session}: the state to carry on with, and what happened, so the
 * screen can say so. The answers changed (and must be saved) after {@link Answered}, {@link Voted}
 * and {@link Noted} only.
 */
public sealed interface Step {

  Session session();

  /** An option was chosen for the question; the session moved on to the next unanswered one. */
  record Answered(Session session, Option option) implements Step {}

  /**
   * The room's votes were recorded on the question ({@code v 4 4 3 5 2 dk}, or a vote closed on the
   * phones): the session stays on it, its answers saved with the votes, and {@code suggested} (the
   * median vote) is offered as the agreed answer.
   */
  record Voted(Session session, java.util.Map<String, Integer> votes, Option suggested)
      implements Step {}

  /** The team asked to add or edit the note of the question: ask for its text. */
  record NoteRequested(Session session) implements Step {}

  /** The note was set (null when it was removed); the session stays on the question. */
  record Noted(Session session, String note) implements Step {}

  /** Back to the previous question, whose answer can be changed. */
  record MovedBack(Session session) implements Step {}

  /**
   * Straight to another question ({@code g 14}, or a number on the review); {@code domainStart}
   * when it was asked for as the start of a domain ({@code g d3}), to introduce the domain.
   */
  record MovedTo(Session session, boolean domainStart) implements Step {}

  /** The team asked for the review of a domain's answers ({@code domain} counts from 0). */
  record ReviewRequested(Session session, int domain) implements Step {}

  /**
   * The review was left with Enter: back to the question (or to the end, when the session is over).
   */
  record ReviewClosed(Session session) implements Step {}

  /** The question was left as it was; the session moved on to the next unanswered one. */
  record Skipped(Session session) implements Step {}

  /** The team asked for the question's guidance and the domain's description. */
  record GuidanceRequested(Session session) implements Step {}

  /**
   * The team asked to stop; everything answered is already saved, so the session can be resumed.
   */
  record Quit(Session session) implements Step {}

  /** The input meant nothing here; {@code message} is a one-line hint and the question stays. */
  record Hint(Session session, String message) implements Step {}
}
