package org.ccgdiag.questionnaire;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccgdiag.load.Fields;
import org.ccgdiag.load.Node;
import org.ccgdiag.problem.Position;
import org.ccgdiag.problem.Problems;

/** The rules of {@code mirrors}: a pair of statements saying the same thing both ways round. */
final class Mirrors {
  private Mirrors() {}

  /**
   * A mirror pair says the same thing both ways round, so that contradictory answers can be found:
   * it needs the other question to exist, on the same scale, with the opposite {@code reverse}.
   */
  static void check(
      List<Node> items, List<Question> questions, String statement, Problems problems) {
    Map<String, Question> byId = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    questions.forEach(q -> byId.put(q.id(), q));
    for (int i = 0; i < items.size(); i++) {
      names.putIfAbsent(Sections.idOf(items.get(i)), Sections.named(statement, i, items.get(i)));
    }
    for (Node item : items) {
      Question question = byId.get(Sections.idOf(item));
      if (question == null || question.mirrors() == null || !(item instanceof Node.Mapping)) {
        continue;
      }
      Position at = mirrorsPosition((Node.Mapping) item);
      Question other = byId.get(question.mirrors());
      if (other == null) {
        problems.error(
            at,
            names.get(question.id())
                + " mirrors unknown "
                + statement
                + " '"
                + Fields.quoted(question.mirrors())
                + "'"
                + Fields.closest(question.mirrors(), byId.keySet(), problems)
                    .map(id -> "; did you mean '" + id + "'?")
                    .orElse(""));
      } else if (other == question) {
        problems.error(at, names.get(question.id()) + " cannot mirror itself");
      } else if (other.reverse() == question.reverse()) {
        problems.error(
            at,
            names.get(question.id())
                + " mirrors "
                + names.get(other.id())
                + " but both are "
                + (question.reverse() ? "reverse-worded" : "worded the same way")
                + "; a mirror is the same statement worded the other way round (set reverse: true on one of them)");
      } else if (other.scale() != null
          && question.scale() != null
          && !other.scale().equals(question.scale())) {
        // A missing scale is reported at the question that lacks it.
        problems.error(
            at,
            names.get(question.id())
                + " mirrors "
                + names.get(other.id())
                + ", which uses another scale; use the same scale");
      }
    }
  }

  private static Position mirrorsPosition(Node.Mapping item) {
    return item.entries().stream()
        .filter(e -> e.key().text().equals("mirrors"))
        .map(e -> e.value().position())
        .findFirst()
        .orElse(item.position());
  }
}
