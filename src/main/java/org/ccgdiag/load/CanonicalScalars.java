package org.ccgdiag.load;

import org.ccgdiag.problem.Position;

/**
 * The scalars of {@link CanonicalYaml}'s canonical form (keys; plain, quoted and literal values)
 * and the place in the text they are read from (line, column, line ends), apart from the mappings
 * that {@code CanonicalYaml} reads around them. A superclass rather than an object it holds, so
 * that the reader's loops still read this state as fields of their own, as fast as when the two
 * were one class; every method here is final, so each call is bound as a private one was.
 */
abstract sealed class CanonicalScalars permits CanonicalYaml {
  /** Longer scalars take the full path, where the limits on text are checked. */
  private static final int MAX_SCALAR = 4096;

  private static final String ANSWER = "answer";
  private static final String NOTE = "note";

  /** Each one-character ASCII value (most answers: "4"), made once rather than for every answer. */
  private static final String[] ONE_CHARACTER = oneCharacterStrings();

  /** The text as an array: C1-compiled code reads an array faster than String.charAt. */
  final char[] text;

  /**
   * The same text, for values: a substring of a Latin-1 string is a plain copy, unlike a String
   * made from chars.
   */
  private final String source;

  int pos;
  int line = 1;
  private int lineStart;

  CanonicalScalars(String text) {
    this.text = text.toCharArray();
    this.source = text;
  }

  /** The text is not in the canonical form; nothing is said about whether it is valid YAML. */
  static final class Declined extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Declined INSTANCE = new Declined();

    private Declined() {
      super(null, null, false, false);
    }
  }

  static Declined decline() {
    return Declined.INSTANCE;
  }

  final Position here() {
    return new Position(line, column());
  }

  final int column() {
    return pos - lineStart + 1;
  }

  /** Spaces at the start of the current line. */
  final int indentHere() {
    int i = pos;
    while (i < text.length && text[i] == ' ') {
      i++;
    }
    return i - pos;
  }

  /**
   * A plain key of letters, digits, '_', '-' and '.', starting with a letter, digit or '_'; or a
   * single-quoted one, as the writer quotes the option keys of {@code votes} ('1').
   */
  final Node.Scalar key() {
    int column = column();
    if (peek() == '\'') {
      String quoted = singleQuoted();
      if (quoted.isEmpty() || quoted.length() > 200) {
        throw decline();
      }
      return new Node.Scalar(quoted, line, column);
    }
    int start = pos;
    while (pos < text.length && isKeyChar(text[pos], pos == start)) {
      pos++;
    }
    int length = pos - start;
    if (length == 0 || length > 200) {
      throw decline();
    }
    // The keys of every answer, as the one String the readers compare them with.
    String key =
        length == 6 && source.startsWith(ANSWER, start)
            ? ANSWER
            : length == 4 && source.startsWith(NOTE, start) ? NOTE : source.substring(start, pos);
    if (isNull(key)) {
      throw decline();
    }
    return new Node.Scalar(key, line, column);
  }

  /**
   * YAML's plain nulls, {@code ~ null Null NULL}: by length first, since nearly every key and value
   * is neither.
   */
  private static boolean isNull(String plain) {
    return plain.length() == 1
        ? plain.charAt(0) == '~'
        : plain.length() == 4
            && (plain.equals("null") || plain.equals("Null") || plain.equals("NULL"));
  }

  private static boolean isKeyChar(char c, boolean first) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || (!first && (c == '-' || c == '.'));
  }

  final Node.Scalar scalar(boolean flow) {
    int column = column();
    char first = peek();
    String value;
    if (first == '\'') {
      value = singleQuoted();
    } else if (first == '"') {
      value = doubleQuoted();
    } else {
      value = plain(flow);
      if (isNull(value)) {
        value = null;
      }
    }
    if (value != null && value.length() > MAX_SCALAR) {
      throw decline();
    }
    return new Node.Scalar(value, line, column);
  }

  /**
   * A note of several lines as the writer writes it: {@code |-} and lines indented deeper than the
   * key, blank lines between them kept and trailing ones dropped. Other chomping, an indentation
   * indicator, a first line that is blank or lines of only extra spaces take the full path. Leaves
   * the reader at the start of the line after the scalar.
   */
  final Node.Scalar literal(int indent) {
    int scalarLine = line;
    int scalarColumn = column();
    pos++; // '|'
    expect('-');
    if (!atLineEnd()) {
      throw decline();
    }
    endLine();
    StringBuilder value = new StringBuilder();
    int contentIndent = -1;
    int breaks = 0;
    while (pos < text.length) {
      int spaces = indentHere();
      int end = pos + spaces;
      while (end < text.length && text[end] != '\n' && text[end] != '\r') {
        end++;
      }
      if (end == pos + spaces) { // a blank line: kept only if content follows
        if (contentIndent < 0 || spaces > contentIndent) {
          throw decline();
        }
        breaks++;
        pos = end;
        endLine();
        continue;
      }
      if (spaces < (contentIndent < 0 ? indent + 1 : contentIndent)) {
        break;
      }
      if (contentIndent < 0) {
        contentIndent = spaces;
      } else {
        value.append("\n".repeat(breaks + 1));
      }
      breaks = 0;
      value.append(source, pos + contentIndent, end);
      if (value.length() > MAX_SCALAR) {
        throw decline();
      }
      pos = end;
      endLine();
    }
    if (contentIndent < 0) {
      throw decline();
    }
    return new Node.Scalar(value.toString(), scalarLine, scalarColumn);
  }

  /**
   * A one-line plain scalar: no indicator first, no comment, no ': ', no trailing space, and in a
   * flow mapping none of {@code ,[]{}:?} (a time such as 10:02:11 is fine in a block mapping).
   */
  private String plain(boolean flow) {
    int start = pos;
    char first = peek();
    if (first == 0 || "-?:,[]{}#&*!|>'\"%@` ".indexOf(first) >= 0) {
      throw decline();
    }
    while (pos < text.length) {
      char c = text[pos];
      if (c == '\n' || c == '\r' || (flow && (c == ',' || c == '}'))) {
        break;
      }
      if (c == '#'
          || (c == ':' && (flow || isSpaceOrEnd(pos + 1)))
          || (flow && (c == '[' || c == ']' || c == '{' || c == '?'))) {
        throw decline();
      }
      pos++;
    }
    if (text[pos - 1] == ' ') {
      throw decline();
    }
    return pos - start == 1 && text[start] < ONE_CHARACTER.length
        ? ONE_CHARACTER[text[start]]
        : source.substring(start, pos);
  }

  private String singleQuoted() {
    pos++;
    StringBuilder value = new StringBuilder();
    while (true) {
      char c = peek();
      if (c == '\n' || c == '\r' || c == 0) {
        throw decline();
      }
      pos++;
      if (c == '\'') {
        if (peek() != '\'') {
          return value.toString();
        }
        pos++;
      }
      value.append(c);
    }
  }

  private String doubleQuoted() {
    int start = ++pos;
    while (true) {
      char c = peek();
      if (c == '\n' || c == '\r' || c == '\\' || c == 0) {
        throw decline();
      }
      pos++;
      if (c == '"') {
        return pos - 1 - start == 1 && text[start] < ONE_CHARACTER.length
            ? ONE_CHARACTER[text[start]]
            : source.substring(start, pos - 1);
      }
    }
  }

  private static String[] oneCharacterStrings() {
    String[] strings = new String[128];
    for (char c = 0; c < strings.length; c++) {
      strings[c] = String.valueOf(c);
    }
    return strings;
  }

  private boolean isSpaceOrEnd(int i) {
    return i >= text.length || " \r\n".indexOf(text[i]) >= 0;
  }

  final char peek() {
    return pos < text.length ? text[pos] : 0;
  }

  final void expect(char c) {
    if (peek() != c) {
      throw decline();
    }
    pos++;
  }

  final boolean atLineEnd() {
    char c = peek();
    return c == '\n' || c == '\r' || c == 0;
  }

  final void endLine() {
    if (peek() == '\r') {
      pos++;
    }
    if (pos < text.length) {
      pos++; // the '\n'
      line++;
      lineStart = pos;
    }
  }
}
