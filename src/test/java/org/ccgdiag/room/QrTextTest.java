package org.ccgdiag.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The terminal's QR code read back as a phone's camera would: drawn as pixels from the text,
 * decoded by ZXing.
 */
class QrTextTest {
  private static final int PIXELS_PER_MODULE = 4;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://192.168.1.23:41234/K7P3QX/",
        "http://127.0.0.1:8080/ACDEFG/",
        "http://10.100.200.250:65535/Y9X7W6/",
        "http://[fd12:3456:789a::1]:50000/HJKMNP/"
      })
  void decodesToTheSameAddress(String url) throws Exception {
    List<String> rows = QrText.rows(url);

    assertThat(rows)
        .allSatisfy(row -> assertThat(row).matches("[▀▄█ ]+").hasSize(rows.get(0).length()));
    int modules = rows.get(0).length();
    assertThat((modules - 8 - 21) % 4)
        .as("a QR size (21 + 4v) and a quiet zone of 4 each side")
        .isZero();
    assertThat(rows).hasSize((modules + 1) / 2);
    assertThat(rows.subList(0, 2)).as("the quiet zone above").allMatch(String::isBlank);
    assertThat(rows.get(rows.size() - 2)).isBlank();
    assertThat(rows)
        .allSatisfy(row -> assertThat(row.substring(0, 4) + row.substring(modules - 4)).isBlank());

    assertThat(decode(rows)).isEqualTo(url);
  }

  @org.junit.jupiter.api.Test
  void theLongestIpv4JoinAddressFitsIn37ColumnsAnd19Rows() {
    List<String> rows = QrText.rows("http://255.255.255.255:65535/ACDEFG/");
    assertThat(rows).hasSize(19);
    assertThat(rows.get(0)).hasSize(37);
  }

  /**
   * Each character is two modules stacked: the top half dark for ▀ and █, the bottom half for ▄ and
   * █.
   */
  private static String decode(List<String> rows) throws Exception {
    int width = rows.get(0).length();
    BufferedImage image =
        new BufferedImage(
            width * PIXELS_PER_MODULE,
            rows.size() * 2 * PIXELS_PER_MODULE,
            BufferedImage.TYPE_INT_RGB);
    for (int row = 0; row < rows.size(); row++) {
      for (int x = 0; x < width; x++) {
        char c = rows.get(row).charAt(x);
        paint(image, x, row * 2, c == '▀' || c == '█');
        paint(image, x, row * 2 + 1, c == '▄' || c == '█');
      }
    }
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    return new MultiFormatReader()
        .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
        .getText();
  }

  private static void paint(BufferedImage image, int moduleX, int moduleY, boolean dark) {
    for (int dy = 0; dy < PIXELS_PER_MODULE; dy++) {
      for (int dx = 0; dx < PIXELS_PER_MODULE; dx++) {
        image.setRGB(
            moduleX * PIXELS_PER_MODULE + dx,
            moduleY * PIXELS_PER_MODULE + dy,
            dark ? 0x000000 : 0xFFFFFF);
      }
    }
  }
}
