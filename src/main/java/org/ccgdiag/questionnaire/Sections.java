package org.ccgdiag.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.ccgdiag.load.Fields;
import org.ccgdiag.load.Node;
import org.ccgdiag.problem.Position;
import org.ccgdiag.problem.Problems;

/**
 * The sections of a questionnaire that list items by id (scales, resources, domains, dimensions,
 * areas, statements): each item read in turn, one with problems skipped once they are recorded, a
 * repeated id refused; and how messages name an item of such a list.
 */
final class Sections {
  private Sections() {}

  /**
   * Reads a section's items, whose ids must be unique; an item's problems are recorded and it is
   * skipped.
   */
  static <T> List<T> read(
      Problems problems,
      List<Node> items,
      String kind,
      Set<String> allowed,
      BiFunction<Fields, String, T> build,
      Function<T, String> id) {
    List<T> built = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String what = named(kind, i, item);
      Optional<Fields> fields = Fields.of(item, what, problems, allowed);
      if (fields.isEmpty()) {
        continue;
      }
      T value = build.apply(fields.get(), what);
      String itemId = id.apply(value);
      if (itemId == null) {
        continue;
      }
      Position first = seen.putIfAbsent(itemId, fields.get().positionOf("id"));
      if (first != null) {
        problems.error(
            fields.get().positionOf("id"),
            "duplicate "
                + kind
                + " id '"
                + itemId
                + "' (first at line "
                + first.line()
                + "); ids must be unique");
        continue;
      }
      built.add(value);
    }
    return built;
  }

  /**
   * "question 15 ('clinical-focus.18')": the {@code index}th item of a list, by number from 1 and
   * id.
   */
  static String named(String kind, int index, Node item) {
    return kind + " " + (index + 1) + describeId(item);
  }

  private static String describeId(Node item) {
    String itemId = idOf(item);
    return itemId == null ? "" : " ('" + itemId + "')";
  }

  /** The text of an item's 'id' field, or null when it has none. */
  static String idOf(Node item) {
    if (item instanceof Node.Mapping mapping) {
      for (Node.Entry entry : mapping.entries()) {
        if (entry.key().text().equals("id")
            && entry.value() instanceof Node.Scalar s
            && !s.isNull()) {
          return s.text();
        }
      }
    }
    return null;
  }
}
