package org.ccgdiag.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.commons.numbers.fraction.BigFraction;

/** Rounding for printing only: scores, targets, gaps and spreads to 0.1, coverage to 0.001, half up. */
public final class Rounding {
  private Rounding() {}

  /** A score, target, gap or spread with one decimal place; null stays null. */
  public static BigDecimal score(BigFraction value) {
    return value == null ? null : value.bigDecimalValue(1, RoundingMode.HALF_UP);
  }

  /** A coverage fraction (0-1) with three decimal places. */
  public static BigDecimal coverage(BigFraction value) {
    return value == null ? null : value.bigDecimalValue(3, RoundingMode.HALF_UP);
  }
}
