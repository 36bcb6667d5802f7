package org.ccgdiag.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * Exact arithmetic on longs agrees with BigFraction everywhere, at and beyond the edge of a long.
 */
class ExactTest {
  private static final long[] EDGES = {
    0,
    1,
    -1,
    2,
    3,
    7,
    100,
    Integer.MAX_VALUE,
    Long.MAX_VALUE,
    Long.MIN_VALUE + 1,
    Long.MAX_VALUE / 2,
    3037000499L,
    3037000500L,
    -3037000500L,
    1L << 62,
    -(1L << 62),
  };

  @Test
  void agreesWithBigFractionOnRandomAndEdgeValues() {
    Random random = new Random(13);
    for (int i = 0; i < 50_000; i++) {
      BigFraction a = fraction(random);
      BigFraction b = fraction(random);
      Exact x = Exact.of(a);
      Exact y = Exact.of(b);
      assertThat(x.toFraction()).isEqualTo(a);
      assertThat(x.plus(y).toFraction()).isEqualTo(a.add(b));
      assertThat(x.minus(y).toFraction()).isEqualTo(a.subtract(b));
      assertThat(x.times(y).toFraction()).isEqualTo(a.multiply(b));
      // Cross products, not BigFraction.compareTo: commons-numbers-fraction 1.2 orders two negative
      // fractions wrongly (-627/382 before -496/79); scores are never negative, so reports are not
      // affected.
      assertThat(Integer.signum(x.compareTo(y))).as(a + " vs " + b).isEqualTo(order(a, b));
      assertThat(Integer.signum(Exact.compare(a, b))).as(a + " vs " + b).isEqualTo(order(a, b));
      BigFraction negativeDenominator =
          BigFraction.of(b.getNumerator().negate(), b.getDenominator().negate());
      assertThat(Integer.signum(Exact.compare(a, negativeDenominator)))
          .as(a + " vs " + negativeDenominator)
          .isEqualTo(order(a, b));
      if (!b.isZero()) {
        assertThat(x.dividedBy(y).toFraction()).isEqualTo(a.divide(b));
      }
    }
  }

  @Test
  void overflowFallsBackToBigIntegersAndStaysExact() {
    Exact max = Exact.of(Long.MAX_VALUE);
    assertThat(max.plus(max).toFraction()).isEqualTo(BigFraction.of(Long.MAX_VALUE).multiply(2));
    assertThat(max.times(max).big()).isNotNull();
    assertThat(max.times(max).minus(max.times(max)).isZero()).isTrue();
    Exact tiny = Exact.of(1, Long.MAX_VALUE);
    assertThat(tiny.plus(Exact.of(1, Long.MAX_VALUE - 1)).toFraction())
        .isEqualTo(BigFraction.of(1, Long.MAX_VALUE).add(BigFraction.of(1, Long.MAX_VALUE - 1)));
    assertThat(Exact.of(new BigDecimal("12345678901234567890.5")).toFraction())
        .isEqualTo(
            BigFraction.of(
                new java.math.BigInteger("123456789012345678905"), java.math.BigInteger.TEN));
    assertThat(Exact.of(new BigDecimal("0.25")).toFraction()).isEqualTo(BigFraction.of(1, 4));
    assertThat(Exact.of(new BigDecimal("1E+3")).toFraction()).isEqualTo(BigFraction.of(1000));
    assertThatThrownBy(() -> Exact.of(1).dividedBy(Exact.ZERO))
        .isInstanceOf(ArithmeticException.class);
  }

  private static int order(BigFraction a, BigFraction b) {
    int denominators = a.getDenominator().signum() * b.getDenominator().signum();
    return denominators
        * a.getNumerator()
            .multiply(b.getDenominator())
            .compareTo(b.getNumerator().multiply(a.getDenominator()));
  }

  private static BigFraction fraction(Random random) {
    long n =
        random.nextInt(4) == 0 ? EDGES[random.nextInt(EDGES.length)] : random.nextInt(2001) - 1000;
    long d = random.nextInt(4) == 0 ? EDGES[random.nextInt(EDGES.length)] : 1 + random.nextInt(400);
    return BigFraction.of(n, d == 0 ? 1 : Math.abs(d));
  }
}
