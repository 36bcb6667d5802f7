package org.ccgdiag.answers;

import java.util.Random;

/**
 * Strings from every corner of Unicode that people or tools put in answers: YAML's own syntax,
 * every kind of line break, C0 and C1 controls, unpaired surrogates, noncharacters, bidirectional
 * controls, and ordinary text in any plane. Seeded, so a failure names its seed and replays.
 */
public final class ArbitraryText {
  private static final String[] PIECES = {
    ": ",
    "- ",
    "# ",
    "'",
    "\"",
    "\\",
    "---",
    "...",
    "&a",
    "*a",
    "!!str ",
    "!!binary ",
    "%YAML",
    "@",
    "`",
    "{",
    "}",
    "[",
    "]",
    ",",
    "|",
    ">",
    "?",
    "null",
    "~",
    "true",
    "no",
    "1e3",
    "0x1F",
    "=SUM(A1)",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\u000b",
    "\u000c",
    "\u0085",
    "\u2028",
    "\u2029",
    "\u00a0",
    "\ufeff",
    "\u202e",
    "\u200f",
    "\u2066",
    "\ufffe",
    "\uffff",
    "\ufdd0",
    "\ud800",
    "\udc00",
    "\udbff\udfff",
    "\ud83d\ude00",
    "\u001b[31m",
    "\u0007",
    "\u007f",
    "\u009b"
  };

  private final Random random;

  public ArbitraryText(long seed) {
    this.random = new Random(seed);
  }

  /**
   * A string of up to {@code maxLength} pieces, each a YAML-significant piece or a random code unit
   * or point.
   */
  public String next(int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(6)) {
        case 0 -> text.append(PIECES[random.nextInt(PIECES.length)]);
        case 1 -> text.append((char) random.nextInt(0x100)); // C0, ASCII, C1, Latin-1
        case 2 ->
            text.append(
                (char) random.nextInt(0x10000)); // any UTF-16 unit, lone surrogates included
        case 3 -> text.appendCodePoint(random.nextInt(0x110000)); // any code point
        default -> text.append((char) (0x20 + random.nextInt(0x5f))); // printable ASCII
      }
    }
    return text.toString();
  }

  public boolean nextBoolean() {
    return random.nextBoolean();
  }

  public int nextInt(int bound) {
    return random.nextInt(bound);
  }
}
