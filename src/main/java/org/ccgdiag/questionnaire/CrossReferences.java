package org.ccgdiag.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccgdiag.load.Fields;
import org.ccgdiag.load.Node;
import org.ccgdiag.problem.Problems;

/**
 * What the questionnaire's items refer to by id (a statement's domain, areas and scale, any item's
 * resources): recorded while the sections are read and checked once every id is known, since an
 * item may refer to one listed after it.
 */
final class CrossReferences {
  /** What refers, to which kind, at which position. */
  private record Reference(String kind, Node.Scalar id, String from) {}

  private final Problems problems;
  private final List<Reference> references = new ArrayList<>();

  CrossReferences(Problems problems) {
    this.problems = problems;
  }

  /** A field holding one id of {@code kind}, when it is there. */
  void one(Fields f, String field, String kind, String what) {
    f.node(field).ifPresent(node -> references.add(new Reference(kind, (Node.Scalar) node, what)));
  }

  /** A field listing ids of {@code kind}, each once: the ids in the file's order. */
  List<String> list(Fields f, String field, String kind, String what) {
    Set<String> ids = new LinkedHashSet<>();
    for (Node.Scalar id : f.textList(field)) {
      references.add(new Reference(kind, id, what));
      if (!ids.add(id.text())) {
        problems.error(id.position(), what + " lists " + kind + " '" + id.text() + "' twice");
      }
    }
    return List.copyOf(ids);
  }

  /** Checks every reference recorded against the ids of each kind, in the order they were read. */
  void check(Map<String, Set<String>> known) {
    for (Reference reference : references) {
      Set<String> ids = known.get(reference.kind());
      if (!ids.contains(reference.id().text())) {
        problems.error(
            reference.id().position(),
            reference.from()
                + " refers to unknown "
                + reference.kind()
                + " '"
                + reference.id().text()
                + "'"
                + (ids.isEmpty()
                    ? ""
                    : "; known " + reference.kind() + "s: " + String.join(", ", ids)));
      }
    }
  }
}
