package org.ccgdiag.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the room does with accepted votes, through real HTTP: the state, the listener, second votes,
 * a full room, closing.
 */
@Timeout(60)
class RoomVotingTest {
  static final RoomStatement Q1 = RoomHttpTest.Q1;
  static final RoomStatement Q2 = RoomHttpTest.Q2;

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
  void theStateSaysWhatTheMemberMaySee() throws Exception {
    String cookie = phone.join();
    assertThat(phone.get("api/state", cookie).body())
        .isEqualTo(
            "{\"phase\":\"waiting\",\"organisation\":\"NHS Example CCG\",\"statementWord\":\"Statement\",\"joined\":1,\"voted\":0,"
                + "\"question\":null,\"mine\":null}");
    room.open(Q2);
    assertThat(phone.vote(cookie, "q2", "2")).isEqualTo(204);
    HttpResponse<String> voting = phone.get("api/state", cookie);
    assertThat(voting.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(voting.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(voting.body())
        .isEqualTo(
            "{\"phase\":\"voting\",\"organisation\":\"NHS Example CCG\",\"statementWord\":\"Statement\","
                + "\"joined\":1,\"voted\":1,\"question\":{\"id\":\"q2\",\"number\":2,\"total\":3,\"round\":1,"
                + "\"text\":\"Clinicians lead the commissioning.\",\"options\":[{\"key\":\"1\",\"label\":\"Disagree\"},"
                + "{\"key\":\"2\",\"label\":\"Agree\"}]},\"mine\":\"2\"}");
    assertThat(room.closeVote()).containsExactly(Map.entry("2", 1));
    assertThat(phone.get("api/state", cookie).body())
        .contains("\"phase\":\"closed\"", "\"votes\":{\"2\":1}");
  }

  @Test
  void theListenerHasHeardTheVoteBeforeThe204Arrives() throws Exception {
    List<String> saved = new CopyOnWriteArrayList<>();
    room.close();
    room =
        Room.start(
            new RoomSettings(InetAddress.getLoopbackAddress(), 0, "Org", "Statement"),
            new RoomListener() {
              @Override
              public void voted(String questionId, Map<String, Integer> distribution, int voters) {
                try {
                  Thread.sleep(300); // a slow disk: the phone must still wait for it
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                saved.add(questionId + " " + distribution + " " + voters);
              }

              @Override
              public void countsChanged(int joined, int voted) {
                saved.add("counts " + joined + " " + voted);
              }
            });
    phone = new RoomClient(room);
    String cookie = phone.join();
    room.open(Q1);
    assertThat(phone.vote(cookie, "q1", "2")).isEqualTo(204);
    assertThat(saved).containsExactly("counts 1 0", "q1 {2=1} 1", "counts 1 1");
    assertThat(phone.vote(cookie, "q1", "dk")).isEqualTo(204);
    assertThat(saved)
        .as("a changed vote changes no count")
        .containsExactly("counts 1 0", "q1 {2=1} 1", "counts 1 1", "q1 {dk=1} 1");
  }

  @Test
  void aListenerThatFailsGivesThePhoneA500AndTheVoteStaysCounted() throws Exception {
    room.close();
    room =
        Room.start(
            new RoomSettings(InetAddress.getLoopbackAddress(), 0, "Org", "Statement"),
            new RoomListener() {
              @Override
              public void voted(String questionId, Map<String, Integer> distribution, int voters) {
                throw new IllegalStateException("disk full");
              }

              @Override
              public void countsChanged(int joined, int voted) {}
            });
    phone = new RoomClient(room);
    String cookie = phone.join();
    room.open(Q1);
    HttpResponse<String> response = phone.post(cookie, "{\"question\":\"q1\",\"key\":\"2\"}");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).isEmpty();
    assertThat(room.closeVote()).containsExactly(Map.entry("2", 1));
  }

  @Test
  void aSecondVoteStartsWithNoBallotsAndVotersCountEachMemberOnce() throws Exception {
    String a = phone.join();
    String b = phone.join();
    room.open(Q1);
    assertThat(phone.vote(a, "q1", "1")).isEqualTo(204);
    assertThat(phone.vote(b, "q1", "2")).isEqualTo(204);
    assertThat(room.closeVote()).containsExactly(Map.entry("1", 1), Map.entry("2", 1));
    room.open(Q1);
    assertThat(room.voted()).isZero();
    assertThat(phone.get("api/state", a).body()).contains("\"round\":2", "\"mine\":null");
    assertThat(phone.vote(a, "q1", "2")).isEqualTo(204);
    assertThat(room.closeVote()).containsExactly(Map.entry("2", 1));
    room.waiting();
    assertThat(room.closeVote()).isEmpty();
    assertThat(room.voters()).isEqualTo(2);
    assertThat(heard).contains("voted q1 {1=1, 2=1} 2", "voted q1 {2=1} 2");
  }

  @Test
  void theHundredAndFirstPhoneIsTurnedAwayPolitely() throws Exception {
    for (int n = 1; n <= RoomState.MAX_MEMBERS; n++) {
      phone.joinFrom(10 + n);
    }
    String full =
        phone.raw(
            InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) 200}),
            "GET "
                + room.joinAddress().getPath()
                + " HTTP/1.1\r\nHost: "
                + phone.authority()
                + "\r\nConnection: close\r\n\r\n");
    assertThat(full)
        .startsWith("HTTP/1.1 403")
        .contains("already has 100 phones")
        .doesNotContain("Set-Cookie");
    assertThat(room.joined()).isEqualTo(100);
  }

  @Test
  void closeStopsTheServerAndItsThreadsAtOnce() throws Exception {
    phone.join();
    long start = System.nanoTime();
    room.close();
    assertThat((System.nanoTime() - start) / 1_000_000).as("ms to close").isLessThan(2_000);
    long deadline = System.nanoTime() + 2_000_000_000L;
    while (roomThreads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(roomThreads()).isZero();
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> phone.get("", null)))
        .isInstanceOf(java.io.IOException.class);
  }

  private static long roomThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("ccg-room"))
        .count();
  }
}
