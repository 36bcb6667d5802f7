package org.ccgdiag.text;

/**
 * Text from input files made safe to show on a terminal or in a spreadsheet cell: control
 * characters (C0, DEL, C1), bidirectional overrides and noncharacters cannot reach the screen raw,
 * where they could move the cursor, change colours, ring the bell or reverse the text. Each becomes
 * a visible escape such as {@code \x1b} or {@code \u202e}; everything else is kept.
 */
public final class Visible {
  private Visible() {}

  /**
   * The text on one line: tabs, line breaks and every other control character escaped. Null stays
   * null.
   */
  public static String oneLine(String text) {
    return escape(text, false);
  }

  /**
   * The text with its line breaks and tabs kept (a note), every other control character escaped.
   */
  public static String lines(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepLines) {
    if (text == null || text.codePoints().noneMatch(c -> isUnsafe(c, keepLines))) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              if (!isUnsafe(c, keepLines)) {
                out.appendCodePoint(c);
              } else if (c == '\n') {
                out.append("\\n");
              } else if (c == '\t') {
                out.append("\\t");
              } else if (c == '\r') {
                out.append("\\r");
              } else if (c <= 0xff) {
                out.append(String.format("\\x%02x", c));
              } else {
                out.append(String.format("\\u%04x", c));
              }
            });
    return out.toString();
  }

  /**
   * A bidirectional control (embeddings, overrides, isolates and marks): invisible, it reorders the
   * text around it, so that what is shown differs from what is there.
   */
  public static boolean isReordering(int c) {
    return (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200e
        || c == 0x200f
        || c == 0x061c;
  }

  static boolean isUnsafe(int c, boolean keepLines) {
    if (keepLines && (c == '\n' || c == '\t')) {
      return false;
    }
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || isReordering(c)
        || (c & 0xfffe) == 0xfffe
        || (c >= 0xfdd0 && c <= 0xfdef);
  }
}
