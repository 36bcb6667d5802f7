package org.ccgdiag.answers;

/**
 * The answer to one question: the chosen option's key (null while unanswered) and an optional
 * note of evidence or comment (null when none). A note can be kept for a question not yet answered.
 * The note is kept as {@link TypedText#note} says, so what is saved reads back the same.
 */
public record Answer(String key, String note) {

  public Answer {
    note = TypedText.note(note);
  }

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
    return new Answer(key, newNote);
  }
}
