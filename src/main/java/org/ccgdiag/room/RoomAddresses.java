package org.ccgdiag.room;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Comparator;
import java.util.List;

/** Where a room listens by default: the address phones on the same network can reach. */
public final class RoomAddresses {
  private RoomAddresses() {}

  /**
   * The first site-local IPv4 address (10/8, 172.16/12, 192.168/16) of an interface that is up, in
   * the interfaces' index order; else 127.0.0.1 (phones cannot reach it, but the room still runs).
   */
  public static InetAddress defaultAddress() {
    try {
      List<NetworkInterface> interfaces =
          NetworkInterface.networkInterfaces()
              .sorted(Comparator.comparingInt(NetworkInterface::getIndex))
              .toList();
      for (NetworkInterface candidate : interfaces) {
        if (candidate.isUp() && !candidate.isLoopback()) {
          for (InetAddress address : candidate.inetAddresses().toList()) {
            if (address instanceof Inet4Address && address.isSiteLocalAddress()) {
              return address;
            }
          }
        }
      }
    } catch (SocketException unreadable) {
      // No list of interfaces: fall back to loopback, as when there is no network at all.
    }
    return InetAddress.getLoopbackAddress();
  }
}
