package org.ccgdiag.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccgdiag.room.Room;
import org.ccgdiag.room.RoomListener;
import org.ccgdiag.room.RoomOption;
import org.ccgdiag.room.RoomSettings;
import org.ccgdiag.room.RoomStatement;

/**
 * Issue 24 item 10: the room's HTTP surface under arbitrary sequences of requests (method, path,
 * Host, Origin, cookie, other headers and body chosen by the fuzzer, sent raw over a socket to a
 * running room on loopback). Invariants: every request gets a status, never a 5xx and never a hang;
 * a 2xx is only the page, the state or a vote's empty 204, to GET or POST; a redirect only to the
 * room's own page; a vote is taken only from a POST to /CODE/api/vote with a member's cookie, the
 * right Host and no foreign Origin, for the open statement, with a key of its scale, and never
 * while the vote is closed. Requests come from rotating loopback addresses, as phones from their
 * own.
 */
class RoomFuzzTest {
  private static final Set<String> KEYS = Set.of("1", "2", "3", "dk");
  private static final RoomStatement OPEN =
      new RoomStatement(
          "q1",
          1,
          2,
          "The statement.",
          List.of(
              new RoomOption("1", "Disagree"),
              new RoomOption("2", "Neutral"),
              new RoomOption("3", "Agree"),
              new RoomOption("dk", "Don't know")));
  private static final String[] METHODS = {
    "GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT", "get"
  };
  private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.[01] ([0-9]{3})");
  private static final Pattern SET_COOKIE = Pattern.compile("(?i)set-cookie: member=([^;\\r\\n]*)");

  private static final List<Vote> VOTES = new CopyOnWriteArrayList<>();
  private static final Room ROOM = start();
  private static final URI JOIN = ROOM.joinAddress();
  private static final String CODE = JOIN.getPath().substring(1, JOIN.getPath().length() - 1);
  private static final String AUTHORITY = JOIN.getAuthority();
  private static final List<String> MEMBERS = new ArrayList<>();

  /**
   * Every member cookie the room has set, the harness's members' and those of the fuzzer's page
   * loads.
   */
  private static final Set<String> ISSUED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private static int source;

  private record Vote(String question, Map<String, Integer> distribution) {}

  private record Response(int status, String text) {}

  private static Room start() {
    try {
      return Room.start(
          new RoomSettings(InetAddress.getLoopbackAddress(), 0, "Org", "Statement"),
          new RoomListener() {
            @Override
            public void voted(String questionId, Map<String, Integer> distribution, int voters) {
              VOTES.add(new Vote(questionId, distribution));
            }

            @Override
            public void countsChanged(int joined, int voted) {}
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void requestsAreRefusedOrServedAsTheRoomAllows(FuzzedDataProvider data) throws IOException {
    // The harness binds loopback addresses and connects to the room on loopback; Jazzer's SSRF
    // detector is told so.
    try (SilentCloseable loopback =
        BugDetectors.allowNetworkConnections(
            (host, port) -> host.equals("localhost") || host.startsWith("127."))) {
      exchange(data);
    }
  }

  private static void exchange(FuzzedDataProvider data) throws IOException {
    synchronized (MEMBERS) {
      while (MEMBERS.size() < 20) {
        Response page =
            send(
                nextSource(),
                "GET /"
                    + CODE
                    + "/ HTTP/1.1\r\nHost: "
                    + AUTHORITY
                    + "\r\nConnection: close\r\n\r\n");
        Matcher cookie = SET_COOKIE.matcher(page.text());
        assertThat(cookie.find()).as(page.text()).isTrue();
        MEMBERS.add(cookie.group(1));
        ISSUED.add(cookie.group(1));
      }
    }
    boolean closed = data.consumeBoolean();
    ROOM.open(OPEN);
    if (closed) {
      ROOM.closeVote();
    }
    String issued = null;
    for (int n = data.consumeInt(1, 4); n > 0 && data.remainingBytes() > 0; n--) {
      Request request = Request.of(data, issued);
      int before = VOTES.size();
      Response response = send(nextSource(), request.bytes());
      // 505 is Jetty's parser refusing a request line whose version is not HTTP/1.x (a line break
      // in
      // the path, say), before the room sees it: a refusal, not a failure of the server.
      assertThat(response.status())
          .as("a status for %s, got: %s", request, response.text())
          .satisfiesAnyOf(
              status -> assertThat(status).isBetween(100, 499),
              status -> assertThat(status).isEqualTo(505));
      if (response.status() / 100 == 2) {
        assertThat(request.method()).as("%s", request).isIn("GET", "POST");
        assertThat(response.text())
            .as("%s", request)
            .satisfiesAnyOf(
                text -> assertThat(text).contains("<!DOCTYPE html>").contains("<title>"),
                text -> assertThat(text).contains("{\"phase\":"),
                text -> assertThat(response.status()).isEqualTo(204));
      }
      if (response.status() / 100 == 3) {
        assertThat(response.text())
            .as("%s", request)
            .containsIgnoringCase("location: /" + CODE + "/\r\n");
      }
      List<Vote> taken = VOTES.subList(before, VOTES.size());
      if (!taken.isEmpty()) {
        assertThat(closed).as("a vote taken while closed: %s", request).isFalse();
        assertThat(request.method() + " " + request.path())
            .isEqualTo("POST /" + CODE + "/api/vote");
        assertThat(ISSUED).as("%s", request).contains(request.cookie());
        assertThat(request.host()).isEqualToIgnoringCase(AUTHORITY);
        assertThat(request.origin()).isIn(null, "http://" + AUTHORITY);
        assertThat(taken)
            .allSatisfy(
                v -> {
                  assertThat(v.question()).isEqualTo(OPEN.questionId());
                  assertThat(KEYS).containsAll(v.distribution().keySet());
                });
      }
      Matcher cookie = SET_COOKIE.matcher(response.text());
      if (cookie.find()) {
        issued = cookie.group(1);
        ISSUED.add(issued);
      }
    }
  }

  /** One request as the fuzzer chose it, and the raw bytes sent. */
  private record Request(
      String method, String path, String host, String origin, String cookie, byte[] bytes) {
    static Request of(FuzzedDataProvider data, String issued) {
      String method = data.consumeBoolean() ? data.pickValue(METHODS) : data.consumeAsciiString(8);
      String home = "/" + CODE + "/";
      String path =
          switch (data.consumeInt(0, 8)) {
            case 0 -> home;
            case 1 -> home + "api/state";
            case 2 -> home + "api/vote";
            case 3 -> home.toLowerCase(java.util.Locale.ROOT);
            case 4 -> "/" + CODE;
            case 5 -> home + data.consumeAsciiString(20);
            case 6 -> "/" + data.consumeAsciiString(6) + "/api/vote";
            default -> data.consumeAsciiString(40);
          };
      String host =
          switch (data.consumeInt(0, 3)) {
            case 0, 1 -> AUTHORITY;
            case 2 -> null;
            default -> data.consumeAsciiString(30);
          };
      String origin =
          switch (data.consumeInt(0, 3)) {
            case 0 -> null;
            case 1 -> "http://" + AUTHORITY;
            case 2 -> "http://evil.example";
            default -> data.consumeAsciiString(30);
          };
      String cookie =
          switch (data.consumeInt(0, 3)) {
            case 0 -> null;
            case 1 -> nextMember();
            case 2 -> issued;
            default -> data.consumeAsciiString(40);
          };
      String body =
          switch (data.consumeInt(0, 3)) {
            case 0 -> "";
            case 1 ->
                "{\"question\":\""
                    + (data.consumeBoolean() ? "q1" : data.consumeAsciiString(10))
                    + "\",\"key\":\""
                    + (data.consumeBoolean()
                        ? data.pickValue(KEYS.toArray(String[]::new))
                        : data.consumeAsciiString(4))
                    + "\"}";
            case 2 -> "x".repeat(data.consumeInt(1000, 3000));
            default -> data.consumeAsciiString(200);
          };
      StringBuilder head =
          new StringBuilder(method)
              .append(' ')
              .append(path)
              .append(" HTTP/1.1\r\nConnection: close\r\n");
      if (host != null) {
        head.append("Host: ").append(host).append("\r\n");
      }
      if (origin != null) {
        head.append("Origin: ").append(origin).append("\r\n");
      }
      if (cookie != null) {
        head.append("Cookie: member=").append(cookie).append("\r\n");
      }
      if (data.consumeBoolean()) {
        head.append(data.consumeAsciiString(60)).append("\r\n");
      }
      byte[] content = body.getBytes(StandardCharsets.UTF_8);
      head.append("Content-Type: application/json\r\nContent-Length: ")
          .append(data.consumeBoolean() ? content.length : data.consumeInt(-1, 5000))
          .append("\r\n");
      return new Request(
          method,
          path,
          host,
          origin,
          cookie,
          (head + "\r\n" + body).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\\r\\n");
    }
  }

  /** The harness's members in turn, so that each stays under its 10 requests a second. */
  private static String nextMember() {
    synchronized (MEMBERS) {
      return MEMBERS.get(source % MEMBERS.size());
    }
  }

  /**
   * The next of 250 loopback addresses, so that the per-address limit of 10 a second rarely answers
   * instead.
   */
  private static InetAddress nextSource() {
    source = (source + 1) % 250;
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, 1, (byte) (2 + source)});
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Response send(InetAddress from, String request) throws IOException {
    return send(from, request.getBytes(StandardCharsets.UTF_8));
  }

  private static Response send(InetAddress from, byte[] bytes) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress(JOIN.getHost(), JOIN.getPort()), 5_000);
      socket.setSoTimeout(5_000); // a read that waits longer is a hang
      socket.getOutputStream().write(bytes);
      socket.shutdownOutput();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      socket.getInputStream().transferTo(response);
      String text = response.toString(StandardCharsets.ISO_8859_1);
      Matcher status = STATUS.matcher(text);
      return new Response(status.find() ? Integer.parseInt(status.group(1)) : 0, text);
    }
  }
}
