import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The redraw after a vote: {@code ccg-diag assess --room} runs as a facilitator runs it, on a
 * terminal (a pseudo-terminal from util-linux's {@code script}, TERM=xterm-256color), and each
 * member's first vote on the open statement is timed twice from the moment it is sent: until the
 * phone has its 204, and until the facilitator's screen has been redrawn with the new count ("Voted
 * k of 100"). Beside them, in the same run, the baseline: the same votes to a room whose session
 * does nothing with them ({@link RoomRoundTrip#measure}). 100 members vote on each statement; the
 * first statement is the warm-up; the facilitator then closes the vote and accepts the middle vote
 * with Enter, and the next statement opens. Usage: {@code java -cp CLASSES:JAR RoomRedraw LAUNCHER
 * [VOTES]} (bench/room.sh compiles and runs it).
 */
public final class RoomRedraw {
  private static final Pattern JOIN = Pattern.compile("http://127\\.0\\.0\\.1:[0-9]+/[A-Z0-9]{6}/");
  private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(20);

  public static void main(String[] args) throws Exception {
    String launcher = args[0];
    int statements = (args.length > 1 ? Integer.parseInt(args[1]) : 500) / RoomRoundTrip.MEMBERS;
    RoomRoundTrip.measure(
        "baseline: listener does nothing", statements * RoomRoundTrip.MEMBERS, (q, d, v) -> {});

    Path dir = Files.createTempDirectory("room-redraw");
    Files.writeString(dir.resolve("q.yaml"), questionnaire(statements + 2));
    ProcessBuilder builder =
        new ProcessBuilder(
                "script",
                "-q",
                "-e",
                "-c",
                "stty cols 120 rows 40; exec "
                    + launcher
                    + " assess -q q.yaml -a answers.yaml --organisation Bench --respondent Team --room --room-address 127.0.0.1",
                "/dev/null")
            .directory(dir.toFile())
            .redirectErrorStream(true);
    builder.environment().put("TERM", "xterm-256color");
    Process session = builder.start();
    Screen screen = new Screen(session.getInputStream());
    OutputStream keys = session.getOutputStream();
    try {
      String address = screen.await(JOIN, 0).text();
      List<String> members = new ArrayList<>();
      for (int n = 0; n < RoomRoundTrip.MEMBERS; n++) {
        members.add(RoomRoundTrip.join(URI.create(address), 2 + n));
      }
      int mark = screen.length();
      type(keys, "\r"); // the domain's screen
      screen.await(Pattern.compile("The only one\\."), mark);
      mark = screen.length();
      type(keys, "\r"); // its first statement, open for votes
      screen.await(Pattern.compile("Voted 0 of " + RoomRoundTrip.MEMBERS), mark);
      URI vote = URI.create(address).resolve("api/vote");
      int measured = (statements - 1) * RoomRoundTrip.MEMBERS;
      long[] answered = new long[measured];
      long[] drawn = new long[measured];
      int i = 0;
      for (int s = 1; s <= statements; s++) {
        for (int m = 0; m < RoomRoundTrip.MEMBERS; m++) {
          int before = screen.length();
          HttpRequest request =
              HttpRequest.newBuilder(vote)
                  .header("Cookie", members.get(m))
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"question\":\"q" + s + "\",\"key\":\"" + (1 + m % 3) + "\"}"))
                  .build();
          long start = System.nanoTime();
          int status =
              RoomRoundTrip.HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
          long took = System.nanoTime() - start;
          if (status != 204) {
            throw new IllegalStateException("statement " + s + ", member " + m + ": " + status);
          }
          long shown =
              screen
                      .await(
                          Pattern.compile("Voted " + (m + 1) + " of " + RoomRoundTrip.MEMBERS),
                          before)
                      .arrived()
                  - start;
          if (s > 1) {
            answered[i] = took;
            drawn[i] = shown;
            i++;
          }
        }
        mark = screen.length();
        type(keys, "\r"); // closes the vote
        screen.await(Pattern.compile("Agreed answer \\["), mark);
        mark = screen.length();
        type(keys, "\r"); // accepts the middle vote: the next statement opens
        screen.await(Pattern.compile("Voted 0 of " + RoomRoundTrip.MEMBERS), mark);
      }
      type(keys, "q\r");
      if (!session.waitFor(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the session did not end");
      }
      print("the session: the phone has its 204", answered);
      print("the session: the count on screen", drawn);
    } finally {
      session.destroyForcibly();
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }

  private static void print(String title, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    System.out.printf(
        "%-38s %d votes: median %.2f ms, 95th percentile %.2f ms, max %.2f ms%n",
        title,
        n,
        sorted[n / 2] / 1e6,
        sorted[(int) Math.ceil(n * 0.95) - 1] / 1e6,
        sorted[n - 1] / 1e6);
  }

  private static void type(OutputStream keys, String text) throws IOException {
    keys.write(text.getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  /** One domain of {@code n} statements on a five-point scale. */
  private static String questionnaire(int n) {
    StringBuilder yaml =
        new StringBuilder(
            """
        format: ccg-diag/questionnaire@1
        id: room-redraw
        version: 1.0.0
        title: Room redraw benchmark
        target: 70
        levels:
          - {id: low, label: Low, min: 0}
          - {id: high, label: High, min: 50}
        scales:
          - id: agreement
            options:
              - {key: "1", label: Disagree, score: 0}
              - {key: "2", label: Neutral, score: 1}
              - {key: "3", label: Agree, score: 2}
        domains:
          - {id: d, title: Domain, description: The only one.}
        questions:
        """);
    for (int q = 1; q <= n; q++) {
      yaml.append("  - {id: q")
          .append(q)
          .append(", domain: d, text: Statement ")
          .append(q)
          .append(", scale: agreement}\n");
    }
    return yaml.toString();
  }

  /** Text on the screen, and when the terminal received its last character. */
  record Shown(String text, long arrived) {}

  /** What the terminal received, as text, and when each piece of it arrived. */
  static final class Screen {
    private final StringBuilder text = new StringBuilder();
    private final java.util.TreeMap<Integer, Long> arrivals = new java.util.TreeMap<>();

    Screen(InputStream in) {
      Thread reader =
          new Thread(
              () -> {
                byte[] buffer = new byte[65536];
                try {
                  for (int n; (n = in.read(buffer)) > 0; ) {
                    long now = System.nanoTime();
                    synchronized (this) {
                      arrivals.put(text.length(), now);
                      text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                      notifyAll();
                    }
                  }
                } catch (IOException e) {
                  // The session ended.
                }
              },
              "screen");
      reader.setDaemon(true);
      reader.start();
    }

    synchronized int length() {
      return text.length();
    }

    /**
     * Waits until {@code pattern} appears after {@code from}: the match, and when its end arrived.
     */
    synchronized Shown await(Pattern pattern, int from) throws InterruptedException {
      long deadline = System.nanoTime() + PATIENCE_NANOS;
      while (true) {
        Matcher m = pattern.matcher(text);
        if (m.find(from)) {
          return new Shown(m.group(), arrivals.floorEntry(m.end() - 1).getValue());
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException(
              "not on the screen within 20 s: "
                  + pattern
                  + "\n"
                  + text.substring(Math.max(0, text.length() - 3000)));
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }
  }
}
