package org.ccgdiag.report.markdown;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Text bars for scores out of 100, made of block characters so they line up in any monospaced font
 * and read well in rendered Markdown: {@code bar(62.5)} is {@code ██████░░░░}.
 */
public final class Bars {
  /** The default width: ten blocks, each worth 10 points. */
  public static final int WIDTH = 10;

  static final char FULL = '█';
  static final char EMPTY = '░';

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Bars() {}

  /** A bar of {@link #WIDTH} blocks; see {@link #bar(BigDecimal, int)}. */
  public static String bar(BigDecimal score) {
    return bar(score, WIDTH);
  }

  /**
   * A bar of {@code width} blocks for a score from 0 to 100: {@code score * width / 100} full
   * blocks, rounded half up, then light blocks. Pass the score as printed (already rounded), so the
   * bar agrees with the number beside it. Scores outside 0-100 are clamped; null gives "".
   */
  public static String bar(BigDecimal score, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be at least 1: " + width);
    }
    if (score == null) {
      return "";
    }
    BigDecimal clamped = score.max(BigDecimal.ZERO).min(HUNDRED);
    int full =
        clamped
            .multiply(BigDecimal.valueOf(width))
            .divide(HUNDRED, 0, RoundingMode.HALF_UP)
            .intValueExact();
    return String.valueOf(FULL).repeat(full) + String.valueOf(EMPTY).repeat(width - full);
  }
}
