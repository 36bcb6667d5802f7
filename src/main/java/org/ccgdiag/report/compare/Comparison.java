package org.ccgdiag.report.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Progress between two reports of the same questionnaire (brief section 5, "Progress over time"):
 * per domain and area the score before, after and the change, the levels crossed, the needs closed,
 * opened and remaining, the share of the total gap to target that was closed, and the statements
 * that moved most. Items in only one report (another version of the questionnaire) are listed as
 * added or removed. Changes are differences of the printed scores; null when either is.
 */
public record Comparison(
    ReportSnapshot before,
    ReportSnapshot after,
    Change overall,
    List<ItemChange> domains,
    List<ItemChange> areas,
    List<String> closed,
    List<String> opened,
    List<String> remaining,
    BigDecimal gapClosed,
    List<StatementChange> moved,
    List<String> added,
    List<String> removed,
    List<String> warnings) {

  /** How many statements "moved most" lists. */
  public static final int MOVED = 10;

  /**
   * A score before and after, and the change: null when either score is missing, or when either
   * side had too little evidence for a level ({@code comparable} false), since a score on thin
   * evidence is a first look and its difference from another would read as progress or decline.
   */
  public record Change(BigDecimal before, BigDecimal after, BigDecimal change, boolean comparable) {
    static Change of(BigDecimal before, BigDecimal after) {
      return of(before, true, after, true);
    }

    static Change of(
        BigDecimal before, boolean sufficientBefore, BigDecimal after, boolean sufficientAfter) {
      boolean comparable = sufficientBefore && sufficientAfter;
      return new Change(
          before,
          after,
          !comparable || before == null || after == null ? null : after.subtract(before),
          comparable);
    }
  }

  /**
   * A domain or area in both reports; {@code levelBefore} and {@code levelAfter} are level ids or
   * null.
   */
  public record ItemChange(
      String id, String title, Change score, String levelBefore, String levelAfter) {
    public boolean crossedLevel() {
      return levelBefore != null && levelAfter != null && !levelBefore.equals(levelAfter);
    }
  }

  public record StatementChange(String id, String domain, String text, Change score) {}

  /**
   * Compares two reports; their questionnaire ids must be the same (the caller checks and says so).
   */
  public static Comparison of(ReportSnapshot before, ReportSnapshot after) {
    if (!before.questionnaireId().equals(after.questionnaireId())) {
      throw new IllegalArgumentException("reports of different questionnaires");
    }
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    // A summary row has domain scores only: areas, needs and statements cannot be compared.
    boolean partial = before.partial();
    List<ItemChange> domains = items("domain", before.domains(), after.domains(), added, removed);
    List<ItemChange> areas =
        partial ? List.of() : items("area", before.areas(), after.areas(), added, removed);
    List<StatementChange> statements =
        partial ? List.of() : statements(before, after, added, removed);
    if (partial) {
      warnings.add(
          before.source()
              + " has the overall and domain scores only: areas, needs and statements are not"
              + " compared");
    }
    if (!partial && !Objects.equals(before.version(), after.version())) {
      warnings.add(
          before.source()
              + " is a report of version "
              + before.version()
              + " of '"
              + before.questionnaireId()
              + "', "
              + after.source()
              + " of version "
              + after.version()
              + "; items in only one are listed as added or"
              + " removed");
    }
    return new Comparison(
        before,
        after,
        Change.of(
            before.overall(),
            before.overallSufficient(),
            after.overall(),
            after.overallSufficient()),
        domains,
        areas,
        partial ? List.of() : minus(before.needs(), after.needs()),
        partial ? List.of() : minus(after.needs(), before.needs()),
        partial ? List.of() : before.needs().stream().filter(after.needs()::contains).toList(),
        gapClosed(before.domains(), after.domains()),
        statements.stream()
            .filter(s -> s.score().change() != null && s.score().change().signum() != 0)
            .sorted(
                Comparator.comparing((StatementChange s) -> s.score().change().abs())
                    .reversed()
                    .thenComparing(StatementChange::id))
            .limit(MOVED)
            .toList(),
        added,
        removed,
        warnings);
  }

  private static List<ItemChange> items(
      String kind,
      List<ReportSnapshot.Item> before,
      List<ReportSnapshot.Item> after,
      List<String> added,
      List<String> removed) {
    Map<String, ReportSnapshot.Item> earlier = index(before, ReportSnapshot.Item::id);
    Map<String, ReportSnapshot.Item> later = index(after, ReportSnapshot.Item::id);
    List<ItemChange> changes = new ArrayList<>();
    for (ReportSnapshot.Item item : after) {
      ReportSnapshot.Item old = earlier.get(item.id());
      if (old == null) {
        added.add(kind + ":" + item.id());
      } else {
        changes.add(
            new ItemChange(
                item.id(),
                item.title(),
                Change.of(old.score(), old.sufficient(), item.score(), item.sufficient()),
                old.level(),
                item.level()));
      }
    }
    before.stream()
        .filter(i -> !later.containsKey(i.id()))
        .forEach(i -> removed.add(kind + ":" + i.id()));
    return changes;
  }

  private static List<StatementChange> statements(
      ReportSnapshot before, ReportSnapshot after, List<String> added, List<String> removed) {
    Map<String, ReportSnapshot.Statement> earlier =
        index(before.statements(), ReportSnapshot.Statement::id);
    Map<String, ReportSnapshot.Statement> later =
        index(after.statements(), ReportSnapshot.Statement::id);
    List<StatementChange> changes = new ArrayList<>();
    for (ReportSnapshot.Statement s : after.statements()) {
      ReportSnapshot.Statement old = earlier.get(s.id());
      if (old == null) {
        added.add("question:" + s.id());
      } else {
        changes.add(
            new StatementChange(s.id(), s.domain(), s.text(), Change.of(old.score(), s.score())));
      }
    }
    before.statements().stream()
        .filter(s -> !later.containsKey(s.id()))
        .forEach(s -> removed.add("question:" + s.id()));
    return changes;
  }

  /**
   * The share of the domains' total gap to target that was closed: (gaps before - gaps after) /
   * gaps before, over the domains with enough evidence in both reports; null when there was no gap
   * before. It is negative when the gaps grew.
   */
  private static BigDecimal gapClosed(
      List<ReportSnapshot.Item> before, List<ReportSnapshot.Item> after) {
    Map<String, ReportSnapshot.Item> later = index(after, ReportSnapshot.Item::id);
    BigDecimal gapsBefore = BigDecimal.ZERO;
    BigDecimal gapsAfter = BigDecimal.ZERO;
    for (ReportSnapshot.Item old : before) {
      ReportSnapshot.Item now = later.get(old.id());
      if (now != null
          && old.sufficient()
          && now.sufficient()
          && old.score() != null
          && now.score() != null
          && old.target() != null
          && now.target() != null) {
        gapsBefore = gapsBefore.add(old.target().subtract(old.score()).max(BigDecimal.ZERO));
        gapsAfter = gapsAfter.add(now.target().subtract(now.score()).max(BigDecimal.ZERO));
      }
    }
    return gapsBefore.signum() == 0
        ? null
        : gapsBefore.subtract(gapsAfter).divide(gapsBefore, 3, RoundingMode.HALF_UP);
  }

  private static List<String> minus(List<String> a, List<String> b) {
    return a.stream().filter(x -> !b.contains(x)).toList();
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
    Map<String, T> index = new LinkedHashMap<>();
    items.forEach(i -> index.putIfAbsent(id.apply(i), i));
    return index;
  }
}
