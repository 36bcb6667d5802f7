package org.ccgdiag.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small helpers the charts share: coordinates written as short decimal strings (so templates only
 * ever insert numbers the code computed), scores as printed, and word wrapping of labels. There are
 * no font metrics here, so text widths are estimated generously; charts leave room for that.
 */
final class Svg {
  /**
   * Average advance of a character of a sans-serif font, as a fraction of the font size (generous).
   */
  static final double CHAR_WIDTH = 0.6;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Svg() {}

  /** A coordinate to one decimal place, without a trailing ".0" and never "-0". */
  static String num(double value) {
    long tenths = Math.round(value * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }

  /** A score as the reports print it: one decimal place, half up. */
  static String score(BigDecimal score) {
    return score.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  /** A score clamped to 0-100, as a fraction of the scale (0-1). */
  static double fraction(BigDecimal score) {
    return score.max(BigDecimal.ZERO).min(HUNDRED).doubleValue() / 100;
  }

  /** The estimated width of a line of text at a font size. */
  static double width(String text, double fontSize) {
    return text.length() * fontSize * CHAR_WIDTH;
  }

  /**
   * Wraps text into lines of at most {@code maxChars} characters at spaces. A word longer than that
   * gets a line of its own and is never cut: a label must never lose characters.
   */
  static List<String> wrap(String text, int maxChars) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > maxChars) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The widest estimated line among labels wrapped at {@code maxChars}. */
  static double widest(List<String> labels, int maxChars, double fontSize) {
    double widest = 0;
    for (String label : labels) {
      for (String line : wrap(label, maxChars)) {
        widest = Math.max(widest, width(line, fontSize));
      }
    }
    return widest;
  }

  /** The most lines any of the labels wraps into. */
  static int mostLines(List<String> labels, int maxChars) {
    return labels.stream().mapToInt(l -> wrap(l, maxChars).size()).max().orElse(1);
  }
}
