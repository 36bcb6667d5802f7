package org.ccgdiag.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The heat map's colours, measured: WCAG contrast ratios (relative luminance) between neighbouring
 * levels, of each cell's text on its fill, and of the cells' outline on the page; and the same
 * between neighbours as readers with protanopia, deuteranopia or tritanopia see them (the
 * simulation matrices of Machado, Oliveira and Fernandes 2009, severity 1, on linear RGB).
 */
class HeatMapPaletteTest {
  /**
   * The luminance contrast neighbouring levels keep: 1.5:1 with up to five levels, 1.3:1 with six
   * or seven (a page-to-ink range of about 15:1 leaves no more room).
   */
  static double neighbours(int levels) {
    return levels <= 5 ? 1.5 : 1.3;
  }

  static final Map<String, double[][]> SIMULATIONS =
      Map.of(
          "protanopia",
              new double[][] {
                {0.152286, 1.052583, -0.204868},
                {0.114503, 0.786281, 0.099216},
                {-0.003882, -0.048116, 1.051998}
              },
          "deuteranopia",
              new double[][] {
                {0.367322, 0.860646, -0.227968},
                {0.280085, 0.672501, 0.047413},
                {-0.011820, 0.042940, 0.968881}
              },
          "tritanopia",
              new double[][] {
                {1.255528, -0.076749, -0.178779},
                {-0.078411, 0.930809, 0.147602},
                {0.004733, 0.691367, 0.303900}
              },
          "normal vision", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});

  @Test
  void neighbouringLevelsDifferVisiblyForCommonColourBlindness() {
    for (int n = 2; n <= HeatMap.PALETTE.size(); n++) {
      for (int b = 1; b < n; b++) {
        String lower = HeatMap.PALETTE.get(HeatMap.colour(b - 1, n));
        String higher = HeatMap.PALETTE.get(HeatMap.colour(b, n));
        for (Map.Entry<String, double[][]> vision : SIMULATIONS.entrySet()) {
          double[][] matrix = vision.getValue();
          assertThat(contrast(seen(lower, matrix), seen(higher, matrix)))
              .as(
                  "%s: levels %d and %d of %d, %s against %s",
                  vision.getKey(), b, b + 1, n, lower, higher)
              .isGreaterThanOrEqualTo(neighbours(n));
        }
      }
    }
  }

  @Test
  void everyCellsTextIsReadableOnItsFill() {
    for (int c = 0; c < HeatMap.PALETTE.size(); c++) {
      double[] fill = linear(HeatMap.PALETTE.get(c));
      double[] text = linear(c >= HeatMap.DARK_FROM ? "#ffffff" : "#111111");
      assertThat(contrast(fill, text))
          .as("text on %s", HeatMap.PALETTE.get(c))
          .isGreaterThanOrEqualTo(4.5);
    }
  }

  /**
   * The cells' outline, the legend's swatches and the dashed empty cells, as the stylesheet gives
   * them.
   */
  @Test
  void cellsAreOutlinedAtThreeToOneAgainstThePage() throws Exception {
    String style =
        new String(
            HtmlRenderer.class
                .getResourceAsStream("/org/ccgdiag/report/html/style.mustache")
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    List<String> strokes = new ArrayList<>();
    Matcher rule =
        Pattern.compile(
                "\\.heatmap \\.(cell(\\.empty)?|swatch)( rect)? \\{[^}]*stroke: (#[0-9a-f]{6})")
            .matcher(style);
    while (rule.find()) {
      strokes.add(rule.group(4));
    }
    assertThat(strokes).hasSize(3);
    for (String stroke : strokes) {
      assertThat(contrast(linear(stroke), linear("#ffffff")))
          .as("outline %s on white", stroke)
          .isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void theLevelsCodesAreUniqueInitials() {
    assertThat(HeatMap.codes(bands("Not yet started", "Emerging", "Developing")))
        .containsExactly("N", "E", "D");
    assertThat(HeatMap.codes(bands("Developing", "Defined", "Optimised")))
        .containsExactly("Dev", "Def", "Opt");
    assertThat(HeatMap.codes(bands("Level", "Level", "Top"))).containsExactly("1", "2", "3");
  }

  private static List<HeatMap.Band> bands(String... labels) {
    List<HeatMap.Band> bands = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      bands.add(new HeatMap.Band(BigDecimal.valueOf(i * 30L), labels[i]));
    }
    return bands;
  }

  /** A colour as a reader with the given vision sees it, in linear RGB. */
  private static double[] seen(String hex, double[][] matrix) {
    double[] rgb = linear(hex);
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      out[i] =
          Math.max(
              0,
              Math.min(1, matrix[i][0] * rgb[0] + matrix[i][1] * rgb[1] + matrix[i][2] * rgb[2]));
    }
    return out;
  }

  private static double[] linear(String hex) {
    double[] rgb = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      rgb[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return rgb;
  }

  /** WCAG 2.1's contrast ratio of two colours in linear RGB. */
  static double contrast(double[] a, double[] b) {
    double la = 0.2126 * a[0] + 0.7152 * a[1] + 0.0722 * a[2];
    double lb = 0.2126 * b[0] + 0.7152 * b[1] + 0.0722 * b[2];
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
}
