package org.ccgdiag.load;

import java.util.List;

/**
 * A parsed YAML or JSON document, reduced to what the formats use (mappings, sequences and text),
 * with the position of every node so that errors can point at it.
 */
public sealed interface Node {

  Position position();

  /** What the node is, for messages such as "expected a mapping, found a list". */
  String kind();

  /** A scalar, kept as its text; {@code text} is null for an explicit or empty YAML null. */
  record Scalar(String text, Position position) implements Node {
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
