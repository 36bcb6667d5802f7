package org.ccgdiag.room;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a room knows, behind one lock: its members (tokens, never names), the phase, the open
 * statement and each member's ballot on it. Votes arrive on server threads while the session's
 * thread opens and closes; every method is atomic.
 */
final class RoomState {
  static final int MAX_MEMBERS = 100;

  enum Phase {
    WAITING,
    VOTING,
    CLOSED;

    String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * What one member may see: the phase, the statement, the counts, their own ballot, and the votes
   * once closed.
   */
  record View(
      Phase phase,
      RoomStatement statement,
      int round,
      int joined,
      int voted,
      String mine,
      Map<String, Integer> votes) {}

  /**
   * An accepted vote: the distribution after it, and the counts (votedChanged: it was this member's
   * first ballot here).
   */
  record Accepted(
      String questionId,
      Map<String, Integer> distribution,
      int voters,
      int joined,
      int voted,
      boolean votedChanged) {}

  private final Set<String> members = new HashSet<>();
  private final Set<String> voters = new HashSet<>();
  private final Map<String, String> ballots = new HashMap<>();
  private Phase phase = Phase.WAITING;
  private RoomStatement statement;
  private int round;

  synchronized boolean isMember(String token) {
    return token != null && members.contains(token);
  }

  /** A new member's token, or empty when the room is full. */
  synchronized Optional<String> join() {
    if (members.size() >= MAX_MEMBERS) {
      return Optional.empty();
    }
    String token = RoomCode.newToken();
    members.add(token);
    return Optional.of(token);
  }

  synchronized void open(RoomStatement next) {
    // The same statement again is a second vote after discussion: it starts with no ballots.
    round = statement != null && statement.questionId().equals(next.questionId()) ? round + 1 : 1;
    statement = next;
    ballots.clear();
    phase = Phase.VOTING;
  }

  synchronized Map<String, Integer> close() {
    if (phase == Phase.VOTING) {
      phase = Phase.CLOSED;
    }
    return phase == Phase.WAITING ? Map.of() : distribution();
  }

  synchronized void waiting() {
    phase = Phase.WAITING;
    statement = null;
    ballots.clear();
  }

  /** The vote, if the statement is the open one and the key one of its options. */
  synchronized Optional<Accepted> vote(String token, String questionId, String key) {
    if (phase != Phase.VOTING
        || !statement.questionId().equals(questionId)
        || !statement.hasKey(key)
        || !isMember(token)) {
      return Optional.empty();
    }
    boolean first = ballots.put(token, key) == null;
    voters.add(token);
    return Optional.of(
        new Accepted(
            questionId, distribution(), voters.size(), members.size(), ballots.size(), first));
  }

  synchronized View view(String token) {
    return new View(
        phase,
        statement,
        round,
        members.size(),
        ballots.size(),
        ballots.get(token),
        phase == Phase.CLOSED ? distribution() : null);
  }

  synchronized int joined() {
    return members.size();
  }

  synchronized int voted() {
    return ballots.size();
  }

  synchronized int voters() {
    return voters.size();
  }

  /** Counts by key in scale order, keys with no vote left out. */
  private Map<String, Integer> distribution() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (RoomOption option : statement.options()) {
      int n = Collections.frequency(ballots.values(), option.key());
      if (n > 0) {
        counts.put(option.key(), n);
      }
    }
    return Collections.unmodifiableMap(counts);
  }
}
