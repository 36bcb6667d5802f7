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
    return top.node("terms")
        .flatMap(node -> Fields.of(node, "'terms'", problems, TERMS))
        .map(
            f ->
                new Terms(
                    noun(f, "organisation"),
                    noun(f, "team"),
                    noun(f, "group"),
                    noun(f, "statement"),
                    noun(f, "domain"),
                    noun(f, "area"),
                    noun(f, "dimension"),
                    true))
        .orElse(Terms.DEFAULT)
        .numbered(top.bool("numbered_domains", true));
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

  /**
   * A term: a word whose plural the common English rules give, or {one, many} where they do not
   * ("person", "people"); a mapping needs both, since it is written only to say the plural.
   */
  private Noun noun(Fields f, String name) {
    Optional<Node> node = f.node(name);
    if (node.isEmpty() || !(node.get() instanceof Node.Mapping)) {
      return Noun.of(word(f, name, "the term '" + name + "'"));
    }
    return Fields.of(node.get(), "the term '" + name + "'", problems, NOUN)
        .map(
            n -> {
              String one = word(n, "one", "'one' of the term '" + name + "'");
              String many = word(n, "many", "'many' of the term '" + name + "'");
              if (!n.has("one")) {
                problems.error(
                    n.position(), "the term '" + name + "' has no 'one'; add the singular");
              }
              if (!n.has("many")) {
                problems.error(
                    n.position(),
                    "the term '"
                        + name
                        + "' has no 'many'; add the plural, or write the word"
                        + " alone where its plural is the common one (charity, charities)");
              }
              return one == null || many == null ? null : new Noun(one, many);
            })
        .orElse(null);
  }

  /** A term must read as a word in a sentence: present, one line. */
  private String word(Fields f, String name, String what) {
    String word = text(f, name);
    if (word != null && (word.isBlank() || word.contains("\n") || word.length() > 60)) {
      problems.error(f.positionOf(name), what + " must be a short word or phrase on one line");
      return null;
    }
    return word;
  }
}
