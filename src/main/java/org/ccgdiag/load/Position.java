package org.ccgdiag.load;

/** A 1-based line and column in a source file. */
public record Position(int line, int column) {

  /** Line and column of a character offset in a text. */
  public static Position ofOffset(CharSequence text, int offset) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(offset, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, end - lineStart + 1);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
