package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDF reports of the golden cases, read back with PDFBox and drawn with pdftoppm as a person would
 * see them: page 1 of a report is its summary (organisation, overall, coverage, every "start here"
 * row, the Owner and By when columns), the summary opens with the heat map, every font is embedded,
 * every text is text, and page 1 has the chart's colours.
 */
class PdfReportsTest {
  /**
   * Pages of each golden case's PDFs, as looked at (docs/reports.md): a change of layout shows
   * here.
   */
  private static final Map<String, Integer> PAGES =
      Map.of(
          "rounds/nhs-riverside-ccg--2012-07.pdf", 21,
          "rounds/nhs-riverside-ccg--2012-03.pdf", 20,
          "rounds/summary.pdf", 5,
          "sparse/nhs-hillside-ccg--2012-03.pdf", 17,
          "charity-boards/riverbank-food-bank--2024.pdf", 7);

  @TempDir static Path out;

  @BeforeAll
  static void score() {
    for (String name : List.of("rounds", "sparse", "charity-boards")) {
      Path dir = GoldenReportsTest.GOLDEN.resolve(name).toAbsolutePath();
      List<String> args =
          new ArrayList<>(
              List.of("score", "-o", out.resolve(name).toString(), "--format", "pdf,html"));
      if (Files.exists(dir.resolve("questionnaire.yaml"))) {
        args.addAll(List.of("-q", dir.resolve("questionnaire.yaml").toString()));
      }
      args.add(dir.resolve("answers").toString());
      CommandRun.Result run = CommandRun.in(dir).run(args.toArray(String[]::new)).assertSuccess();
      run.assertErr().isEmpty();
    }
  }

  @Test
  void pageCountsAreTheOnesLookedAt() throws IOException {
    for (Map.Entry<String, Integer> file : PAGES.entrySet()) {
      try (PDDocument pdf = Loader.loadPDF(out.resolve(file.getKey()).toFile())) {
        assertThat(pdf.getNumberOfPages()).as(file.getKey()).isEqualTo(file.getValue());
      }
    }
  }

  @Test
  void pageOneOfAReportIsItsSummary() throws IOException {
    for (String file :
        List.of(
            "rounds/nhs-riverside-ccg--2012-07",
            "sparse/nhs-hillside-ccg--2012-03",
            "charity-boards/riverbank-food-bank--2024")) {
      Document html = Jsoup.parse(out.resolve(file + ".html").toFile());
      String page1 = words(text(out.resolve(file + ".pdf"), 1, 1));
      assertThat(page1).as(file).contains(words(html.selectFirst("h1").text()));
      // The title block's lines: who answered, then the overall and the coverage.
      for (Element line : html.select("header .subtitle")) {
        assertThat(page1).as(file).contains(words(line.text()));
      }
      // The overall (a first look when evidence is short) and the coverage as a percentage.
      assertThat(page1)
          .as(file)
          .containsPattern("(?i)overall [\\d.]+ of 100")
          .containsPattern("\\d\\.\\d%");
      Element startHere = html.selectFirst(".first-page table");
      assertThat(startHere).as(file + ": page 1's start-here table").isNotNull();
      assertThat(page1).as(file).contains("Owner", "By when");
      for (Element row : startHere.select("tbody tr")) {
        assertThat(page1).as(file).contains(words(row.selectFirst("th").text()));
      }
      // The full report follows from page 2: its start-here section with the details.
      Element detail = html.selectFirst("#start-here .callout .item-title");
      if (detail != null) {
        assertThat(words(text(out.resolve(file + ".pdf"), 2, 2)))
            .as(file)
            .contains(words(html.selectFirst("#start-here h2").text()), words(detail.text()));
      }
    }
  }

  @Test
  void theSummaryOpensWithTheHeatMapThenTheOrganisationsNeedingAttention() throws IOException {
    String page1 = words(text(out.resolve("rounds/summary.pdf"), 1, 1, true));
    assertThat(page1).contains("NHS Riverside CCG").contains("Needing attention");
    assertThat(page1.indexOf("NHS Riverside CCG"))
        .as("the heat map's rows come first")
        .isLessThan(page1.indexOf("Needing attention"));
  }

  /**
   * A large group's page 1 maps those needing attention most; its full map, too small on paper,
   * stays in summary.html.
   */
  @Test
  void aLargeGroupsSummaryKeepsPageOneToThoseNeedingAttentionMost(@TempDir Path work)
      throws IOException {
    Path answers = Files.createDirectories(work.resolve("answers"));
    String one =
        Files.readString(GoldenReportsTest.GOLDEN.resolve("sparse/answers/dr-tom-hughes.yaml"));
    for (int i = 1; i <= 41; i++) {
      Files.writeString(
          answers.resolve("ccg-" + i + ".yaml"),
          one.replace("NHS Hillside CCG", "NHS Group CCG " + i));
    }
    CommandRun.in(work).run("score", "-o", "out", "--format", "pdf", "answers").assertSuccess();
    assertThat(words(text(work.resolve("out/summary.pdf"), 1, 1)))
        .contains("The 14 of 41 needing attention most");
    assertThat(words(text(work.resolve("out/summary.pdf"), 2, 99)))
        .contains("The heat map of all 41 is in summary.html")
        .contains("NHS Group CCG 41");
  }

  @Test
  void everyFontIsEmbeddedAndTheChartsLabelsAreText() throws IOException {
    for (String file : PAGES.keySet()) {
      try (PDDocument pdf = Loader.loadPDF(out.resolve(file).toFile())) {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
          fonts(page.getResources(), fonts);
        }
        assertThat(fonts).as(file).isNotEmpty().allMatch(PDFont::isEmbedded, "embedded");
      }
    }
    // The radar's axis labels and rings are drawn inside the chart, not in the page's text.
    assertThat(text(out.resolve("rounds/nhs-riverside-ccg--2012-07.pdf"), 1, 1))
        .contains("Great leaders")
        .contains("Clear and");
  }

  /**
   * pdftoppm draws page 1 as a picture; the radar's team line and the heat map's cells are in
   * colour.
   */
  @Test
  void pageOneHasTheChartsColours() throws Exception {
    BufferedImage report = firstPage(out.resolve("rounds/nhs-riverside-ccg--2012-07.pdf"));
    assertThat(count(report, 0x123f7a, 40))
        .as("pixels of the team's line (#123f7a)")
        .isGreaterThan(300);
    BufferedImage summary = firstPage(out.resolve("rounds/summary.pdf"));
    assertThat(colours(summary)).as("distinct strong colours of the heat map").isGreaterThan(2);
  }

  /**
   * pdftoppm (Debian's poppler-utils): skipped without it, except under CI, where .ci/run installs
   * it.
   */
  private static BufferedImage firstPage(Path pdf) throws Exception {
    boolean found =
        java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
            .anyMatch(dir -> Files.isExecutable(Path.of(dir, "pdftoppm")));
    if (!found) {
      String install =
          "pdftoppm is missing: apt-get install -y poppler-utils (.ci/run does this under CI)";
      assertThat(System.getenv("CI")).as(install).isNull();
      org.junit.jupiter.api.Assumptions.abort(install);
    }
    Path png = pdf.resolveSibling(pdf.getFileName() + "-page1");
    Process p =
        new ProcessBuilder(
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                pdf.toString(),
                png.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
    return ImageIO.read(png.resolveSibling(png.getFileName() + ".png").toFile());
  }

  private static int count(BufferedImage image, int rgb, int tolerance) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (distance(image.getRGB(x, y), rgb) <= tolerance) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Saturated colours (not grey, not the page) that cover at least 200 pixels each, counted in
   * steps of 32.
   */
  private static long colours(BufferedImage image) {
    Map<Integer, Integer> buckets = new java.util.HashMap<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int c = image.getRGB(x, y);
        int r = (c >> 16) & 255, g = (c >> 8) & 255, b = c & 255;
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
          buckets.merge((r / 32) << 10 | (g / 32) << 5 | (b / 32), 1, Integer::sum);
        }
      }
    }
    return buckets.values().stream().filter(n -> n >= 200).count();
  }

  private static int distance(int a, int b) {
    return Math.abs(((a >> 16) & 255) - ((b >> 16) & 255))
        + Math.abs(((a >> 8) & 255) - ((b >> 8) & 255))
        + Math.abs((a & 255) - (b & 255));
  }

  private static void fonts(PDResources resources, List<PDFont> into) throws IOException {
    if (resources == null) {
      return;
    }
    for (var name : resources.getFontNames()) {
      into.add(resources.getFont(name));
    }
    for (var name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        fonts(form.getResources(), into);
      }
    }
  }

  /**
   * Tagged for assistive technology (openhtmltopdf's PDF/UA mode): marked content, a structure tree
   * with the page's headings, tables with header cells and the charts as figures with their words
   * as alternate text, the document's language and its title shown as the window's title.
   */
  @Test
  void theDocumentIsTaggedForScreenReaders() throws IOException {
    for (String file : List.of("rounds/nhs-riverside-ccg--2012-07", "rounds/summary")) {
      Document html = Jsoup.parse(out.resolve(file + ".html").toFile());
      try (PDDocument pdf = Loader.loadPDF(out.resolve(file + ".pdf").toFile())) {
        var catalog = pdf.getDocumentCatalog();
        assertThat(catalog.getMarkInfo()).as(file).isNotNull();
        assertThat(catalog.getMarkInfo().isMarked()).as(file + ": marked").isTrue();
        assertThat(catalog.getLanguage()).as(file).isEqualTo("en-GB");
        assertThat(pdf.getDocumentInformation().getTitle()).as(file).isEqualTo(html.title());
        assertThat(catalog.getViewerPreferences().displayDocTitle()).as(file).isTrue();
        var root = catalog.getStructureTreeRoot();
        assertThat(root).as(file + ": structure tree").isNotNull();
        Map<String, Integer> types = new java.util.TreeMap<>();
        List<String> figures = new ArrayList<>();
        structure(root.getKids(), types, figures);
        assertThat(types)
            .as(file + " structure types")
            .containsKeys("H1", "H2", "Table", "TH", "TD", "Figure");
        assertThat(types.get("TH"))
            .as(file)
            .isGreaterThanOrEqualTo(
                html.select("th").size() - html.select(".first-page th").size());
        // Each chart (page 1's and the full report's) is a figure whose alternate text is its title
        // and its numbers in words.
        List<String> titles = html.select("svg[role=img] > title").eachText();
        assertThat(figures).as(file + " figures' alternate text").hasSameSizeAs(titles);
        for (int i = 0; i < titles.size(); i++) {
          assertThat(figures.get(i)).startsWith(titles.get(i) + ". Scores out of 100");
        }
      }
    }
  }

  private static void structure(
      List<Object> kids, Map<String, Integer> types, List<String> figures) {
    for (Object kid : kids) {
      if (kid
          instanceof
          org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement
              element) {
        types.merge(element.getStructureType(), 1, Integer::sum);
        // The legends' little line samples are figures too, without words (see
        // docs/accessibility.md).
        if ("Figure".equals(element.getStructureType())
            && element.getAlternateDescription() != null
            && !element.getAlternateDescription().isBlank()) {
          figures.add(element.getAlternateDescription());
        }
        structure(element.getKids(), types, figures);
      }
    }
  }

  private static String text(Path pdf, int from, int to) throws IOException {
    return text(pdf, from, to, false);
  }

  /**
   * @param byPosition in reading order on the page rather than the order drawn (a chart's text is
   *     drawn after the page's)
   */
  private static String text(Path pdf, int from, int to, boolean byPosition) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(byPosition);
      stripper.setStartPage(from);
      stripper.setEndPage(to);
      return stripper.getText(doc);
    }
  }

  /**
   * Text with its line breaks (a table cell wraps, a line breaks after a hyphen) and runs of spaces
   * as single spaces.
   */
  private static String words(String text) {
    return text.replaceAll("-\\s+", "-").replaceAll("\\s+", " ").strip();
  }
}
