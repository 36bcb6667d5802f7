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
 * cost of batch scoring) and declines anything else, which then takes the SnakeYAML path unchanged:
 * every message about a file still comes from that path. The differential test (CanonicalYamlTest)
 * holds the two trees equal, positions included, whenever this one accepts. This class reads the
 * document and its mappings; {@link CanonicalScalars}, the scalars in them.
 */
final class CanonicalYaml extends CanonicalScalars {
  /**
   * Deepest block nesting accepted: answer files need three levels; deeper ones take the full path
   * and its limit.
   */
  private static final int MAX_LEVELS = 4;

  /** ccg-diag writes at most two keys in a flow mapping; longer ones take the full path. */
  private static final int MAX_FLOW_ENTRIES = 8;

  private CanonicalYaml(String text) {
    super(text);
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

  private Node document() {
    checkCharacters();
    Node root = blockMapping(0, 1);
    if (pos < text.length) {
      throw decline();
    }
    return root;
  }

  /**
   * Characters SnakeYAML counts or treats differently (tabs, lone CR, other line breaks, BOM,
   * surrogates, controls).
   */
  private void checkCharacters() {
    char[] chars = text;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if ((c >= 0x20 && c <= 0x7E) || c == '\n') {
        continue; // nearly every character: the rest is checked only when needed
      }
      boolean allowed =
          (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
              || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
      boolean crlf = c == '\r' && i + 1 < chars.length && chars[i + 1] == '\n';
      if (!allowed && !crlf) {
        throw decline();
      }
    }
  }

  /**
   * A block mapping whose keys all start at column {@code indent}; the caller is at a line start.
   */
  private Node.Mapping blockMapping(int indent, int level) {
    if (level > MAX_LEVELS) {
      throw decline();
    }
    List<Node.Entry> entries = new ArrayList<>();
    Set<String> keys =
        new HashSet<>(128); // an answers file's mapping of answers, without rehashing
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
        value =
            deeper > indent
                ? blockMapping(deeper, level + 1)
                : new Node.Scalar(null, emptyLine, emptyColumn);
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

  /** Skips ", " between the entries of a flow mapping. */
  private boolean skipComma() {
    if (pos + 1 >= text.length || text[pos] != ',' || text[pos + 1] != ' ') {
      throw decline();
    }
    pos += 2;
    return true;
  }
}
