package org.ccgdiag.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An exact fraction for the scorer's sums: a reduced numerator and denominator on longs, which
 * every real score fits (ratios of small integers), and a {@link BigFraction} once an operation
 * would overflow a long, so results stay exact whatever the input. {@code big} is null while the
 * value is held on longs. BigFraction arithmetic (a gcd of BigIntegers per operation) was most of
 * the scorer's time.
 */
record Exact(long numerator, long denominator, BigFraction big) implements Comparable<Exact> {
  static final Exact ZERO = new Exact(0, 1, null);
  static final Exact HUNDRED = new Exact(100, 1, null);

  /**
   * The reduced fraction n/d with a positive denominator; ArithmeticException when d is 0 or it
   * does not fit.
   */
  static Exact of(long n, long d) {
    if (d == 0) {
      throw new ArithmeticException("division by zero");
    }
    long g = gcd(Math.absExact(n), Math.absExact(d));
    long num = n / g;
    long den = d / g;
    return den < 0
        ? new Exact(Math.negateExact(num), Math.negateExact(den), null)
        : new Exact(num, den, null);
  }

  static Exact of(long n) {
    return new Exact(n, 1, null);
  }

  static Exact of(BigFraction value) {
    BigInteger n = value.getNumerator();
    BigInteger d = value.getDenominator();
    if (n.bitLength() < 63 && d.bitLength() < 63) {
      return of(n.longValue(), d.longValue());
    }
    return new Exact(0, 1, value);
  }

  static Exact of(BigDecimal value) {
    BigInteger unscaled = value.unscaledValue();
    int scale = value.scale();
    if (unscaled.bitLength() < 63 && scale >= 0 && scale <= 18) {
      return of(unscaled.longValue(), BigInteger.TEN.pow(scale).longValue());
    }
    return new Exact(
        0,
        1,
        scale > 0
            ? BigFraction.of(unscaled, BigInteger.TEN.pow(scale))
            : BigFraction.of(value.toBigIntegerExact()));
  }

  /** The value as the report's records hold it. */
  BigFraction toFraction() {
    return big != null ? big : BigFraction.of(numerator, denominator);
  }

  boolean isZero() {
    return big != null ? big.isZero() : numerator == 0;
  }

  Exact plus(Exact other) {
    if (big == null && other.big == null) {
      try {
        long g = gcd(denominator, other.denominator);
        long den = Math.multiplyExact(denominator / g, other.denominator);
        long num =
            Math.addExact(
                Math.multiplyExact(numerator, other.denominator / g),
                Math.multiplyExact(other.numerator, denominator / g));
        return of(num, den);
      } catch (ArithmeticException overflow) {
        // falls through to BigFraction
      }
    }
    return new Exact(0, 1, toFraction().add(other.toFraction()));
  }

  Exact minus(Exact other) {
    return plus(other.negate());
  }

  Exact times(Exact other) {
    if (big == null && other.big == null) {
      try {
        // Cross-reduce first, so that products of reduced fractions stay small.
        long g1 = gcd(Math.absExact(numerator), other.denominator);
        long g2 = gcd(Math.absExact(other.numerator), denominator);
        return of(
            Math.multiplyExact(numerator / g1, other.numerator / g2),
            Math.multiplyExact(denominator / g2, other.denominator / g1));
      } catch (ArithmeticException overflow) {
        // falls through to BigFraction
      }
    }
    return new Exact(0, 1, toFraction().multiply(other.toFraction()));
  }

  Exact dividedBy(Exact other) {
    if (other.isZero()) {
      throw new ArithmeticException("division by zero");
    }
    return times(other.reciprocal());
  }

  private Exact reciprocal() {
    return big != null || numerator == Long.MIN_VALUE
        ? new Exact(0, 1, toFraction().reciprocal())
        : of(denominator, numerator);
  }

  private Exact negate() {
    return big != null
        ? new Exact(0, 1, big.negate())
        : numerator == Long.MIN_VALUE
            ? new Exact(0, 1, toFraction().negate())
            : new Exact(-numerator, denominator, null);
  }

  @Override
  public int compareTo(Exact other) {
    if (big == null && other.big == null) {
      return compare(numerator, denominator, other.numerator, other.denominator);
    }
    // Cross products, not BigFraction.compareTo: commons-numbers-fraction 1.2 orders two negative
    // fractions wrongly (-627/382 before -496/79).
    BigFraction a = toFraction();
    BigFraction b = other.toFraction();
    int signs = a.getDenominator().signum() * b.getDenominator().signum();
    return signs
        * a.getNumerator()
            .multiply(b.getDenominator())
            .compareTo(b.getNumerator().multiply(a.getDenominator()));
  }

  /**
   * The order of two fractions as the report's records hold them, exactly: on longs when they fit
   * (every real score), without BigFraction.compareTo's BigInteger products (or its error on
   * negatives).
   */
  static int compare(BigFraction a, BigFraction b) {
    BigInteger an = a.getNumerator();
    BigInteger ad = a.getDenominator();
    BigInteger bn = b.getNumerator();
    BigInteger bd = b.getDenominator();
    if (an.bitLength() < 63 && ad.bitLength() < 63 && bn.bitLength() < 63 && bd.bitLength() < 63) {
      long n1 = an.longValue();
      long d1 = ad.longValue();
      long n2 = bn.longValue();
      long d2 = bd.longValue();
      // Denominators made positive, which these magnitudes allow without overflow.
      return compare(d1 < 0 ? -n1 : n1, Math.abs(d1), d2 < 0 ? -n2 : n2, Math.abs(d2));
    }
    return of(a).compareTo(of(b));
  }

  /** a/b vs c/d with b, d > 0: a*d against c*b, exactly in 128 bits. */
  private static int compare(long a, long b, long c, long d) {
    long hi1 = Math.multiplyHigh(a, d);
    long hi2 = Math.multiplyHigh(c, b);
    if (hi1 != hi2) {
      return Long.compare(hi1, hi2);
    }
    return Long.compareUnsigned(a * d, c * b);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a == 0 ? 1 : a;
  }
}
