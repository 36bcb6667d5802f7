package org.ccgdiag.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The room's small parts on their own: codes, tokens, statements, the page's policy, the default
 * address.
 */
class RoomPartsTest {
  private static final RoomListener NOBODY =
      new RoomListener() {
        @Override
        public void voted(
            String questionId, java.util.Map<String, Integer> distribution, int voters) {}

        @Override
        public void countsChanged(int joined, int voted) {}
      };

  @Test
  void codesUseOnlyCharactersThatCannotBeMistakenForOneAnother() {
    assertThat(RoomCode.ALPHABET).hasSize(23).doesNotContainPattern("[0O1IL5S2Z8BUV]");
    assertThat(RoomCode.ALPHABET.chars().distinct().count()).isEqualTo(23);
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String code = RoomCode.newCode();
      assertThat(code).hasSize(6).matches("[" + RoomCode.ALPHABET + "]{6}");
      codes.add(code);
    }
    assertThat(codes).as("drawn at random").hasSizeGreaterThan(1_990);
    Set<Character> used = new HashSet<>();
    codes.forEach(c -> c.chars().forEach(ch -> used.add((char) ch)));
    assertThat(used).as("every character of the alphabet appears").hasSize(23);
  }

  @Test
  void memberTokensAre128RandomBits() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      tokens.add(RoomCode.newToken());
    }
    assertThat(tokens).hasSize(1_000).allMatch(t -> t.matches("[A-Za-z0-9_-]{22}"));
  }

  @Test
  void aStatementNeedsDistinctOptions() {
    assertThatThrownBy(() -> new RoomStatement("q", 1, 1, "t", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new RoomStatement(
                    "q", 1, 1, "t", List.of(new RoomOption("1", "a"), new RoomOption("1", "b"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thePagesPolicyAllowsItsOwnScriptAndStyleOnly() {
    PhonePage page = PhonePage.load();
    String html = new String(page.html, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(page.contentSecurityPolicy)
        .matches(
            "default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]{44}'; "
                + "style-src 'sha256-[A-Za-z0-9+/=]{44}'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    assertThat(html)
        .doesNotContain(
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
            "style=\"",
            "http://",
            "https://",
            "import ")
        .doesNotContainPattern("\\son[a-z]+=");
  }

  @Test
  void theDefaultAddressIsASiteLocalIpv4AddressOrLoopback() {
    InetAddress address = RoomAddresses.defaultAddress();
    assertThat(address).isInstanceOf(Inet4Address.class);
    assertThat(address.isSiteLocalAddress() || address.isLoopbackAddress())
        .as(address.toString())
        .isTrue();
  }

  @Test
  void ipv6AddressesAreWrittenAsBrowsersWriteThem() {
    assertThat(RoomServer.compressed("0:0:0:0:0:0:0:1")).isEqualTo("::1");
    assertThat(RoomServer.compressed("fd12:3456:789a:0:0:0:0:1")).isEqualTo("fd12:3456:789a::1");
    assertThat(RoomServer.compressed("fe80:0:0:1:0:0:0:5"))
        .as("the longer run")
        .isEqualTo("fe80:0:0:1::5");
    assertThat(RoomServer.compressed("2001:db8:0:1:1:1:1:1"))
        .as("a single zero group stays")
        .isEqualTo("2001:db8:0:1:1:1:1:1");
    assertThat(RoomServer.compressed("fd00:0:0:0:0:0:0:0")).isEqualTo("fd00::");
  }

  @Test
  void aRoomOnIpv6LoopbackServesItsPage() throws Exception {
    InetAddress loopback6 = InetAddress.getByName("::1");
    try (Room room = Room.start(new RoomSettings(loopback6, 0, "Org", "Statement"), NOBODY)) {
      assertThat(room.joinAddress().toString()).matches("http://\\[::1\\]:\\d+/[A-Z0-9]{6}/");
      assertThat(new RoomClient(room).join()).startsWith("member=");
    } catch (java.io.IOException noIpv6) {
      org.junit.jupiter.api.Assumptions.abort("no IPv6 loopback here: " + noIpv6.getMessage());
    }
  }

  @Test
  void aWildcardAddressIsRefusedWithAMessage() throws Exception {
    RoomSettings anywhere =
        new RoomSettings(InetAddress.getByName("0.0.0.0"), 0, "Org", "Statement");
    assertThatThrownBy(() -> Room.start(anywhere, NOBODY))
        .isInstanceOf(java.io.IOException.class)
        .hasMessageContaining("0.0.0.0");
  }

  @Test
  void aPortInUseIsAnIoExceptionWithAMessage() throws Exception {
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      RoomSettings same =
          new RoomSettings(
              InetAddress.getLoopbackAddress(), taken.getLocalPort(), "Org", "Statement");
      assertThatThrownBy(() -> Room.start(same, NOBODY))
          .isInstanceOf(java.io.IOException.class)
          .hasMessageStartingWith("cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
  }
}
