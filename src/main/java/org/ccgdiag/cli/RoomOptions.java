package org.ccgdiag.cli;

import java.io.IOException;
import java.util.function.Consumer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.session.Session;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** assess's room options (brief section 6), and the start of the room they ask for. */
final class RoomOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--room",
      description =
          "Everyone votes on their phone: a web server shows the statement on screen to the phones"
              + " that open the join address (or scan the QR code). Enter closes a vote, then type"
              + " the agreed answer or Enter for the middle vote. See docs/room.md.")
  boolean room;

  @Option(
      names = "--room-address",
      paramLabel = "ADDR",
      description =
          "The address phones join on (default: this machine's first local network address, else 127.0.0.1).")
  String roomAddress;

  @Option(
      names = "--room-port",
      paramLabel = "N",
      description = "The port phones join on (default: any free port).")
  Integer roomPort;

  /**
   * Starts the room's server and shows where to join: the address and a QR code, dark on light
   * whatever the terminal's colours (not every phone reads an inverted code). The server stops with
   * the session.
   */
  WorkshopRoom start(
      Session start, Consumer<Answers> save, AssessConsole console, AssessView view) {
    java.net.InetAddress address;
    try {
      address =
          roomAddress == null
              ? org.ccgdiag.room.RoomAddresses.defaultAddress()
              : java.net.InetAddress.getByName(roomAddress);
    } catch (java.net.UnknownHostException e) {
      throw new ParameterException(
          mixee.commandLine(),
          "--room-address " + roomAddress + " is not an address of this machine");
    }
    org.ccgdiag.room.RoomSettings settings =
        new org.ccgdiag.room.RoomSettings(
            address,
            roomPort == null ? 0 : roomPort,
            start.answers().organisation(),
            // The phone's heading starts with it ("Statement 3 of 48").
            org.ccgdiag.questionnaire.Noun.capital(
                start.questionnaire().terms().statement().one()));
    WorkshopRoom phones;
    try {
      phones = WorkshopRoom.start(settings, save, console, start.answers());
    } catch (IOException e) {
      throw new UserException(
          ExitCode.INVALID_INPUT, "ccg-diag assess --room: " + e.getMessage(), e);
    }
    console.print(
        new VoteView(view)
            .join(
                phones.joinAddress().toString(),
                org.ccgdiag.room.QrText.rows(phones.joinAddress().toString())));
    if (console.isScreen()) {
      console.readLine("Press Enter to start > ");
    }
    return phones;
  }
}
