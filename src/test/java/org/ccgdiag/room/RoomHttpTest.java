package org.ccgdiag.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every refusal of section 6 through real HTTP on 127.0.0.1, and what an accepted vote does. */
@Timeout(60)
class RoomHttpTest {
  static final RoomStatement Q1 =
      new RoomStatement(
          "q1",
          1,
          3,
          "The board knows its priorities.",
          List.of(
              new RoomOption("1", "Disagree"),
              new RoomOption("2", "Agree"),
              new RoomOption("dk", "Don't know")));
  static final RoomStatement Q2 =
      new RoomStatement(
          "q2",
          2,
          3,
          "Clinicians lead the commissioning.",
          List.of(new RoomOption("1", "Disagree"), new RoomOption("2", "Agree")));

  final List<String> heard = new CopyOnWriteArrayList<>();
  Room room;
  RoomClient phone;

  @BeforeEach
  void start() throws Exception {
    room = RoomClient.startRecording(heard);
    phone = new RoomClient(room);
  }

  @AfterEach
  void stop() {
    room.close();
  }

  @Test
  void theJoinAddressHasASixCharacterCodeWithoutLookAlikes() {
    assertThat(room.joinAddress().toString())
        .matches("http://127\\.0\\.0\\.1:\\d+/[ACDEFGHJKMNPQRTWXY34679]{6}/");
  }

  @Test
  void thePageSetsAStrictCookieAndStrictHeaders() throws Exception {
    HttpResponse<String> page = phone.get("", null);
    String code = room.joinAddress().getPath();

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    assertThat(page.headers().firstValue("Set-Cookie").orElseThrow())
        .matches("member=[A-Za-z0-9_-]{22}; Path=" + code + "; HttpOnly; SameSite=Strict");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .startsWith("default-src 'none'; script-src 'sha256-")
        .contains("style-src 'sha256-", "connect-src 'self'")
        .doesNotContain("unsafe", "http");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.headers().firstValue("Server")).isEmpty();
    assertThat(page.body()).contains("<script>").doesNotContain("src=\"http", "innerHTML");
    assertThat(heard).containsExactly("counts 1 0");

    String cookie = RoomClient.cookieOf(page);
    HttpResponse<String> again = phone.get("", cookie);
    assertThat(again.headers().firstValue("Set-Cookie"))
        .as("a member keeps their cookie")
        .isEmpty();
    assertThat(room.joined()).isEqualTo(1);
  }

  @Test
  void aWrongCodeIsA404WithNoBody() throws Exception {
    String cookie = phone.join();
    String code = room.joinAddress().getPath();
    String wrong = code.equals("/AAAAAA/") ? "/CCCCCC/" : "/AAAAAA/";
    for (String path : List.of(wrong, wrong + "api/state")) {
      HttpResponse<String> response = phone.get(path, cookie);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).isEmpty();
    }
    HttpResponse<String> vote =
        RoomClient.HTTP.send(
            HttpRequest.newBuilder(phone.at(wrong + "api/vote"))
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"q1\",\"key\":\"1\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(vote.statusCode()).isEqualTo(404);
  }

  @Test
  void everyOtherPathAndMethodIsA404ThatRevealsNothing() throws Exception {
    String cookie = phone.join();
    String code = room.joinAddress().getPath();
    List<String> paths =
        List.of(
            "/",
            "/favicon.ico",
            "/robots.txt",
            code + "x",
            code + "api",
            code + "api/",
            code + "api/state/",
            code + "api/state/x",
            code + "api/vote/",
            code + "phone.html",
            code + "..%2f",
            code + "%2e%2e/",
            code + "api/STATE",
            code.toLowerCase() + "api/state",
            code + "/");
    for (String path : paths) {
      for (String method : List.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH", "TRACE")) {
        HttpResponse<String> response = send(method, path, cookie);
        assertThat(response.statusCode()).as(method + " " + path).isEqualTo(404);
        assertThat(response.body()).as(method + " " + path).isEmpty();
        assertThat(response.headers().map().keySet())
            .as(method + " " + path)
            .noneMatch(
                h ->
                    h.equalsIgnoreCase("server")
                        || h.equalsIgnoreCase("x-powered-by")
                        || h.equalsIgnoreCase("allow"));
        Thread.sleep(105); // under the member's 10 requests a second
      }
    }
    for (String[] wrongMethod :
        new String[][] {
          {"POST", code},
          {"POST", code + "api/state"},
          {"GET", code + "api/vote"},
          {"HEAD", code},
          {"OPTIONS", code + "api/vote"},
          {"PUT", code + "api/vote"},
          {"DELETE", code}
        }) {
      HttpResponse<String> response = send(wrongMethod[0], wrongMethod[1], cookie);
      assertThat(response.statusCode()).as(String.join(" ", wrongMethod)).isEqualTo(404);
      assertThat(response.body()).isEmpty();
      Thread.sleep(105);
    }
  }

  private HttpResponse<String> send(String method, String path, String cookie) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(phone.at(path))
            .header("Cookie", cookie)
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                method.equals("GET")
                        || method.equals("HEAD")
                        || method.equals("OPTIONS")
                        || method.equals("DELETE")
                        || method.equals("TRACE")
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    return RoomClient.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void jettysOwnErrorsHaveNoBodyEither() throws Exception {
    String code = room.joinAddress().getPath();
    String badUri =
        phone.raw(
            InetAddress.getLoopbackAddress(),
            "GET /%zz HTTP/1.1\r\nHost: " + phone.authority() + "\r\nConnection: close\r\n\r\n");
    assertThat(badUri).startsWith("HTTP/1.1 400");
    assertThat(badUri.substring(badUri.indexOf("\r\n\r\n") + 4)).isEmpty();
    assertThat(badUri).doesNotContainIgnoringCase("jetty").doesNotContainIgnoringCase("javalin");

    String webSocket =
        phone.raw(
            InetAddress.getLoopbackAddress(),
            "GET "
                + code
                + "ws HTTP/1.1\r\nHost: "
                + phone.authority()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    assertThat(webSocket).startsWith("HTTP/1.1 404");
    assertThat(webSocket.substring(webSocket.indexOf("\r\n\r\n") + 4)).isEmpty();
    assertThat(webSocket)
        .doesNotContainIgnoringCase("jetty")
        .doesNotContainIgnoringCase("javalin")
        .doesNotContain("WebSocket handler");

    String dotDot =
        phone.raw(
            InetAddress.getLoopbackAddress(),
            "GET /../"
                + code
                + " HTTP/1.1\r\nHost: "
                + phone.authority()
                + "\r\nConnection: close\r\n\r\n");
    assertThat(dotDot).startsWith("HTTP/1.1 400");
    assertThat(dotDot.substring(dotDot.indexOf("\r\n\r\n") + 4)).isEmpty();

    String garbage = phone.raw(InetAddress.getLoopbackAddress(), "BLAH\r\n\r\n");
    assertThat(garbage).startsWith("HTTP/1.1 400");
    assertThat(garbage.substring(garbage.indexOf("\r\n\r\n") + 4)).isEmpty();
  }

  @Test
  void theCodeMatchesInEitherCaseOnlyByRedirectingToItsCapitalForm() throws Exception {
    String code = room.joinAddress().getPath();
    for (String path :
        List.of(
            code.toLowerCase(),
            code.substring(0, code.length() - 1),
            code.substring(0, code.length() - 1).toLowerCase())) {
      HttpResponse<String> response = phone.get(path, null);
      assertThat(response.statusCode()).as(path).isEqualTo(303);
      assertThat(response.headers().firstValue("Location")).as(path).hasValue(code);
      assertThat(response.headers().firstValue("Set-Cookie"))
          .as("no member before the real address")
          .isEmpty();
    }
  }

  @Test
  void withoutTheMemberCookieAVoteAndTheStateAre403() throws Exception {
    room.open(Q1);
    assertThat(phone.vote(null, "q1", "1")).isEqualTo(403);
    assertThat(phone.vote("member=AAAAAAAAAAAAAAAAAAAAAA", "q1", "1"))
        .as("a made-up token")
        .isEqualTo(403);
    assertThat(phone.get("api/state", null).statusCode()).isEqualTo(403);
    assertThat(room.voted()).isZero();
  }

  @Test
  void aForeignOriginIs403() throws Exception {
    String cookie = phone.join();
    room.open(Q1);
    for (String origin :
        List.of(
            "http://evil.example",
            "null",
            "http://127.0.0.1",
            "https://" + phone.authority(),
            "http://localhost:" + room.joinAddress().getPort())) {
      HttpRequest request =
          HttpRequest.newBuilder(phone.at("api/vote"))
              .header("Cookie", cookie)
              .header("Origin", origin)
              .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"q1\",\"key\":\"1\"}"))
              .build();
      assertThat(RoomClient.HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
          .as(origin)
          .isEqualTo(403);
    }
    assertThat(room.voted()).isZero();
    HttpRequest sameOrigin =
        HttpRequest.newBuilder(phone.at("api/vote"))
            .header("Cookie", cookie)
            .header("Origin", "http://" + phone.authority())
            .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"q1\",\"key\":\"1\"}"))
            .build();
    assertThat(RoomClient.HTTP.send(sameOrigin, HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(204);
  }

  @Test
  void aForeignHostIs403() throws Exception {
    String cookie = phone.join();
    room.open(Q1);
    String path = room.joinAddress().getPath();
    for (String host :
        List.of(
            "evil.example:" + room.joinAddress().getPort(),
            "localhost:" + room.joinAddress().getPort(),
            "127.0.0.1",
            "127.0.0.1:1")) {
      String page =
          phone.raw(
              InetAddress.getLoopbackAddress(),
              "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
      assertThat(page).as(host).startsWith("HTTP/1.1 403").doesNotContain("Set-Cookie");
      String body = "{\"question\":\"q1\",\"key\":\"1\"}";
      String vote =
          phone.raw(
              InetAddress.getLoopbackAddress(),
              "POST "
                  + path
                  + "api/vote HTTP/1.1\r\nHost: "
                  + host
                  + "\r\n"
                  + "Cookie: "
                  + cookie
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length()
                  + "\r\nConnection: close\r\n\r\n"
                  + body);
      assertThat(vote).as(host).startsWith("HTTP/1.1 403");
    }
    assertThat(room.joined()).isEqualTo(1);
    assertThat(room.voted()).isZero();
  }

  @Test
  void aVoteOnAStatementThatIsNotOpenIs400() throws Exception {
    String cookie = phone.join();
    assertThat(phone.vote(cookie, "q1", "1")).as("waiting").isEqualTo(400);
    room.open(Q1);
    assertThat(phone.vote(cookie, "q2", "1")).as("another statement").isEqualTo(400);
    room.closeVote();
    assertThat(phone.vote(cookie, "q1", "1")).as("closed").isEqualTo(400);
    room.open(Q2);
    assertThat(phone.vote(cookie, "q1", "1")).as("an earlier statement").isEqualTo(400);
    assertThat(room.voters()).isZero();
  }

  @Test
  void aKeyNotInTheScaleOrABodyThatIsNotExactlyAVoteIs400() throws Exception {
    String cookie = phone.join();
    room.open(Q2);
    assertThat(phone.vote(cookie, "q2", "dk")).as("Q2 has no don't know").isEqualTo(400);
    assertThat(phone.vote(cookie, "q2", "3")).isEqualTo(400);
    for (String body :
        List.of(
            "",
            "null",
            "[]",
            "{}",
            "{\"question\":\"q2\"}",
            "{\"question\":\"q2\",\"key\":2}",
            "{\"question\":\"q2\",\"key\":\"2\",\"extra\":1}",
            "{\"question\":\"q2\",\"key\":\"1\",\"key\":\"2\"}",
            "{\"question\":\"q2\",\"key\":{\"x\":\"2\"}}",
            "{\"question\":\"q2\",\"key\":\"2\"} {}",
            "{'question':'q2','key':'2'}",
            "{\"question\":\"q2\",\"key\":\"2\"",
            "{\"question\":\"q2\",/*c*/\"key\":\"2\"}")) {
      assertThat(phone.post(cookie, body).statusCode()).as(body).isEqualTo(400);
      Thread.sleep(105);
    }
    assertThat(room.voted()).isZero();
    assertThat(phone.vote(cookie, "q2", "2")).isEqualTo(204);
  }

  @Test
  void aBodyOverOneKilobyteIs413AndTheServerStillAnswers() throws Exception {
    String cookie = phone.join();
    room.open(Q1);
    String big = "{\"question\":\"q1\",\"key\":\"" + "1".repeat(2 * 1024 * 1024) + "\"}";
    HttpRequest declared =
        HttpRequest.newBuilder(phone.at("api/vote"))
            .header("Cookie", cookie)
            .expectContinue(true)
            .POST(HttpRequest.BodyPublishers.ofString(big))
            .build();
    assertThat(RoomClient.HTTP.send(declared, HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(413);

    // Sent chunked, without a length to refuse up front: the server reads 1 KB and a byte, no more.
    String chunk = "{\"question\":\"q1\",\"key\":\"" + "1".repeat(2048) + "\"}";
    String chunked =
        phone.raw(
            InetAddress.getLoopbackAddress(),
            "POST "
                + room.joinAddress().getPath()
                + "api/vote HTTP/1.1\r\nHost: "
                + phone.authority()
                + "\r\nCookie: "
                + cookie
                + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(chunk.length())
                + "\r\n"
                + chunk
                + "\r\n");
    assertThat(chunked).startsWith("HTTP/1.1 413");

    String vote = "{\"question\":\"q1\",\"key\":\"1\"}";
    String exactlyOneKilobyte = vote + " ".repeat(1024 - vote.length());
    assertThat(exactlyOneKilobyte).hasSize(1024);
    assertThat(phone.post(cookie, exactlyOneKilobyte).statusCode()).isEqualTo(204);
    assertThat(phone.post(cookie, exactlyOneKilobyte + " ").statusCode()).isEqualTo(413);
    assertThat(phone.get("api/state", cookie).statusCode()).isEqualTo(200);
    assertThat(room.voted()).isEqualTo(1);
  }

  @Test
  void oneMemberFloodingGets429sWhileAnotherStillVotes() throws Exception {
    String flooder = phone.joinFrom(2);
    String voter = phone.joinFrom(3);
    room.open(Q1);
    long start = System.nanoTime();
    List<CompletableFuture<HttpResponse<Void>>> flood = new ArrayList<>();
    // 16 connections at a time (a thousand at once would overflow the listen queue, not test the
    // limit).
    java.util.concurrent.Semaphore connections = new java.util.concurrent.Semaphore(16);
    for (int i = 0; i < 1_000; i++) {
      connections.acquire();
      flood.add(
          RoomClient.HTTP
              .sendAsync(
                  phone.voteRequest(flooder, "{\"question\":\"q1\",\"key\":\"1\"}"),
                  HttpResponse.BodyHandlers.discarding())
              .whenComplete((response, failure) -> connections.release()));
    }
    int voterStatus = phone.vote(voter, "q1", "2");
    List<Integer> statuses = flood.stream().map(f -> f.join().statusCode()).toList();
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(voterStatus).isEqualTo(204);
    assertThat(statuses).containsOnly(204, 429);
    long accepted = statuses.stream().filter(s -> s == 204).count();
    assertThat(accepted)
        .as("at most 10 a second, plus the first burst of 10, in %.1f s", seconds)
        .isBetween(10L, 10L + (long) Math.ceil(seconds * 10) + 1);
    assertThat(room.closeVote()).containsExactly(Map.entry("1", 1), Map.entry("2", 1));
  }

  @Test
  void requestsWithoutACookieAreLimitedByAddress() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      statuses.add(phone.get("api/state", null).statusCode());
    }
    assertThat(statuses).contains(403, 429);
    assertThat(phone.joinFrom(4)).as("another address is not held back").startsWith("member=");
  }
}
