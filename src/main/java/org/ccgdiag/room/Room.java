package org.ccgdiag.room;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * A room: everyone's vote on the statement being discussed, from their phones, in a workshop.
 *
 * <p>{@link #start} listens on the settings' address and port and draws a 6-character CODE; phones
 * open {@link #joinAddress()} ({@code http://ADDR:PORT/CODE/}, also drawn by {@link QrText}). The
 * session's thread then drives the phases: {@link #open} a statement (phase voting; opening the
 * same statement again is a second vote, which starts with no ballots), {@link #closeVote()} (phase
 * closed: the phones show the distribution), {@link #waiting()} (no statement: between statements,
 * on domain screens). Votes arrive on server threads; the {@link RoomListener} hears each one
 * before the phone gets its 204, and each change of the joined or voted counts. {@link #close()}
 * stops the server and its threads at once. Every method is thread-safe.
 *
 * <pre>{@code
 * record RoomOption(String key, String label)
 * record RoomStatement(String questionId, int number, int total, String text, List<RoomOption> options)
 * record RoomSettings(InetAddress address, int port, String organisation, String statementWord)  // port 0 = any free
 * interface RoomListener { void voted(String questionId, Map<String,Integer> distribution, int voters);
 *                          void countsChanged(int joined, int voted); }
 * Room.start(settings, listener) throws IOException; joinAddress(); open(s); closeVote(); waiting();
 * joined(); voted(); voters(); close()
 * RoomAddresses.defaultAddress()      // first site-local IPv4 of the machine, else 127.0.0.1
 * QrText.rows(text)                   // the QR code in Unicode half blocks, dark on light
 * }</pre>
 *
 * <p>What the phones may reach and what is refused is in {@link RoomServer} and docs/room.md. Only
 * this class (through RoomServer) loads Javalin and Jetty, so no other command pays for them.
 */
public final class Room implements AutoCloseable {
  private final RoomState state;
  private final RoomServer server;
  private final URI joinAddress;

  private Room(RoomState state, RoomServer server, URI joinAddress) {
    this.state = state;
    this.server = server;
    this.joinAddress = joinAddress;
  }

  /**
   * Starts a room with a new CODE.
   *
   * @throws IOException when the address or port cannot be listened on (in use, not this machine's,
   *     or a wildcard address), with a message for the facilitator
   */
  public static Room start(RoomSettings settings, RoomListener listener) throws IOException {
    Objects.requireNonNull(listener, "listener");
    RoomState state = new RoomState();
    String code = RoomCode.newCode();
    RoomServer server = RoomServer.start(settings, code, state, listener);
    return new Room(state, server, URI.create("http://" + server.authority() + "/" + code + "/"));
  }

  /** {@code http://ADDR:PORT/CODE/}: what phones open. */
  public URI joinAddress() {
    return joinAddress;
  }

  /**
   * Phase voting on this statement: its ballots start empty (also when it is the same statement
   * again).
   */
  public void open(RoomStatement statement) {
    state.open(statement);
  }

  /**
   * Phase closed: no more votes on the open statement. Returns its distribution (key to count, in
   * scale order, keys with no vote left out); again on a closed vote, and empty while waiting.
   */
  public Map<String, Integer> closeVote() {
    return state.close();
  }

  /** Phase waiting: no statement on the phones (between statements, domain screens). */
  public void waiting() {
    state.waiting();
  }

  /** Phones that have joined (each holds a member cookie), at most 100. */
  public int joined() {
    return state.joined();
  }

  /** Members with a ballot on the open (or just closed) statement. */
  public int voted() {
    return state.voted();
  }

  /**
   * Members who voted at least once in this room: the consensus file's {@code
   * respondent.consensus}.
   */
  public int voters() {
    return state.voters();
  }

  /** Stops the server and its threads at once; a vote in progress gets no answer. */
  @Override
  public void close() {
    server.stop();
  }
}
