package org.ccgdiag.report.markdown;

import java.util.regex.Pattern;
import org.ccgdiag.text.Visible;

/**
 * Makes untrusted text (organisation names, notes, respondent names, titles, question texts) safe
 * to put anywhere in a Markdown line: a table cell, a list item, a heading or inside {@code
 * **bold**}. The result renders as the original text, on one line, and cannot start a block, open a
 * link or an image, emphasise, break a table or inject HTML.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>Line breaks, tabs and other whitespace become a single space; leading and trailing
 *       whitespace is dropped. Other control characters are dropped, and so are bidirectional
 *       controls (U+202E and its kin), which would show the rest of a line reversed.
 *   <li>{@code \ ` * _ [ ] | ~ # $} are escaped with a backslash ({@code $} because GitHub renders
 *       {@code $...$} as mathematics, {@code |} because it splits table cells).
 *   <li>{@code <} and {@code >} become {@code &lt;} and {@code &gt;}, so no HTML gets through; an
 *       {@code &} that would start a character reference (such as {@code &lt;}) is escaped as
 *       {@code \&}, while a plain {@code &} (as in A&E) is left alone.
 *   <li>A leading list marker ({@code - }, {@code + }, {@code 1. }, {@code 1) }) or a leading
 *       {@code --}, {@code ++} or {@code ==} is escaped, so the text cannot become a list item, a
 *       thematic break or a heading underline where it starts a line.
 * </ul>
 */
public final class MarkdownText {
  /**
   * URLs shown as autolinks: http(s) with only the characters RFC 3986 allows (no spaces, |, <, >,
   * quotes).
   */
  private static final Pattern SAFE_URL =
      Pattern.compile("https?://[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+");

  private MarkdownText() {}

  /** The text escaped for use inline anywhere in a Markdown line; null gives the empty string. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    if (isPlain(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    boolean space = false;
    int n = text.length();
    for (int i = 0; i < n; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || c == 0x85) {
        space = out.length() > 0;
        continue;
      }
      if (Character.getType(c) == Character.CONTROL || Visible.isReordering(c)) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '$' -> out.append('\\').append((char) c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append(startsReference(text, i) ? "\\&" : "&");
        default -> out.appendCodePoint(c);
      }
    }
    return guardLineStart(out);
  }

  /**
   * A URL as an autolink ({@code <https://...>}) when it is a plain http(s) URL; anything else is
   * shown as escaped text, never as a link. Null gives the empty string.
   */
  public static String url(String url) {
    if (url == null) {
      return "";
    }
    String trimmed = url.strip();
    return SAFE_URL.matcher(trimmed).matches() ? "<" + trimmed + ">" : escape(trimmed);
  }

  /** ASCII characters that always need attention: the specials, controls, and '&'. */
  private static final boolean[] SPECIAL = new boolean[128];

  static {
    for (int c = 0; c < 32; c++) {
      SPECIAL[c] = true;
    }
    SPECIAL[127] = true;
    for (char c : "\\`*_[]|~#$<>&".toCharArray()) {
      SPECIAL[c] = true;
    }
  }

  /**
   * True when escaping would not change the text (the common case, checked without allocating): no
   * special or control character, no whitespace but single spaces inside, and nothing at the start
   * that could begin a block.
   */
  private static boolean isPlain(String text) {
    int n = text.length();
    if (n == 0) {
      return true;
    }
    char first = text.charAt(0);
    if (first == ' '
        || first == '-'
        || first == '+'
        || first == '='
        || first >= '0' && first <= '9'
        || text.charAt(n - 1) == ' ') {
      return false;
    }
    char previous = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        if (SPECIAL[c] || c == ' ' && previous == ' ') {
          return false;
        }
      } else if (c <= 0x9F || Character.isWhitespace(c) || Visible.isReordering(c)) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /**
   * True when the text after an {@code &} at {@code from} reads as a character reference, e.g.
   * {@code lt;}.
   */
  private static boolean startsReference(String text, int from) {
    int i = from;
    if (i < text.length() && text.charAt(i) == '#') {
      i++;
    }
    int start = i;
    while (i < text.length() && i - start <= 32 && isAsciiAlphanumeric(text.charAt(i))) {
      i++;
    }
    return i > start && i < text.length() && text.charAt(i) == ';';
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /**
   * Escapes what would make the text a block at the start of a line: a bullet ({@code - } or {@code
   * + }), an ordered-list marker ({@code 1. } or {@code 1) }), or a thematic break or setext
   * underline ({@code ---}, {@code ===}). Text such as {@code -5%} or {@code 1.0.0} is left alone.
   */
  private static String guardLineStart(StringBuilder out) {
    if (out.length() == 0) {
      return "";
    }
    char first = out.charAt(0);
    if (first == '-' || first == '+' || first == '=') {
      if (out.length() == 1 || out.charAt(1) == ' ' || out.charAt(1) == first) {
        out.insert(0, '\\');
      }
    } else if (first >= '0' && first <= '9') {
      int i = 0;
      while (i < out.length() && i < 10 && out.charAt(i) >= '0' && out.charAt(i) <= '9') {
        i++;
      }
      if (i < out.length()
          && (out.charAt(i) == '.' || out.charAt(i) == ')')
          && (i + 1 == out.length() || out.charAt(i + 1) == ' ')) {
        out.insert(i, '\\');
      }
    }
    return out.toString();
  }
}
