import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ccgdiag.files.AtomicFile;
import org.ccgdiag.files.FileMode;
import org.ccgdiag.room.Room;
import org.ccgdiag.room.RoomListener;
import org.ccgdiag.room.RoomOption;
import org.ccgdiag.room.RoomSettings;
import org.ccgdiag.room.RoomStatement;

/**
 * A vote's round trip on loopback: POST api/vote until its 204, median and 95th percentile over N
 * votes (after a warm-up), with a listener that does nothing and with one that saves a 6 KB file
 * atomically and synced, as the session saves its answers file on every vote. Votes rotate over 100
 * members joined from their own loopback addresses, each kept under its 10 requests a second.
 * Usage: {@code java -cp CLASSES:JAR RoomRoundTrip [N]} (bench/room.sh compiles and runs it).
 */
public final class RoomRoundTrip {
  static final int MEMBERS = 100;
  static final long MEMBER_GAP_NANOS = 110_000_000L;
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public static void main(String[] args) throws Exception {
    int votes = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    Path dir = Files.createTempDirectory("room-bench");
    byte[] answers = new byte[6 * 1024];
    Arrays.fill(answers, (byte) 'a');
    try {
      measure("listener does nothing", votes, (q, d, v) -> {});
      Path file = dir.resolve("answers.yaml");
      measure(
          "listener saves 6 KB, synced",
          votes,
          (q, d, v) -> {
            try {
              AtomicFile.write(file, answers, AtomicFile.Durability.SYNCED, FileMode.PRIVATE);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }

  interface Voted {
    void voted(String questionId, Map<String, Integer> distribution, int voters);
  }

  static void measure(String title, int votes, Voted saver) throws Exception {
    RoomListener listener =
        new RoomListener() {
          @Override
          public void voted(String questionId, Map<String, Integer> distribution, int voters) {
            saver.voted(questionId, distribution, voters);
          }

          @Override
          public void countsChanged(int joined, int voted) {}
        };
    List<RoomOption> scale =
        List.of(
            new RoomOption("1", "Disagree"),
            new RoomOption("2", "Neutral"),
            new RoomOption("3", "Agree"));
    try (Room room =
        Room.start(
            new RoomSettings(InetAddress.getLoopbackAddress(), 0, "Org", "Statement"), listener)) {
      List<String> members = new ArrayList<>();
      for (int n = 0; n < MEMBERS; n++) {
        members.add(join(room.joinAddress(), 2 + n));
      }
      room.open(new RoomStatement("q1", 1, 1, "Statement", scale));
      URI vote = room.joinAddress().resolve("api/vote");
      int warmUp = Math.min(votes, 500);
      long[] last = new long[MEMBERS];
      long[] nanos = new long[votes];
      for (int i = 0; i < warmUp + votes; i++) {
        int m = i % MEMBERS;
        long wait = last[m] + MEMBER_GAP_NANOS - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        HttpRequest request =
            HttpRequest.newBuilder(vote)
                .header("Cookie", members.get(m))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"question\":\"q1\",\"key\":\"" + (1 + i % 3) + "\"}"))
                .build();
        long start = System.nanoTime();
        int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        long took = System.nanoTime() - start;
        last[m] = start;
        if (status != 204) {
          throw new IllegalStateException("vote " + i + ": " + status);
        }
        if (i >= warmUp) {
          nanos[i - warmUp] = took;
        }
      }
      Arrays.sort(nanos);
      System.out.printf(
          "%-30s %d votes: median %.2f ms, 95th percentile %.2f ms, max %.2f ms%n",
          title,
          votes,
          nanos[votes / 2] / 1e6,
          nanos[(int) Math.ceil(votes * 0.95) - 1] / 1e6,
          nanos[votes - 1] / 1e6);
    }
  }

  /**
   * The page loaded from 127.0.0.n (one address per phone, as on a network): the member cookie it
   * sets.
   */
  static String join(URI page, int n) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(
          new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) n}), 0));
      socket.connect(new InetSocketAddress(page.getHost(), page.getPort()));
      socket
          .getOutputStream()
          .write(
              ("GET "
                      + page.getPath()
                      + " HTTP/1.1\r\nHost: "
                      + page.getHost()
                      + ":"
                      + page.getPort()
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      in.transferTo(response);
      String text = response.toString(StandardCharsets.UTF_8);
      int at = text.indexOf("Set-Cookie: ");
      return text.substring(at + "Set-Cookie: ".length(), text.indexOf(';', at));
    }
  }
}
