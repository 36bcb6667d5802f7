package org.ccgdiag.cli;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.room.Room;
import org.ccgdiag.room.RoomListener;
import org.ccgdiag.room.RoomOption;
import org.ccgdiag.room.RoomSettings;
import org.ccgdiag.room.RoomStatement;
import org.ccgdiag.session.Session;

/**
 * The room of an {@code assess --room} session (brief section 6): the phones vote on the statement
 * on screen, every vote is saved with the answers as it arrives (before the phone hears it was
 * taken), and the projector's counts line is redrawn as phones join and vote. Every save of the
 * session goes through {@link #save}, which keeps the votes of the open statement in the file, so a
 * save from the session's thread never drops a vote that a phone's thread saved.
 */
final class WorkshopRoom implements RoomListener, AutoCloseable {
  private final Consumer<Answers> file;
  private final AssessConsole console;
  private Room room;

  /** The answers as last saved, with the open statement's votes so far; guarded by this. */
  private Answers saved;

  private String openQuestion;
  private Map<String, Integer> openVotes;
  private int voters;

  /** The question index whose vote is open or closed on the phones; -1 while waiting. */
  private int shownIndex = -1;

  private WorkshopRoom(Consumer<Answers> file, AssessConsole console, Answers start) {
    this.file = file;
    this.console = console;
    this.saved = start;
  }

  /** Starts the room's server; {@code file} saves the answers file. */
  static WorkshopRoom start(
      RoomSettings settings, Consumer<Answers> file, AssessConsole console, Answers start)
      throws IOException {
    WorkshopRoom workshop = new WorkshopRoom(file, console, start);
    workshop.room = Room.start(settings, workshop);
    return workshop;
  }

  URI joinAddress() {
    return room.joinAddress();
  }

  /** Saves the session's answers, with the votes the phones have cast on the open statement. */
  synchronized void save(Answers answers) {
    saved = withVotes(answers);
    file.accept(saved);
  }

  @Override
  public synchronized void voted(String questionId, Map<String, Integer> distribution, int people) {
    openQuestion = questionId;
    openVotes = distribution;
    voters = Math.max(voters, people);
    save(saved);
  }

  @Override
  public void countsChanged(int joined, int voted) {
    console.refresh();
  }

  private Answers withVotes(Answers answers) {
    Respondent who = answers.respondent();
    int agreed = Math.max(who.consensus() == null ? 0 : who.consensus(), voters);
    Answers counted =
        agreed < 2
            ? answers
            : answers.withRespondent(
                new Respondent(who.name(), who.role(), who.perspective(), agreed));
    if (openQuestion == null || openVotes == null || openVotes.isEmpty()) {
      return counted;
    }
    return counted.with(
        openQuestion, counted.answer(openQuestion).withVotes(openVotes), counted.updated());
  }

  /** The statement on screen opens for votes, unless its vote is open or closed already. */
  void show(Session session) {
    if (session.index() != shownIndex) {
      open(session);
    }
  }

  /** A new vote on the statement on screen (also a second vote on it after discussion). */
  synchronized void open(Session session) {
    shownIndex = session.index();
    openQuestion = null;
    openVotes = null;
    List<RoomOption> options =
        session.scale().options().stream()
            .map((Option o) -> new RoomOption(o.key(), o.label()))
            .toList();
    // The room is the team: it reads the statement as the team does, never the stakeholders'
    // wording.
    room.open(
        new RoomStatement(
            session.question().id(),
            session.number(),
            session.questionnaire().questions().size(),
            session.question().text(),
            options));
  }

  /** No statement on the phones (a domain's screen, the review, the end). */
  void waiting() {
    shownIndex = -1;
    room.waiting();
  }

  int voted() {
    return room.voted();
  }

  /** Closes the vote: its distribution, and how many people have voted in this room. */
  Map<String, Integer> closeVote() {
    return room.closeVote();
  }

  int voters() {
    return room.voters();
  }

  /**
   * The projector's line that moves: where to join, and how many have joined and voted (never who
   * or how).
   */
  String counts() {
    return "Join: "
        + room.joinAddress()
        + " · Joined "
        + room.joined()
        + " · Voted "
        + room.voted()
        + " of "
        + room.joined();
  }

  @Override
  public void close() {
    room.close();
  }
}
