package org.ccgdiag.room;

import java.net.InetAddress;
import java.util.Objects;

/**
 * Where a room listens and what its page says at the top: the address phones reach (one address of
 * this machine, see {@link RoomAddresses#defaultAddress()}), the port (0 = any free port), the
 * organisation and the questionnaire's word for a statement ("Statement 14 of 100").
 */
public record RoomSettings(
    InetAddress address, int port, String organisation, String statementWord) {
  public RoomSettings {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(statementWord, "statementWord");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }
}
