package org.ccgdiag.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.apache.commons.numbers.fraction.BigFraction;

/** Rounding for printing only: scores, targets, gaps and spreads to 0.1, coverage to 0.001, half up. */
public final class Rounding {
  private Rounding() {}

  /** A score, target, gap or spread with one decimal place; null stays null. */
  public static BigDecimal score(BigFraction value) {
    return round(value, 1, 10);
  }

  /** A coverage fraction (0-1) with three decimal places. */
  public static BigDecimal coverage(BigFraction value) {
    return round(value, 3, 1000);
  }

  /**
   * value rounded half up to {@code scale} places ({@code unit} = 10^scale). Every number a report
   * prints goes through here, hundreds per report: on longs when numerator and denominator fit
   * (always, for real answers), as BigFraction.bigDecimalValue gives it otherwise.
   */
  private static BigDecimal round(BigFraction value, int scale, long unit) {
    if (value == null) {
      return null;
    }
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
        return BigDecimal.valueOf(Long.signum(num) * Long.signum(den) < 0 ? -quotient : quotient, scale);
      }
    }
    return value.bigDecimalValue(scale, RoundingMode.HALF_UP);
  }
}
