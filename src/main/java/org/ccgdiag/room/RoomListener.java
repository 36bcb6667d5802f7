package org.ccgdiag.room;

import java.util.Map;

/**
 * What the session hears from its room. Both methods run on a server thread, one call at a time and
 * in the order the events happened (a call never overtakes an earlier one). The only lock held
 * during a call is the one that keeps them in order, which {@link Room#open}, {@link
 * Room#closeVote} and {@link Room#waiting} never take: a listener may call the room back, and may
 * wait for the session's thread even while that thread is opening or closing a vote.
 */
public interface RoomListener {
  /**
   * After an accepted vote, BEFORE the phone gets its 204 (so the session saves the answers file
   * here, and a vote that got its 204 is on disk). If this throws, the phone gets a 500 (and tries
   * again); the vote stays counted in the room.
   *
   * @param distribution key to count of the open statement's current votes, in scale order, keys
   *     with no vote left out
   * @param voters members who voted at least once in this room
   */
  void voted(String questionId, Map<String, Integer> distribution, int voters);

  /**
   * Joined or voted changed (a phone joined, or a member's first vote on the open statement): the
   * projector redraws its counts line. A redraw that reads {@link Room#joined()} and {@link
   * Room#voted()} when it draws is never behind a concurrent {@code open}.
   */
  void countsChanged(int joined, int voted);
}
