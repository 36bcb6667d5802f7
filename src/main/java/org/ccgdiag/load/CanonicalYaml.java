package org.ccgdiag.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.ccgdiag.problem.Position;

/**
 * A strict reader for the canonical form of answer files, the form {@code assess}, {@code import}
 * and the answers writer produce: block mappings indented with spaces, one-line flow mappings of
 * scalars, and one-line plain, single-quoted or escape-free double-quoted scalars, with LF or CRLF
 * line ends. It builds the same positioned tree as SnakeYAML (SnakeYAML's scanner is most of the
 * cost of batch scoring) and declines anything else, which then takes the SnakeYAML path
 * unchanged: every message about a file still comes from that path. The differential test
 * (CanonicalYamlTest) holds the two trees equal, positions included, whenever this one accepts.
 */
final class CanonicalYaml {
  /** Longer scalars take the full path, where the limits on text are checked. */
  private static final int MAX_SCALAR = 4096;

  /** Deepest block nesting accepted: answer files need three levels; deeper ones take the full path and its limit. */
  private static final int MAX_LEVELS = 4;

  /** ccg-diag writes at most two keys in a flow mapping; longer ones take the full path. */
  private static final int MAX_FLOW_ENTRIES = 8;


  private static final String ANSWER = "answer";
  private static final String NOTE = "note";

  /** Each one-character ASCII value (most answers: "4"), made once rather than for every answer. */
  private static final String[] ONE_CHARACTER = oneCharacterStrings();

  /** The text as an array: C1-compiled code reads an array faster than String.charAt. */
  private final char[] text;
  /** The same text, for values: a substring of a Latin-1 string is a plain copy, unlike a String made from chars. */
  private final String source;
  private int pos;
  private int line = 1;
  private int lineStart;

  private CanonicalYaml(String text) {
    this.text = text.toCharArray();
    this.source = text;
  }

  /** The tree of a canonical document, or what {@code general} gives for any other text. */
  static Node parseOr(String text, Supplier<Node> general) {
    Node canonical = parse(text);
    return canonical != null ? canonical : general.get();
  }

  /** The tree of a canonical document; null when the text is not in the canonical form. */
  static Node parse(String text) {
    try {
      return new CanonicalYaml(text).document();
    } catch (Declined e) {
      return null;
    }
  }

  /** The text is not in the canonical form; nothing is said about whether it is valid YAML. */
  private static final class Declined extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Declined INSTANCE = new Declined();

    private Declined() {
      super(null, null, false, false);
    }
  }

  private static Declined decline() {
    return Declined.INSTANCE;
  }

  private Node document() {
    checkCharacters();
    Node root = blockMapping(0, 1);
    if (pos < text.length) {
      throw decline();
    }
    return root;
  }

  /** Characters SnakeYAML counts or treats differently (tabs, lone CR, other line breaks, BOM, surrogates, controls). */
  private void checkCharacters() {
    char[] chars = text;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if ((c >= 0x20 && c <= 0x7E) || c == '\n') {
        continue; // nearly every character: the rest is checked only when needed
      }
      boolean allowed =
          (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
      boolean crlf = c == '\r' && i + 1 < chars.length && chars[i + 1] == '\n';
      if (!allowed && !crlf) {
        throw decline();
      }
    }
  }

  private Position here() {
    return new Position(line, column());
  }

  private int column() {
    return pos - lineStart + 1;
  }

  /** Spaces at the start of the current line. */
  private int indentHere() {
    int i = pos;
    while (i < text.length && text[i] == ' ') {
      i++;
    }
    return i - pos;
  }

  /** A block mapping whose keys all start at column {@code indent}; the caller is at a line start. */
  private Node.Mapping blockMapping(int indent, int level) {
    if (level > MAX_LEVELS) {
      throw decline();
    }
    List<Node.Entry> entries = new ArrayList<>();
    Set<String> keys = new HashSet<>(128); // an answers file's mapping of answers, without rehashing
    Position at = null;
    while (pos < text.length) {
      int spaces = indentHere();
      if (spaces < indent) {
        break;
      }
      if (spaces > indent) {
        throw decline();
      }
      pos += spaces;
      Node.Scalar key = key();
      if (at == null) {
        at = key.position();
      }
      if (!keys.add(key.text())) {
        throw decline();
      }
      expect(':');
      Node value;
      if (atLineEnd()) {
        int emptyLine = line;
        int emptyColumn = column();
        endLine();
        int deeper = pos < text.length ? indentHere() : 0;
        value = deeper > indent ? blockMapping(deeper, level + 1) : new Node.Scalar(null, emptyLine, emptyColumn);
      } else if (peek() == ' ' && pos + 1 < text.length && text[pos + 1] == '|') {
        pos++;
        value = literal(indent);
      } else {
        expect(' ');
        value = peek() == '{' ? flowMapping() : scalar(false);
        if (!atLineEnd()) {
          throw decline();
        }
        endLine();
      }
      entries.add(new Node.Entry(key, value));
    }
    if (at == null) {
      throw decline();
    }
    return new Node.Mapping(List.copyOf(entries), at);
  }

  /** {@code {key: value, key: value}} on one line, values scalars; nothing looser. */
  private Node.Mapping flowMapping() {
    Position at = here();
    pos++;
    List<Node.Entry> entries = new ArrayList<>(2);
    if (peek() != '}') {
      do {
        Node.Scalar key = key();
        // An answer's {answer, note}: a scan is cheaper than a set for these few keys.
        if (entries.size() == MAX_FLOW_ENTRIES) {
          throw decline();
        }
        for (int i = 0; i < entries.size(); i++) { // indexed: C1 would allocate an iterator
          if (entries.get(i).key().text().equals(key.text())) {
            throw decline();
          }
        }
        expect(':');
        expect(' ');
        entries.add(new Node.Entry(key, scalar(true)));
      } while (peek() == ',' && skipComma());
    }
    expect('}');
    return new Node.Mapping(List.copyOf(entries), at);
  }

  /**
   * A plain key of letters, digits, '_', '-' and '.', starting with a letter, digit or '_'; or a
   * single-quoted one, as the writer quotes the option keys of {@code votes} ('1').
   */
  private Node.Scalar key() {
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
    String key = length == 6 && source.startsWith(ANSWER, start) ? ANSWER
        : length == 4 && source.startsWith(NOTE, start) ? NOTE
        : source.substring(start, pos);
    if (isNull(key)) {
      throw decline();
    }
    return new Node.Scalar(key, line, column);
  }

  /** YAML's plain nulls, {@code ~ null Null NULL}: by length first, since nearly every key and value is neither. */
  private static boolean isNull(String plain) {
    return plain.length() == 1
        ? plain.charAt(0) == '~'
        : plain.length() == 4 && (plain.equals("null") || plain.equals("Null") || plain.equals("NULL"));
  }

  private static boolean isKeyChar(char c, boolean first) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || (!first && (c == '-' || c == '.'));
  }

  private Node.Scalar scalar(boolean flow) {
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
  private Node.Scalar literal(int indent) {
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
      if (c == '#' || (c == ':' && (flow || isSpaceOrEnd(pos + 1))) || (flow && (c == '[' || c == ']' || c == '{' || c == '?'))) {
        throw decline();
      }
      pos++;
    }
    if (text[pos - 1] == ' ') {
      throw decline();
    }
    return pos - start == 1 && text[start] < ONE_CHARACTER.length ? ONE_CHARACTER[text[start]] : source.substring(start, pos);
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
        return pos - 1 - start == 1 && text[start] < ONE_CHARACTER.length ? ONE_CHARACTER[text[start]] : source.substring(start, pos - 1);
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

  private char peek() {
    return pos < text.length ? text[pos] : 0;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw decline();
    }
    pos++;
  }

  /** Skips ", " between the entries of a flow mapping. */
  private boolean skipComma() {
    if (pos + 1 >= text.length || text[pos] != ',' || text[pos + 1] != ' ') {
      throw decline();
    }
    pos += 2;
    return true;
  }

  private boolean atLineEnd() {
    char c = peek();
    return c == '\n' || c == '\r' || c == 0;
  }

  private void endLine() {
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
