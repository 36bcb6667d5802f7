package org.ccgdiag.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Draws a page with the three charts in headless Chromium, on a projector-sized window and printed
 * to PDF. The files stay in {@code target/chromium/} to be looked at.
 */
public class ChromiumRenderTest {
  private static final Path OUT = Path.of("target", "chromium");

  @Test
  void drawsTheSamplePageOnAProjectorAndOnPaper() throws Exception {
    Chromium chromium = Chromium.require();
    Files.createDirectories(OUT);
    Path html = OUT.resolve("sample.html");
    Files.writeString(
        html, HtmlRenderer.shared().render(SamplePage.page()), StandardCharsets.UTF_8);

    Path png = chromium.screenshot(html, 1280, 800, OUT.resolve("sample-1280x800.png"));
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("a PNG image").isNotNull();
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(800);
    assertThat(distinctColours(image)).as("distinct colours: not a blank page").isGreaterThan(20);

    Path pdf = chromium.printToPdf(html, OUT.resolve("sample.pdf"));
    assertThat(startOf(pdf)).isEqualTo("%PDF");
    assertThat(Files.size(pdf)).isGreaterThan(10_000);
  }

  public static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }

  private static String startOf(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(4), StandardCharsets.US_ASCII);
    }
  }
}
