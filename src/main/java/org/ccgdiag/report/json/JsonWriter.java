package org.ccgdiag.report.json;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.ccgdiag.text.Utf8Text;

/**
 * The layout of every JSON file ccg-diag writes, straight to UTF-8 bytes: two-space indents, {@code
 * \n} line ends, {@code "key": value}, empty objects and arrays as {@code {}} and {@code []},
 * strings escaped as Jackson 2 escaped them ({@code \" \\ \b \t \n \f \r}, other controls and each
 * half of a surrogate pair as a six-character {@code \\uXXXX}, everything else as UTF-8), decimals
 * in plain notation.
 *
 * <p>Why not Jackson's generator and pretty printer, which wrote exactly these bytes before: on a
 * batch of 10,000 answer files the reports are about 125 MB of JSON, and writing them through
 * Jackson's pretty printer was 30% of the run (its indentation goes through strings and char
 * buffers). This writer does the one layout with byte copies; {@code JsonWriterTest} checks it byte
 * for byte against Jackson with the old configuration.
 */
final class JsonWriter {
  /** A new line and the deepest indent ccg-diag writes (reports nest six levels). */
  private static final byte[] INDENT =
      ("\n" + " ".repeat(2 * 64)).getBytes(StandardCharsets.US_ASCII);

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  /**
   * For each ASCII character: 0 to copy it (DEL and the C1 controls are escaped too), a letter for
   * its short escape, 'u' for the six-character {@code \\u00XX}.
   */
  private static final byte[] ESCAPES = escapes();

  /** Slots of the cache of written strings (a power of two). */
  private static final int CACHED = 512;

  /** Longer strings (notes, sentences) are rarely repeated and not worth hashing for the cache. */
  private static final int MAX_CACHED_LENGTH = 48;

  private byte[] out;

  /**
   * Strings written before, by identity, and their quoted, escaped bytes: a report writes the same
   * few hundred names, keys and labels thousands of times, as the same String objects.
   */
  private final String[] cachedStrings = new String[CACHED];

  private final byte[][] cachedBytes = new byte[CACHED][];

  /**
   * A string's characters, copied in one go: C1-compiled code reads an array faster than charAt.
   */
  private char[] chars = new char[256];

  private int size;
  private int depth;

  /** Per open container, whether it already has an entry (bit {@code depth}). */
  private long filled;

  /** Per open container, whether it is an object (bit {@code depth}). */
  private long objects;

  /** A field name was just written: the value follows on the same line. */
  private boolean afterName;

  /** A writer for a file of about this many bytes (it grows as needed). */
  JsonWriter(int expectedSize) {
    out = new byte[Math.max(expectedSize, 256)];
  }

  JsonWriter() {
    this(16 * 1024);
  }

  JsonWriter startObject() {
    beforeValue();
    open(true, '{');
    return this;
  }

  JsonWriter endObject() {
    return close('}');
  }

  JsonWriter startArray() {
    beforeValue();
    open(false, '[');
    return this;
  }

  JsonWriter endArray() {
    return close(']');
  }

  JsonWriter objectField(String name) {
    return name(name).startObject();
  }

  JsonWriter arrayField(String name) {
    return name(name).startArray();
  }

  /** Starts an entry of the open object: the next call writes its value. */
  JsonWriter name(String name) {
    entry();
    string(name);
    ensure(2);
    out[size++] = ':';
    out[size++] = ' ';
    afterName = true;
    return this;
  }

  JsonWriter value(String text) {
    beforeValue();
    if (text == null) {
      raw("null");
    } else {
      string(text);
    }
    return this;
  }

  JsonWriter value(long number) {
    beforeValue();
    if (number == Long.MIN_VALUE) {
      raw(Long.toString(number)); // the one long without a positive counterpart
      return this;
    }
    ensure(20);
    if (number < 0) {
      out[size++] = '-';
      number = -number;
    }
    // Digits straight into the buffer, last first: counts are most of a report's numbers.
    int digits = 1;
    for (long rest = number / 10; rest != 0; rest /= 10) {
      digits++;
    }
    for (int at = size + digits - 1; at >= size; at--) {
      out[at] = (byte) ('0' + number % 10);
      number /= 10;
    }
    size += digits;
    return this;
  }

  /**
   * The decimal {@code unscaled / 10^places} in plain notation, as {@code
   * BigDecimal.valueOf(unscaled, places)} writes it ({@code -0.5}, {@code 70.0}, {@code 0.005}),
   * without making the BigDecimal: a report has hundreds of these.
   */
  JsonWriter decimal(long unscaled, int places) {
    if (unscaled == Long.MIN_VALUE || places < 1 || places > 18) {
      return value(BigDecimal.valueOf(unscaled, places));
    }
    beforeValue();
    ensure(22);
    long magnitude = Math.abs(unscaled);
    if (unscaled < 0) {
      out[size++] = '-';
    }
    // At least one digit before the point: 0.005 has digits "0005" for places 3.
    int digits = 1;
    for (long rest = magnitude / 10; rest != 0; rest /= 10) {
      digits++;
    }
    digits = Math.max(digits, places + 1);
    int end = size + digits + 1;
    int at = end - 1;
    for (int i = 0; i < places; i++) {
      out[at--] = (byte) ('0' + magnitude % 10);
      magnitude /= 10;
    }
    out[at--] = '.';
    while (at >= size) {
      out[at--] = (byte) ('0' + magnitude % 10);
      magnitude /= 10;
    }
    size = end;
    return this;
  }

  JsonWriter value(BigDecimal number) {
    beforeValue();
    raw(number == null ? "null" : number.toPlainString());
    return this;
  }

  JsonWriter value(boolean flag) {
    beforeValue();
    raw(flag ? "true" : "false");
    return this;
  }

  JsonWriter field(String name, boolean flag) {
    return name(name).value(flag);
  }

  JsonWriter nullValue() {
    beforeValue();
    raw("null");
    return this;
  }

  JsonWriter field(String name, String text) {
    return name(name).value(text);
  }

  JsonWriter field(String name, long number) {
    return name(name).value(number);
  }

  JsonWriter field(String name, BigDecimal number) {
    return name(name).value(number);
  }

  /** The bytes written so far and a final line end, as the files end. */
  byte[] toFile() {
    ensure(1);
    out[size++] = '\n';
    return Arrays.copyOf(out, size);
  }

  private void open(boolean object, char bracket) {
    ensure(1);
    out[size++] = (byte) bracket;
    depth++;
    if (depth >= 64) {
      throw new IllegalStateException("JSON nested deeper than 63 levels");
    }
    long bit = 1L << depth;
    filled &= ~bit;
    objects = object ? objects | bit : objects & ~bit;
  }

  private JsonWriter close(char bracket) {
    boolean hadEntries = (filled & (1L << depth)) != 0;
    depth--;
    if (hadEntries) {
      newLine();
    }
    ensure(1);
    out[size++] = (byte) bracket;
    return this;
  }

  /** A value in an array starts on its own line; after a field name it follows the name. */
  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else if (depth > 0) {
      entry();
    }
  }

  private void entry() {
    long bit = 1L << depth;
    if ((filled & bit) != 0) {
      ensure(1);
      out[size++] = ',';
    }
    filled |= bit;
    newLine();
  }

  private void newLine() {
    int length = 1 + 2 * depth;
    ensure(length);
    System.arraycopy(INDENT, 0, out, size, length);
    size += length;
  }

  /** ASCII only: keywords and numbers. */
  private void raw(String ascii) {
    int length = ascii.length();
    ensure(length);
    for (int i = 0; i < length; i++) {
      out[size++] = (byte) ascii.charAt(i);
    }
  }

  private void string(String text) {
    int length = text.length();
    if (length > MAX_CACHED_LENGTH) {
      encode(text, length);
      return;
    }
    int slot = text.hashCode() & (CACHED - 1);
    byte[] cached = cachedBytes[slot];
    if (cachedStrings[slot] == text) {
      ensure(cached.length);
      System.arraycopy(cached, 0, out, size, cached.length);
      size += cached.length;
      return;
    }
    int start = size;
    encode(text, length);
    cachedStrings[slot] = text;
    cachedBytes[slot] = Arrays.copyOfRange(out, start, size);
  }

  /** The string in quotes, escaped. */
  private void encode(String text, int length) {
    ensure(2 + 6 * length); // \\uXXXX is the longest a char can take
    char[] cs = chars = Utf8Text.charsOf(text, chars);
    byte[] b = out;
    int at = size;
    b[at++] = '"';
    for (int i = 0; i < length; i++) {
      char c = cs[i];
      if (c < 0x80) {
        byte escape = ESCAPES[c];
        if (escape == 0) {
          b[at++] = (byte) c;
        } else {
          b[at++] = '\\';
          b[at++] = escape;
          if (escape == 'u') {
            b[at++] = '0';
            b[at++] = '0';
            b[at++] = HEX[c >> 4];
            b[at++] = HEX[c & 0xF];
          }
        }
      } else if (c <= 0x9f) {
        // C1 controls escaped as C0 ones are: raw, some terminals obey them (U+009B starts a
        // command).
        b[at++] = '\\';
        b[at++] = 'u';
        b[at++] = '0';
        b[at++] = '0';
        b[at++] = HEX[c >> 4];
        b[at++] = HEX[c & 0xF];
      } else if (c < 0x800) {
        b[at++] = (byte) (0xC0 | c >> 6);
        b[at++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isSurrogate(c)) {
        // As Jackson 2 wrote characters beyond the BMP: each half of the pair as an escape.
        b[at++] = '\\';
        b[at++] = 'u';
        b[at++] = HEX[c >> 12];
        b[at++] = HEX[c >> 8 & 0xF];
        b[at++] = HEX[c >> 4 & 0xF];
        b[at++] = HEX[c & 0xF];
      } else {
        b[at++] = (byte) (0xE0 | c >> 12);
        b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        b[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    b[at++] = '"';
    size = at;
  }

  private void ensure(int more) {
    if (size + more > out.length) {
      out = Arrays.copyOf(out, Math.max(2 * out.length, size + more));
    }
  }

  private static byte[] escapes() {
    byte[] table = new byte[128];
    for (int c = 0; c < 0x20; c++) {
      table[c] = 'u';
    }
    table[0x7f] = 'u'; // DEL
    table['"'] = '"';
    table['\\'] = '\\';
    table['\b'] = 'b';
    table['\t'] = 't';
    table['\n'] = 'n';
    table['\f'] = 'f';
    table['\r'] = 'r';
    return table;
  }
}
