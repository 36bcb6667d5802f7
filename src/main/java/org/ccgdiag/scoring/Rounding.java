package org.ccgdiag.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Rounding for printing only: scores, targets, gaps and spreads to 0.1, coverage to 0.001, half up.
 */
public final class Rounding {
  private Rounding() {}

  /** Places of a score, target, gap or spread. */
  public static final int SCORE_PLACES = 1;

  /** Places of a coverage fraction. */
  public static final int COVERAGE_PLACES = 3;

  /** What {@link #unscaled} gives for a value whose rounded digits do not fit in a long. */
  public static final long NOT_A_LONG = Long.MIN_VALUE;

  private static final long[] UNITS = {1, 10, 100, 1000};

  /** A score, target, gap or spread with one decimal place; null stays null. */
  public static BigDecimal score(BigFraction value) {
    return round(value, SCORE_PLACES);
  }

  /** A coverage fraction (0-1) with three decimal places. */
  public static BigDecimal coverage(BigFraction value) {
    return round(value, COVERAGE_PLACES);
  }

  /** value rounded half up to {@code places} (at most 3) decimal places; null stays null. */
  public static BigDecimal round(BigFraction value, int places) {
    if (value == null) {
      return null;
    }
    long unscaled = unscaled(value, places);
    return unscaled != NOT_A_LONG
        ? BigDecimal.valueOf(unscaled, places)
        : value.bigDecimalValue(places, RoundingMode.HALF_UP);
  }

  /**
   * The digits of value rounded half up to {@code places} (at most 3) decimal places, as a whole
   * number (value x 10^places), or {@link #NOT_A_LONG}. Every number a report prints goes through
   * here, hundreds per report: on longs when numerator and denominator fit (always, for real
   * answers), as BigFraction.bigDecimalValue gives it otherwise.
   */
  public static long unscaled(BigFraction value, int places) {
    long unit = UNITS[places];
    BigInteger n = value.getNumerator();
    BigInteger d = value.getDenominator();
    if (n.bitLength() < 63 && d.bitLength() < 63 && d.signum() != 0) {
      long num = n.longValue();
      long den = d.longValue();
      long scaled = Math.abs(num) * unit;
      if (scaled / unit == Math.abs(num)) { // no overflow
        long divisor = Math.abs(den);
        long quotient = scaled / divisor;
        long remainder = scaled % divisor;
        if (remainder >= divisor - remainder) {
          quotient++; // half up: a tie goes away from zero
        }
        return Long.signum(num) * Long.signum(den) < 0 ? -quotient : quotient;
      }
    }
    return NOT_A_LONG;
  }
}
