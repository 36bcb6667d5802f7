package org.ccgdiag.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text built straight into UTF-8 bytes: the bytes {@code String.getBytes(UTF_8)} gives for the same
 * text appended to a StringBuilder, a surrogate pair split across two appends included (a lone
 * surrogate becomes {@code ?}, as there).
 *
 * <p>Why not a StringBuilder: a Markdown report has a few characters beyond Latin-1 (the bars'
 * blocks, dashes), and the first of them turned the whole builder into two bytes a character, so
 * every later append was widened and the report encoded again at the end, a tenth of rendering it.
 */
public final class Utf8Text {
  private byte[] bytes;
  private int size;

  /** A high surrogate that ended the last append: the next may start with its low half. */
  private char pendingHigh;

  /** An append's characters (see {@link #charsOf}). */
  private char[] chars = new char[256];

  public Utf8Text(int capacity) {
    bytes = new byte[Math.max(capacity, 16)];
  }

  public Utf8Text append(char c) {
    if (c < 0x80 && pendingHigh == 0) {
      ensure(1);
      bytes[size++] = (byte) c;
      return this;
    }
    return append(String.valueOf(c));
  }

  /** Appends what {@code String.valueOf} gives (a table, a number). */
  public Utf8Text append(Object value) {
    return append(String.valueOf(value));
  }

  public Utf8Text append(String text) {
    int length = text.length();
    ensure(3 * length + 3); // three bytes a char at most; a pending half and its pair four
    char[] cs = chars = charsOf(text, chars);
    byte[] b = bytes;
    int at = size;
    int i = 0;
    if (pendingHigh != 0) {
      if (length > 0 && Character.isLowSurrogate(cs[0])) {
        at = codePoint(b, at, Character.toCodePoint(pendingHigh, cs[0]));
        i = 1;
      } else if (length > 0) {
        b[at++] = '?';
      }
      if (length > 0) {
        pendingHigh = 0;
      }
    }
    for (; i < length; i++) {
      char c = cs[i];
      if (c < 0x80) {
        b[at++] = (byte) c;
      } else if (c < 0x800) {
        b[at++] = (byte) (0xC0 | c >> 6);
        b[at++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 == length) {
          pendingHigh = c;
        } else if (Character.isLowSurrogate(cs[i + 1])) {
          at = codePoint(b, at, Character.toCodePoint(c, cs[++i]));
        } else {
          b[at++] = '?';
        }
      } else if (Character.isLowSurrogate(c)) {
        b[at++] = '?';
      } else {
        b[at++] = (byte) (0xE0 | c >> 12);
        b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        b[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    size = at;
    return this;
  }

  /** The text's bytes. */
  public byte[] toBytes() {
    byte[] result = Arrays.copyOf(bytes, size + (pendingHigh != 0 ? 1 : 0));
    if (pendingHigh != 0) {
      result[size] = '?';
    }
    return result;
  }

  @Override
  public String toString() {
    return new String(toBytes(), StandardCharsets.UTF_8);
  }

  /**
   * The text's characters, copied in one go into {@code scratch} or, when they do not fit, into a
   * larger array for the caller to keep: C1-compiled code reads an array faster than charAt.
   */
  public static char[] charsOf(String text, char[] scratch) {
    int length = text.length();
    char[] chars =
        scratch.length >= length ? scratch : new char[Math.max(length, 2 * scratch.length)];
    text.getChars(0, length, chars, 0);
    return chars;
  }

  private static int codePoint(byte[] b, int at, int codePoint) {
    b[at++] = (byte) (0xF0 | codePoint >> 18);
    b[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
    b[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
    b[at++] = (byte) (0x80 | codePoint & 0x3F);
    return at;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
    }
  }
}
