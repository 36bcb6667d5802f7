package org.ccgdiag.room;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The random parts of a room: its 6-character CODE (from 23 letters and digits that cannot be
 * mistaken for one another: no 0/O, 1/I/L, 5/S, 2/Z, 8/B, U/V) and its members' 128-bit tokens.
 */
final class RoomCode {
  static final String ALPHABET = "ACDEFGHJKMNPQRTWXY34679";
  static final int LENGTH = 6;
  private static final SecureRandom RANDOM = new SecureRandom();

  private RoomCode() {}

  static String newCode() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** 128 random bits, URL-safe base64 without padding (22 characters). */
  static String newToken() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
