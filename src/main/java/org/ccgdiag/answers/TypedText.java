package org.ccgdiag.answers;

import java.text.Normalizer;

/**
 * What an answers file keeps of text that people type or paste (notes, names, roles, the
 * organisation, the round). YAML cannot hold every string (control characters, noncharacters and
 * unpaired surrogates are not allowed in it), so text is brought to a form any YAML reader takes,
 * once, when the answers are made; the file then reads back equal to what was saved.
 *
 * <ul>
 *   <li>Line breaks of every kind (CR LF, CR, vertical tab as Word writes it, form feed, U+0085,
 *       U+2028, U+2029) become a newline in a note, a space elsewhere; a tab stays in a note and
 *       becomes a space elsewhere.
 *   <li>Other control characters (C0, DEL, C1) and noncharacters (U+FFFE, U+FDD0...) are dropped,
 *       and so is an unpaired surrogate.
 *   <li>Leading and trailing white space is removed; text left empty counts as none (null).
 *   <li>A name, role, organisation or round is kept in Unicode's composed form (NFC), so that
 *       "Café" typed on one machine and pasted from another (decomposed, as macOS file names are)
 *       are one.
 *   <li>A note keeps at most {@link #MAX_NOTE_LENGTH} characters, other text {@link
 *       #MAX_LINE_LENGTH}: the reader refuses longer ones, so the session must refuse them when
 *       typed, and anything longer that reaches an answers record is cut rather than saved
 *       unreadable.
 * </ul>
 */
public final class TypedText {
  /**
   * Longest note, in characters (code points). A questionnaire of 200 statements with every note
   * this long still fits the 4 MiB file limit.
   */
  public static final int MAX_NOTE_LENGTH = 5_000;

  /** Longest name, role, organisation or round, in characters (code points). */
  public static final int MAX_LINE_LENGTH = 200;

  private TypedText() {}

  /** A note as kept: line breaks and tabs kept, null when nothing is left. */
  public static String note(String text) {
    return clean(text, true, MAX_NOTE_LENGTH);
  }

  /** A name, role, organisation or round as kept: one line, null when nothing is left. */
  public static String line(String text) {
    return composed(clean(text, false, MAX_LINE_LENGTH));
  }

  /** The text in NFC; only text with a character from U+0300 on can be in another form. */
  private static String composed(String text) {
    if (text == null
        || text.chars().allMatch(c -> c < 0x300)
        || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return text;
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Whether {@link #note} keeps all of the text: what the session checks before saving a typed
   * note.
   */
  public static boolean fitsNote(String text) {
    return fits(text, true, MAX_NOTE_LENGTH);
  }

  /** Whether {@link #line} keeps all of the text. */
  public static boolean fitsLine(String text) {
    return fits(text, false, MAX_LINE_LENGTH);
  }

  private static boolean fits(String text, boolean note, int limit) {
    String kept = clean(text, note, Integer.MAX_VALUE);
    return kept == null || length(kept) <= limit;
  }

  /** The length the limits count: characters as people see them, not UTF-16 units. */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  private static String clean(String text, boolean note, int limit) {
    if (text == null) {
      return null;
    }
    String kept = isClean(text, note) ? text : rewrite(text, note);
    String stripped = kept.strip();
    if (stripped.isEmpty()) {
      return null;
    }
    return length(stripped) <= limit
        ? stripped
        : stripped.substring(0, stripped.offsetByCodePoints(0, limit)).strip();
  }

  /** The common case, checked without copying: nothing to rewrite. */
  private static boolean isClean(String text, boolean note) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean plain = c >= 0x20 && c < 0x7f || (note ? c == '\n' || c == '\t' : false);
      if (!plain
          && (c < 0xa0
              || c == '\u2028'
              || c == '\u2029'
              || Character.isSurrogate(c)
              || isNonCharacter(c))) {
        return false;
      }
    }
    return true;
  }

  private static String rewrite(String text, boolean note) {
    StringBuilder out = new StringBuilder(text.length());
    String lineBreak = note ? "\n" : " ";
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int next = i + 1;
      if (c == '\r' && next < text.length() && text.charAt(next) == '\n') {
        out.append(lineBreak);
        next++;
      } else if (c == '\n'
          || c == '\r'
          || c == 0x0b
          || c == 0x0c
          || c == 0x85
          || c == '\u2028'
          || c == '\u2029') {
        out.append(lineBreak);
      } else if (c == '\t') {
        out.append(note ? "\t" : " ");
      } else if (Character.isHighSurrogate(c)
          && next < text.length()
          && Character.isLowSurrogate(text.charAt(next))) {
        int codePoint = Character.toCodePoint(c, text.charAt(next));
        if (!isNonCharacter(codePoint)) {
          out.appendCodePoint(codePoint);
        }
        next++;
      } else if (!(c < 0x20
          || (c >= 0x7f && c <= 0x9f)
          || Character.isSurrogate(c)
          || isNonCharacter(c))) {
        out.append(c);
      }
      i = next;
    }
    return out.toString();
  }

  private static boolean isNonCharacter(int c) {
    return (c & 0xfffe) == 0xfffe || (c >= 0xfdd0 && c <= 0xfdef);
  }
}
