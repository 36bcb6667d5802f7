package org.ccgdiag.answers;

/**
 * The answer to one question: the chosen option's key (null while unanswered) and an optional
 * note of evidence or comment (null when none). A note can be kept for a question not yet answered.
 */
public record Answer(String key, String note) {

  public static final Answer NONE = new Answer(null, null);

  public boolean isAnswered() {
    return key != null;
  }

  public boolean isEmpty() {
    return key == null && note == null;
  }

  public Answer withKey(String newKey) {
    return new Answer(newKey, note);
  }

  public Answer withNote(String newNote) {
    return new Answer(key, newNote == null || newNote.isBlank() ? null : newNote.strip());
  }
}
