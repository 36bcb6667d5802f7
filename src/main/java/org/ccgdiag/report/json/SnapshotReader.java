package org.ccgdiag.report.json;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccgdiag.load.Documents;
import org.ccgdiag.load.Fields;
import org.ccgdiag.load.Node;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.questionnaire.Noun;
import org.ccgdiag.questionnaire.Terms;
import org.ccgdiag.report.compare.ReportSnapshot;
import org.ccgdiag.scoring.Status;

/**
 * Reads back a JSON report ({@code ccg-diag/report@1}) as a {@link ReportSnapshot}: only the fields
 * a comparison uses, each problem located, every other field ignored (later versions of the report
 * may add some).
 */
public final class SnapshotReader {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Problems problems;

  private SnapshotReader(Problems problems) {
    this.problems = problems;
  }

  /**
   * The snapshot of a report file; empty (with problems recorded) when it is not a readable report.
   */
  public static Optional<ReportSnapshot> read(Path path, String source, Problems problems) {
    Node root = Documents.read(path, problems);
    if (root == null) {
      return Optional.empty();
    }
    Optional<ReportSnapshot> snapshot =
        Fields.ofAny(root, "the report", problems)
            .flatMap(f -> new SnapshotReader(problems).report(f, source));
    return problems.hasErrors() ? Optional.empty() : snapshot;
  }

  private Optional<ReportSnapshot> report(Fields top, String source) {
    String format = top.requiredText("format");
    if (format != null && !format.equals(JsonReport.FORMAT)) {
      problems.error(
          top.positionOf("format"),
          "'format' is '"
              + format
              + "'; compare and --baseline read JSON reports, format "
              + JsonReport.FORMAT
              + " (written by score --format json)");
      return Optional.empty();
    }
    Optional<Fields> questionnaire =
        top.node("questionnaire").flatMap(n -> Fields.ofAny(n, "'questionnaire'", problems));
    if (questionnaire.isEmpty()) {
      problems.error(top.position(), "the report has no 'questionnaire'");
      return Optional.empty();
    }
    Fields q = questionnaire.get();
    Terms terms =
        q.node("terms")
            .flatMap(n -> Fields.ofAny(n, "'terms'", problems))
            .map(
                t ->
                    new Terms(
                        noun(t, "organisation", problems),
                        noun(t, "team", problems),
                        noun(t, "group", problems),
                        noun(t, "statement", problems),
                        noun(t, "domain", problems),
                        noun(t, "area", problems),
                        noun(t, "dimension", problems),
                        t.bool("numbered_domains", true)))
            .orElse(Terms.DEFAULT);
    Optional<Fields> overall =
        top.node("overall").flatMap(n -> Fields.ofAny(n, "'overall'", problems));
    List<Level> levels = levels(q);
    return Optional.of(
        new ReportSnapshot(
            source,
            q.requiredText("id"),
            text(q, "version"),
            terms,
            levels,
            text(top, "organisation"),
            text(top, "round"),
            overall.map(o -> score(o, "score")).orElse(null),
            overall.map(o -> level(o, levels)).orElse(null),
            // Reports written before the overall had a status gave a level to every overall score.
            overall.map(o -> sufficient(o)).orElse(true),
            items(top, "domains", levels),
            items(top, "areas", levels),
            needs(top),
            statements(top),
            false));
  }

  private List<Level> levels(Fields questionnaire) {
    List<Level> levels = new ArrayList<>();
    for (Node node : questionnaire.list("levels")) {
      Fields.ofAny(node, "a level", problems)
          .ifPresent(
              l ->
                  levels.add(
                      new Level(
                          text(l, "id"),
                          text(l, "label"),
                          Fields.exact(orZero(number(l, "min"))))));
    }
    return levels;
  }

  private List<ReportSnapshot.Item> items(Fields top, String field, List<Level> levels) {
    List<ReportSnapshot.Item> items = new ArrayList<>();
    for (Node node : top.list(field)) {
      Fields.ofAny(node, "an item of '" + field + "'", problems)
          .ifPresent(
              i ->
                  items.add(
                      new ReportSnapshot.Item(
                          i.requiredText("id"),
                          text(i, "title"),
                          text(i, "dimension"),
                          score(i, "score"),
                          level(i, levels),
                          score(i, "target"),
                          sufficient(i))));
    }
    return items;
  }

  private List<String> needs(Fields top) {
    List<String> needs = new ArrayList<>();
    for (Node node : top.list("development_needs")) {
      Fields.ofAny(node, "a development need", problems)
          .ifPresent(n -> needs.add(n.requiredText("kind") + ":" + n.requiredText("id")));
    }
    return needs;
  }

  private List<ReportSnapshot.Statement> statements(Fields top) {
    List<ReportSnapshot.Statement> statements = new ArrayList<>();
    for (Node node : top.list("questions")) {
      Fields.ofAny(node, "a question", problems)
          .ifPresent(
              s ->
                  statements.add(
                      new ReportSnapshot.Statement(
                          s.requiredText("id"),
                          text(s, "domain"),
                          text(s, "text"),
                          score(s, "score"))));
    }
    return statements;
  }

  /** Whether an item or the overall had enough evidence: its status, "scored" when it has none. */
  private static boolean sufficient(Fields fields) {
    return !Status.INSUFFICIENT_EVIDENCE.id().equals(text(fields, "status"));
  }

  /** A noun the report's questionnaire named ({one, many}); null for the default. */
  /** A term as {@link JsonReport} writes it: a word, or {one, many}. */
  private static Noun noun(Fields terms, String name, Problems problems) {
    if (terms.node(name).filter(n -> n instanceof Node.Scalar).isPresent()) {
      return Noun.of(text(terms, name));
    }
    return terms
        .node(name)
        .flatMap(n -> Fields.ofAny(n, "'" + name + "'", problems))
        .filter(f -> text(f, "one") != null)
        .map(f -> new Noun(text(f, "one"), text(f, "many")))
        .orElse(null);
  }

  private static String text(Fields fields, String name) {
    return fields.text(name).orElse(null);
  }

  private static BigDecimal number(Fields fields, String name) {
    return fields.number(name).orElse(null);
  }

  /**
   * A score or target as a report prints it: 0 to 100; a hand-edited one outside is an error where
   * it stands.
   */
  private static BigDecimal score(Fields fields, String name) {
    return fields.number(name, BigDecimal.ZERO, HUNDRED, null);
  }

  /** A level id, which must be one of the report's questionnaire's levels (when it lists them). */
  private String level(Fields fields, List<Level> levels) {
    String level = text(fields, "level");
    if (level != null
        && !levels.isEmpty()
        && levels.stream().noneMatch(l -> level.equals(l.id()))) {
      problems.error(
          fields.positionOf("level"),
          "'level' is '"
              + Fields.quoted(level)
              + "', which is not a level of the"
              + " report's questionnaire ("
              + String.join(", ", levels.stream().map(Level::id).toList())
              + ")");
    }
    return level;
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
