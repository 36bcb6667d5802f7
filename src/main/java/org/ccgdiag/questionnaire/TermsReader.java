package org.ccgdiag.questionnaire;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccgdiag.load.Fields;
import org.ccgdiag.load.Node;
import org.ccgdiag.problem.Problems;

/**
 * Reads a questionnaire's own words: its {@code terms} (words, or nouns as {@code {one, many}}),
 * {@code numbered_domains} and the {@code framework} text of its dimensions, each problem located.
 */
final class TermsReader {
  private static final Set<String> TERMS =
      Set.of("organisation", "team", "group", "statement", "domain", "area", "dimension");
  private static final Set<String> NOUN = Set.of("one", "many");

  private final Problems problems;

  TermsReader(Problems problems) {
    this.problems = problems;
  }

  Terms terms(Fields top) {
    Terms terms =
        top.node("terms")
            .flatMap(node -> Fields.of(node, "'terms'", problems, TERMS))
            .map(f -> new Terms(word(f, "organisation"), word(f, "team"), word(f, "group"), word(f, "statement"),
                noun(f, "domain"), noun(f, "area"), noun(f, "dimension"), true))
            .orElse(Terms.DEFAULT);
    if (!top.bool("numbered_domains", true)) {
      terms = new Terms(terms.organisation(), terms.team(), terms.group(), terms.statement(), terms.domain(),
          terms.area(), terms.dimension(), false);
    }
    return terms;
  }

  /** The framework: an intro and one line per dimension id. */
  Framework framework(Fields top, List<Dimension> dimensions) {
    Set<String> fields = new HashSet<>();
    dimensions.forEach(d -> fields.add(d.id()));
    fields.add("intro");
    return top.node("framework")
        .flatMap(node -> Fields.of(node, "'framework'", problems, fields))
        .map(f -> new Framework(dimensions, text(f, "intro"), lines(f, dimensions)))
        .orElse(new Framework(dimensions, null, Map.of()));
  }

  private static String text(Fields f, String name) {
    return f.text(name).orElse(null);
  }

  private static Map<String, String> lines(Fields f, List<Dimension> dimensions) {
    Map<String, String> lines = new HashMap<>();
    for (Dimension d : dimensions) {
      f.text(d.id()).ifPresent(line -> lines.put(d.id(), line));
    }
    return lines;
  }

  /** A noun term: a word, or {one, many} where the plural is irregular. */
  private Noun noun(Fields f, String name) {
    Optional<Node> node = f.node(name);
    if (node.isEmpty()) {
      return null;
    }
    if (node.get() instanceof Node.Mapping) {
      return Fields.of(node.get(), "the term '" + name + "'", problems, NOUN)
          .map(n -> {
            String one = word(n, "one");
            if (!n.has("one")) {
              problems.error(n.position(), "the term '" + name + "' has no 'one'; add the singular");
            }
            return one == null ? null : new Noun(one, word(n, "many"));
          })
          .orElse(null);
    }
    String word = word(f, name);
    return word == null ? null : Noun.of(word);
  }

  /** A term must read as a word in a sentence: present, one line. */
  private String word(Fields f, String name) {
    String word = text(f, name);
    if (word != null && (word.isBlank() || word.contains("\n") || word.length() > 60)) {
      problems.error(f.positionOf(name), "the term '" + name + "' must be a short word or phrase on one line");
      return null;
    }
    return word;
  }
}
