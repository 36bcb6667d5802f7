package org.ccgdiag.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Rounding on longs against BigFraction's own rounding, which it replaced for speed. */
class RoundingTest {
  @Test
  void roundsHalfUpAwayFromZero() {
    assertThat(Rounding.score(BigFraction.of(141, 2))).isEqualTo(new BigDecimal("70.5"));
    assertThat(Rounding.score(BigFraction.of(1405, 20))).isEqualTo(new BigDecimal("70.3")); // 70.25
    assertThat(Rounding.score(BigFraction.of(-1405, 20))).isEqualTo(new BigDecimal("-70.3"));
    assertThat(Rounding.score(BigFraction.of(70))).isEqualTo(new BigDecimal("70.0"));
    assertThat(Rounding.coverage(BigFraction.of(2, 3))).isEqualTo(new BigDecimal("0.667"));
    assertThat(Rounding.coverage(BigFraction.ZERO)).isEqualTo(new BigDecimal("0.000"));
    assertThat(Rounding.score(null)).isNull();
  }

  @Test
  void givesWhatBigFractionGivesForAnyFraction() {
    Random random = new Random(7);
    long[] edges = {
      0,
      1,
      -1,
      2,
      3,
      7,
      10,
      99,
      100,
      Long.MAX_VALUE / 10,
      Long.MAX_VALUE / 10 + 1,
      Long.MAX_VALUE / 1000 + 1,
      (1L << 62),
      Long.MAX_VALUE,
      Long.MIN_VALUE + 1
    };
    for (int i = 0; i < 200_000; i++) {
      BigInteger n = pick(random, edges);
      BigInteger d = pick(random, edges);
      if (d.signum() == 0) {
        continue;
      }
      BigFraction value =
          random.nextInt(10) == 0
              ? BigFraction.of(n.multiply(n).add(BigInteger.ONE), d)
              : BigFraction.of(n, d);
      assertThat(Rounding.score(value))
          .as("%s", value)
          .isEqualTo(value.bigDecimalValue(1, RoundingMode.HALF_UP));
      assertThat(Rounding.coverage(value))
          .as("%s", value)
          .isEqualTo(value.bigDecimalValue(3, RoundingMode.HALF_UP));
    }
  }

  private static BigInteger pick(Random random, long[] edges) {
    long value =
        switch (random.nextInt(4)) {
          case 0 -> edges[random.nextInt(edges.length)];
          case 1 -> random.nextLong();
          case 2 -> random.nextInt(2001) - 1000;
          default -> random.nextInt(101);
        };
    return BigInteger.valueOf(random.nextBoolean() ? value : -value);
  }
}
