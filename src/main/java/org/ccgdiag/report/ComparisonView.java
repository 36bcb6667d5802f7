package org.ccgdiag.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccgdiag.questionnaire.Dimension;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.questionnaire.Noun;
import org.ccgdiag.questionnaire.Terms;
import org.ccgdiag.report.compare.Comparison;
import org.ccgdiag.report.compare.ReportSnapshot;

/**
 * A comparison as people read it, in the questionnaire's words, for the Markdown and HTML renderers
 * (and the progress section of a report): every sentence and formatted number. Texts are plain;
 * renderers escape them.
 */
public record ComparisonView(
    Comparison comparison,
    String title,
    String facts,
    String headline,
    String detail,
    List<String> itemColumns,
    List<List<String>> domains,
    List<List<String>> areas,
    List<String> closed,
    List<String> opened,
    List<String> remaining,
    String movedHeading,
    List<String> moved,
    List<String> added,
    List<String> removed,
    List<String> warnings,
    Words words,
    String areasHeading) {

  public static ComparisonView of(Comparison c) {
    ReportSnapshot before = c.before();
    ReportSnapshot after = c.after();
    Words words = Words.of(after.terms());
    Names names = new Names(c, words);
    String organisation =
        after.organisation() == null
            ? "Unnamed " + after.terms().organisation().one()
            : after.organisation();
    String version =
        after.version() == null || after.version().equals(before.version())
            ? after.version()
            : after.version() + " (before: " + before.version() + ")";
    List<String> detail = new ArrayList<>();
    if (!before.partial()) {
      detail.add(
          Noun.of("need").count(c.closed().size())
              + " closed, "
              + c.opened().size()
              + " opened, "
              + c.remaining().size()
              + " remaining");
    }
    if (c.gapClosed() != null) {
      detail.add(
          c.gapClosed().signum() >= 0
              ? Numbers.percent(c.gapClosed())
                  + " of the "
                  + words.domain().manyPossessive()
                  + " total gap to target closed"
              : "the "
                  + words.domain().manyPossessive()
                  + " total gap to target grew by "
                  + Numbers.percent(c.gapClosed().negate()));
    }
    long crossed = c.domains().stream().filter(Comparison.ItemChange::crossedLevel).count();
    if (crossed > 0) {
      detail.add(words.domain().count(crossed) + " changed level");
    }
    return new ComparisonView(
        c,
        organisation + ": progress from " + before.name() + " to " + after.name(),
        "Questionnaire " + after.questionnaireId() + " " + version + ".",
        "Overall "
            + number(c.overall().before())
            + " → "
            + number(c.overall().after())
            + " ("
            + change(c.overall())
            + ").",
        detail.isEmpty()
            ? ""
            : Character.toUpperCase(detail.get(0).charAt(0))
                + String.join("; ", detail).substring(1)
                + ".",
        List.of("", "Before", "After", "Change", "Level"),
        names.rows(c.domains(), true),
        names.rows(c.areas(), false),
        c.closed().stream().map(names::need).toList(),
        c.opened().stream().map(names::need).toList(),
        c.remaining().stream().map(names::need).toList(),
        after.terms().statement().capitalMany() + " that moved most",
        c.moved().stream()
            .map(
                s ->
                    "\""
                        + s.text()
                        + "\" ("
                        + names.domain(s.domain())
                        + "): "
                        + number(s.score().before())
                        + " → "
                        + number(s.score().after())
                        + " ("
                        + change(s.score().change())
                        + ")")
            .toList(),
        c.added(),
        c.removed(),
        c.warnings(),
        words,
        areasHeading(c, words));
  }

  /**
   * Names of domains, areas and levels, from the later report (the earlier one for what it alone
   * has).
   */
  private static final class Names {
    private final Map<String, String> domains = new HashMap<>();
    private final Map<String, String> areas = new HashMap<>();
    private final Map<String, String> levels = new HashMap<>();

    Names(Comparison c, Words words) {
      for (ReportSnapshot snapshot : List.of(c.before(), c.after())) {
        for (int i = 0; i < snapshot.domains().size(); i++) {
          ReportSnapshot.Item d = snapshot.domains().get(i);
          domains.put(
              d.id(),
              words.domainName(i + 1, Domain.shortTitle(d.title() == null ? d.id() : d.title())));
        }
        snapshot
            .areas()
            .forEach(
                a ->
                    areas.put(
                        a.id(),
                        (a.title() == null ? a.id() : a.title())
                            + (a.dimension() == null ? "" : " (" + a.dimension() + ")")));
        snapshot.levels().forEach((Level l) -> levels.put(l.id(), l.label()));
      }
    }

    String domain(String id) {
      return domains.getOrDefault(id, id);
    }

    String need(String kindAndId) {
      String id = kindAndId.substring(kindAndId.indexOf(':') + 1);
      return kindAndId.startsWith("domain:") ? domain(id) : areas.getOrDefault(id, id);
    }

    List<List<String>> rows(List<Comparison.ItemChange> items, boolean areDomains) {
      return items.stream()
          .map(
              i ->
                  List.of(
                      areDomains ? domain(i.id()) : areas.getOrDefault(i.id(), i.title()),
                      number(i.score().before()),
                      number(i.score().after()),
                      change(i.score()),
                      level(i)))
          .toList();
    }

    private String level(Comparison.ItemChange item) {
      String before =
          item.levelBefore() == null
              ? "–"
              : levels.getOrDefault(item.levelBefore(), item.levelBefore());
      String after =
          item.levelAfter() == null
              ? "–"
              : levels.getOrDefault(item.levelAfter(), item.levelAfter());
      return before.equals(after) ? after : before + " → " + after;
    }
  }

  static String number(BigDecimal value) {
    return value == null ? "–" : value.toPlainString();
  }

  /**
   * The change as {@link #change(BigDecimal)} writes it, or "not comparable" when either side had
   * too little evidence.
   */
  public static String change(Comparison.Change change) {
    return change.comparable() ? change(change.change()) : NOT_COMPARABLE;
  }

  /** What a change reads where either score was on too little evidence to compare. */
  public static final String NOT_COMPARABLE = "not comparable (too little evidence)";

  /** "+7.4", "-3.0", "0.0", or a dash when either score is missing. */
  public static String change(BigDecimal value) {
    return value == null ? "–" : (value.signum() > 0 ? "+" : "") + value.toPlainString();
  }

  /** "domains'", "people's". */
  /**
   * "Knowledge, skills and mindsets" for areas of the default dimensions; otherwise the areas' own
   * word ("Security practices"), since a report keeps its dimensions' ids but not their titles.
   */
  private static String areasHeading(Comparison c, Words words) {
    boolean defaults =
        java.util.stream.Stream.of(c.before(), c.after())
            .flatMap(s -> s.areas().stream())
            .allMatch(
                a ->
                    a.dimension() == null
                        || Dimension.DEFAULTS.stream().anyMatch(d -> d.id().equals(a.dimension())));
    return defaults && words.area().equals(Terms.DEFAULT.area())
        ? "Knowledge, skills and mindsets"
        : words.area().capitalMany();
  }
}
