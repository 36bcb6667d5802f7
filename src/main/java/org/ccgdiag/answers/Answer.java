package org.ccgdiag.answers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer to one question: the chosen option's key (null while unanswered), an optional note of
 * evidence or comment (null when none), and the room's votes before it agreed (brief section 6):
 * option key to a count of people, in the order given, null when no vote was taken. A note and
 * votes can be kept for a question not yet answered. The note is kept as {@link TypedText#note}
 * says, so what is saved reads back the same.
 */
public record Answer(String key, String note, Map<String, Integer> votes) {

  /** At most this many people in a room; a count above it is refused when read. */
  public static final int MAX_VOTERS = 1000;

  public Answer {
    note = TypedText.note(note);
    votes =
        votes == null || votes.isEmpty()
            ? null
            : Collections.unmodifiableMap(new LinkedHashMap<>(votes));
  }

  public Answer(String key, String note) {
    this(key, note, null);
  }

  public static final Answer NONE = new Answer(null, null);

  public boolean isAnswered() {
    return key != null;
  }

  public boolean isEmpty() {
    return key == null && note == null && votes == null;
  }

  public Answer withKey(String newKey) {
    return new Answer(newKey, note, votes);
  }

  public Answer withNote(String newNote) {
    return new Answer(key, newNote, votes);
  }

  public Answer withVotes(Map<String, Integer> newVotes) {
    return new Answer(key, note, newVotes);
  }

  /** How many people voted. */
  public int voters() {
    return votes == null ? 0 : votes.values().stream().mapToInt(Integer::intValue).sum();
  }
}
