package org.ccgdiag.session;

/**
 * What a note typed in the session keeps, so the answers file always loads back and never carries
 * terminal controls: text, tabs and line breaks. Every kind of line break (CR LF, CR, Word's
 * vertical tab, form feed, NEL, U+2028/9) becomes a newline; other control characters (escape, bell,
 * delete, C1 such as U+009B), noncharacters (U+FFFE) and lone surrogates are dropped.
 */
final class Notes {
  private Notes() {}

  /** The note as it will be saved; null stays null. */
  static String clean(String typed) {
    if (typed == null) {
      return null;
    }
    String text = typed.replace("\r\n", "\n");
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        kept.append('\n');
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        int codePoint = text.codePointAt(i);
        if (!isNonCharacter(codePoint)) {
          kept.appendCodePoint(codePoint);
        }
        i++;
      } else if (c == '\t' || !(Character.isISOControl(c) || Character.isSurrogate(c) || isNonCharacter(c))) {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000b' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isNonCharacter(int c) {
    return (c & 0xfffe) == 0xfffe || (c >= 0xfdd0 && c <= 0xfdef);
  }
}
