package org.ccgdiag.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccgdiag.problem.Position;
import org.ccgdiag.problem.Problems;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Builds the tree of one YAML document from parser events, refusing anchors, aliases, tags, deep
 * nesting and further documents at the position where they occur.
 */
final class YamlEvents {
  /** Plain scalars that YAML reads as null (the empty value of {@code key:} among them). */
  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

  private final Parser parser;
  private final Problems problems;

  YamlEvents(Parser parser, Problems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  Node document() {
    parser.getEvent(); // stream start
    if (parser.checkEvent(Event.ID.StreamEnd)) {
      problems.error(null, "the file is empty");
      return null;
    }
    parser.getEvent(); // document start
    Node root = node(1);
    parser.getEvent(); // document end
    if (!parser.checkEvent(Event.ID.StreamEnd)) {
      throw new Documents.Unsupported(
          parser.peekEvent().getStartMark(),
          "the file holds more than one YAML document (a second '---'); keep one per file");
    }
    return root;
  }

  private Node node(int depth) {
    Event event = check(parser.getEvent());
    Position at = Documents.position(event.getStartMark());
    if (event instanceof ScalarEvent scalar) {
      boolean isNull =
          scalar.isPlain() && scalar.getTag() == null && NULLS.contains(scalar.getValue());
      return new Node.Scalar(isNull ? null : scalar.getValue(), at);
    }
    if (depth > Documents.MAX_DEPTH) {
      throw new Documents.Unsupported(at, Documents.tooDeep());
    }
    if (event instanceof SequenceStartEvent) {
      List<Node> items = new ArrayList<>();
      while (!parser.checkEvent(Event.ID.SequenceEnd)) {
        items.add(node(depth + 1));
      }
      parser.getEvent();
      return new Node.Sequence(List.copyOf(items), at);
    }
    List<Node.Entry> entries = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    while (!parser.checkEvent(Event.ID.MappingEnd)) {
      Node key = node(depth + 1);
      Node value = node(depth + 1);
      Documents.addEntry(entries, seen, key, value, problems);
    }
    parser.getEvent();
    return new Node.Mapping(List.copyOf(entries), at);
  }

  private static Event check(Event event) {
    if (event instanceof AliasEvent alias) {
      throw new Documents.Unsupported(
          alias.getStartMark(),
          "aliases (*" + alias.getAnchor() + ") are not allowed; write the value out in full");
    }
    if (event instanceof NodeEvent node && node.getAnchor() != null) {
      throw new Documents.Unsupported(
          node.getStartMark(),
          "anchors (&" + node.getAnchor() + ") are not allowed; write the value out in full");
    }
    String tag =
        event instanceof ScalarEvent s
            ? s.getTag()
            : event instanceof CollectionStartEvent c ? c.getTag() : null;
    if (tag != null && !tag.equals(Tag.STR.getValue()) && !tag.equals("!!str")) {
      throw new Documents.Unsupported(
          event.getStartMark(), "YAML tags (" + shortTag(tag) + ") are not allowed; remove it");
    }
    return event;
  }

  /**
   * A tag as it was written: {@code !!python/object}, not {@code tag:yaml.org,2002:python/object}.
   */
  private static String shortTag(String tag) {
    return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
  }
}
