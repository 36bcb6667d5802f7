package org.ccgdiag.load;

import java.util.List;
import org.ccgdiag.problem.Position;

/**
 * A parsed YAML or JSON document, reduced to what the formats use (mappings, sequences and text),
 * with the position of every node so that errors can point at it.
 */
public sealed interface Node {

  Position position();

  /** What the node is, for messages such as "expected a mapping, found a list". */
  String kind();

  /**
   * A scalar, kept as its text; {@code text} is null for an explicit or empty YAML null. Its
   * position is held as two numbers (line 0 when unknown): a batch reads millions of scalars, and a
   * Position object for each was a tenth of what reading allocated.
   */
  record Scalar(String text, int line, int column) implements Node {
    public Scalar(String text, Position position) {
      this(text, position == null ? 0 : position.line(), position == null ? 0 : position.column());
    }

    @Override
    public Position position() {
      return line == 0 ? null : new Position(line, column);
    }

    public boolean isNull() {
      return text == null;
    }

    @Override
    public String kind() {
      return isNull() ? "nothing (null)" : "a single value";
    }
  }

  record Entry(Scalar key, Node value) {}

  /** A mapping whose keys are unique (duplicates are reported when the tree is built). */
  record Mapping(List<Entry> entries, Position position) implements Node {
    @Override
    public String kind() {
      return "a mapping (key: value)";
    }
  }

  record Sequence(List<Node> items, Position position) implements Node {
    @Override
    public String kind() {
      return "a list";
    }
  }
}
