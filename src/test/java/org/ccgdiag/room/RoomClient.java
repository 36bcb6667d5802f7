package org.ccgdiag.room;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tests' phones: real HTTP to a room on loopback, the member cookie kept by hand. */
final class RoomClient {
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  final Room room;

  RoomClient(Room room) {
    this.room = room;
  }

  /**
   * A room on 127.0.0.1 whose listener writes down what it hears ("voted q1 {2=1} 1", "counts 1
   * 0").
   */
  static Room startRecording(List<String> heard) throws IOException {
    return Room.start(
        new RoomSettings(InetAddress.getLoopbackAddress(), 0, "NHS Example CCG", "Statement"),
        new RoomListener() {
          @Override
          public void voted(String questionId, Map<String, Integer> distribution, int voters) {
            heard.add("voted " + questionId + " " + distribution + " " + voters);
          }

          @Override
          public void countsChanged(int joined, int voted) {
            heard.add("counts " + joined + " " + voted);
          }
        });
  }

  URI at(String path) {
    return room.joinAddress().resolve(path);
  }

  /** Loads the page without a cookie and returns the member cookie it sets ("member=..."). */
  String join() throws IOException, InterruptedException {
    HttpResponse<String> page = get("", null);
    if (page.statusCode() != 200) {
      throw new AssertionError("join: " + page.statusCode());
    }
    return cookieOf(page);
  }

  static String cookieOf(HttpResponse<?> response) {
    Optional<String> header = response.headers().firstValue("Set-Cookie");
    return header
        .map(h -> h.substring(0, h.indexOf(';')))
        .orElseThrow(() -> new AssertionError("no cookie"));
  }

  HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(at(path)).timeout(Duration.ofSeconds(10));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest voteRequest(String cookie, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(at("api/vote"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return request.build();
  }

  int vote(String cookie, String question, String key) throws IOException, InterruptedException {
    return post(cookie, "{\"question\":\"" + question + "\",\"key\":\"" + key + "\"}").statusCode();
  }

  HttpResponse<String> post(String cookie, String body) throws IOException, InterruptedException {
    return HTTP.send(voteRequest(cookie, body), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * One request as raw bytes from a chosen local address (for what HttpClient will not send: a
   * foreign Host, a bad URI).
   */
  String raw(InetAddress local, String request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.setSoTimeout(10_000);
      socket.bind(new InetSocketAddress(local, 0));
      socket.connect(
          new InetSocketAddress(room.joinAddress().getHost(), room.joinAddress().getPort()), 5_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      return readResponse(socket.getInputStream());
    }
  }

  /**
   * The head and, by its Content-Length, the body (so a connection the server keeps open does not
   * hang the read).
   */
  private static String readResponse(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      if (head.size() >= 4
          && new String(head.toByteArray(), head.size() - 4, 4, StandardCharsets.ISO_8859_1)
              .equals("\r\n\r\n")) {
        break;
      }
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher length =
        java.util.regex.Pattern.compile("(?im)^Content-Length: *(\\d+)").matcher(text);
    byte[] body =
        length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : in.readAllBytes();
    return text + new String(body, StandardCharsets.UTF_8);
  }

  /** The Host header a phone sends. */
  String authority() {
    return room.joinAddress().getHost() + ":" + room.joinAddress().getPort();
  }

  /**
   * Joins from loopback address 127.0.0.n (one address per member, as phones on a network have),
   * returning the cookie.
   */
  String joinFrom(int n) throws IOException {
    String response =
        raw(
            InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) n}),
            "GET "
                + room.joinAddress().getPath()
                + " HTTP/1.1\r\nHost: "
                + authority()
                + "\r\nConnection: close\r\n\r\n");
    int at = response.indexOf("Set-Cookie: ");
    if (!response.startsWith("HTTP/1.1 200") || at < 0) {
      throw new AssertionError(
          "join from 127.0.0." + n + ": " + response.lines().findFirst().orElse(""));
    }
    return response.substring(at + "Set-Cookie: ".length(), response.indexOf(';', at));
  }
}
