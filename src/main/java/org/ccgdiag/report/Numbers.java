package org.ccgdiag.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.scoring.Rounding;

/** Numbers, shares, counts, lists and dates as every report prints them. */
public final class Numbers {
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter DAY_MONTH =
      DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

  private Numbers() {}

  /** A score, target, gap or spread with one decimal place: "38.9". */
  static String number(BigFraction value) {
    return value == null ? ReportView.NONE : Rounding.score(value).toPlainString();
  }

  static BigDecimal rounded(BigFraction value) {
    return Rounding.score(value);
  }

  /** A coverage fraction as a percentage with one decimal place: 0.6667 is "66.7%". */
  public static String percent(BigFraction coverage) {
    return Rounding.coverage(coverage).movePointRight(2).toPlainString() + "%";
  }

  /** A questionnaire fraction such as min_coverage 0.5 as "50%". */
  public static String percent(BigDecimal fraction) {
    return plain(fraction.movePointRight(2)) + "%";
  }

  static String share(long part, long whole) {
    return whole == 0 ? "0%" : percent(BigFraction.of(part, whole));
  }

  /** A number as written, without needless zeros: 70, 0.5, 62.5. */
  static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /** A threshold the scorer uses, as a sentence quotes it: 50, 15. */
  static String plain(BigFraction value) {
    return plain(value.bigDecimalValue(3, java.math.RoundingMode.HALF_UP));
  }

  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** "a", "a and b", "a, b and c". */
  static String joinAnd(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /**
   * When answers were given, as compactly as reads well: "3 July 2012", "3-10 July 2012", "28
   * June-10 July 2012", "20 December 2011-5 January 2012"; null when neither date is known.
   */
  static String period(Instant from, Instant to) {
    if (from == null && to == null) {
      return null;
    }
    LocalDate start = LocalDate.ofInstant(from != null ? from : to, ZoneOffset.UTC);
    LocalDate end = LocalDate.ofInstant(to != null ? to : from, ZoneOffset.UTC);
    if (start.equals(end)) {
      return start.format(DAY_MONTH_YEAR);
    }
    if (start.getYear() != end.getYear()) {
      return start.format(DAY_MONTH_YEAR) + "–" + end.format(DAY_MONTH_YEAR);
    }
    if (start.getMonth() != end.getMonth()) {
      return start.format(DAY_MONTH) + "–" + end.format(DAY_MONTH_YEAR);
    }
    return start.getDayOfMonth() + "–" + end.format(DAY_MONTH_YEAR);
  }
}
