package org.ccgdiag.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.ccgdiag.report.html.Chromium;
import org.ccgdiag.report.html.ChromiumRenderTest;
import org.ccgdiag.report.html.HtmlReport;
import org.ccgdiag.report.markdown.MarkdownReport;
import org.ccgdiag.scoring.Findings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The HTML report: the Markdown report's content, in the same order, with charts, and nothing from
 * input as markup.
 */
class HtmlReportTest {
  private static final Path OUT = Path.of("target", "chromium");

  private final ReportView workshop = ReportViews.of(Fixtures.workshop());
  private final Document html = Jsoup.parse(HtmlReport.render(workshop));

  @Test
  void hasTheMarkdownReportsSectionsInTheSameOrder() {
    List<String> markdown = matches(MarkdownReport.render(workshop), "(?m)^## (.*)$");
    assertThat(html.select("h2").eachText()).isEqualTo(markdown);
    assertThat(html.selectFirst("h1").text()).isEqualTo(workshop.header().title());
  }

  @Test
  void showsTheSameNumbersAsTheView() {
    Element domains = html.getElementById("domains");
    List<String> scores =
        domains.select("table").first().select("tbody tr").stream()
            .map(tr -> tr.select("td").get(1).text())
            .toList();
    assertThat(scores)
        .isEqualTo(workshop.domains().stream().map(ReportView.DomainRow::score).toList());
    assertThat(domains.select("svg.radar")).hasSize(1);
    assertThat(html.select("#framework svg.bars")).hasSize(1);
    assertThat(html.select("#start-here .callout > ol > li")).hasSize(workshop.priorities().size());
    assertThat(html.select("#needs table").first().select("tbody tr"))
        .hasSize(workshop.needs().size());
    // The radar's description states every domain's score as the table does.
    String described = html.selectFirst("svg.radar desc").text();
    workshop
        .domains()
        .forEach(
            d -> assertThat(described).contains(d.number() + " " + d.title() + " " + d.score()));
  }

  @Test
  void hostileNamesNotesAndTitlesAreOnlyText() {
    Findings report =
        Fixtures.score(
            Fixtures.questionnaire("hostile/hostile.yaml"), "hostile/one.yaml", "hostile/two.yaml");
    String text = HtmlReport.render(report);
    Document page = Jsoup.parse(text);

    assertThat(page.select("script, img, iframe, object, embed, link")).isEmpty();
    assertThat(
            page.getAllElements().stream()
                .flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on")))
        .isEmpty();
    assertThat(page.select("a").eachAttr("href")).allMatch(h -> h.startsWith("http"));
    assertThat(text).contains("&lt;script&gt;alert(&#39;org&#39;)&lt;/script&gt;");
    assertThat(page.selectFirst("h1").text()).contains("<script>alert('org')</script>");
    assertThat(page.text()).contains("<script>alert(1)</script> [link](http://evil.example)");
  }

  @Test
  void theWorkshopReportIsDrawnOnAProjectorAndOnPaper() throws Exception {
    Chromium chromium = Chromium.require();
    Files.createDirectories(OUT);
    Path file = OUT.resolve("workshop.html");
    Files.writeString(file, HtmlReport.render(workshop), StandardCharsets.UTF_8);
    BufferedImage image =
        ImageIO.read(
            chromium.screenshot(file, 1280, 800, OUT.resolve("workshop-1280x800.png")).toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(ChromiumRenderTest.distinctColours(image)).isGreaterThan(20);
    Path pdf = chromium.printToPdf(file, OUT.resolve("workshop.pdf"));
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
  }

  private static List<String> matches(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1).replace("\\", ""));
    }
    return found;
  }
}
