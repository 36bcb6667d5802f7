package org.ccgdiag.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
  private static final Path TEMPLATES = Path.of("src/main/resources", HtmlRenderer.ROOT);

  private final String html = HtmlRenderer.shared().render(SamplePage.page());
  private final Document document = Jsoup.parse(html);

  @Test
  void hostileTextStaysText() {
    assertThat(document.select("script")).isEmpty();
    assertThat(document.select("img")).isEmpty();
    assertThat(document.getElementsByAttribute("onerror")).isEmpty();
    assertThat(html).doesNotContain("<script").doesNotContain("<img");
    // In a table cell, a callout and the heat map's row labels and cell titles, exactly as written.
    assertThat(document.select("th[scope=row]").last().text()).isEqualTo("6 " + SamplePage.HOSTILE);
    assertThat(document.select(".callout li").last().text()).endsWith(SamplePage.HOSTILE);
    assertThat(labels(document, "svg.heatmap .row-label"))
        .contains("\"><img src=x onerror=alert(1)>");
    assertThat(document.select("dd").eachText()).contains(SamplePage.IMG);
  }

  @Test
  void hostileChartLabelsAreEscapedInTheSvg() {
    Radar radar =
        Radar.of(
            "r",
            SamplePage.HOSTILE,
            List.of(SamplePage.HOSTILE, "B", SamplePage.IMG),
            List.of(
                new Radar.Series(
                    SamplePage.IMG, Radar.Kind.SELF, SamplePage.scores("1", "2", "3"))),
            List.of());
    Page page =
        new Page(
            "en",
            "t",
            List.of(),
            List.of(
                new Page.Section(
                    "s",
                    "S",
                    false,
                    List.of(Page.Block.chart(Page.Chart.of(SamplePage.HOSTILE, radar))))));
    String svg = HtmlRenderer.shared().render(page);

    assertThat(svg)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&#39;")
        .doesNotContain("<script");
    Document parsed = Jsoup.parse(svg);
    assertThat(parsed.select("script, img")).isEmpty();
    assertThat(parsed.selectFirst("svg title").text()).isEqualTo(SamplePage.HOSTILE);
    assertThat(labels(parsed, ".axis-label")).contains(SamplePage.HOSTILE, SamplePage.IMG);
    assertThat(parsed.select("ul.legend li").eachText()).containsExactly(SamplePage.IMG);
    assertThat(parsed.selectFirst("figcaption").text()).isEqualTo(SamplePage.HOSTILE);
  }

  /** The texts of chart labels, their lines (tspans) joined by spaces as they were wrapped. */
  private static List<String> labels(Document document, String selector) {
    return document.select(selector).stream()
        .map(e -> String.join(" ", e.select("tspan").eachText()))
        .toList();
  }

  @Test
  void onlyWebAndMailLinksBecomeLinks() {
    assertThat(document.select("a").eachAttr("href"))
        .containsOnly("https://example.org/constitution");
    assertThat(document.select(".callout").text()).contains("a bad link");
  }

  @Test
  void everyChartIsLabelledForScreenReaders() {
    for (Element svg : document.select("figure > .chart-scroll > svg")) {
      // Named by its title alone; the numbers in words are its description, not its name.
      assertThat(svg.attr("role")).isEqualTo("img");
      Element title = document.getElementById(svg.attr("aria-labelledby"));
      assertThat(title.tagName()).isEqualTo("title");
      assertThat(document.getElementById(svg.attr("aria-describedby")).text())
          .startsWith("Scores out of 100");
      // The box it scrolls in on a narrow screen is named by the same title and reachable by
      // keyboard.
      Element box = svg.parent();
      assertThat(box.attr("role")).isEqualTo("region");
      assertThat(box.attr("tabindex")).isEqualTo("0");
      assertThat(box.attr("aria-label")).isEqualTo(title.text());
    }
    assertThat(document.select("figure > .chart-scroll > svg")).hasSize(3);
  }

  @Test
  void everyTableScrollsInANamedBoxOfItsOwn() {
    assertThat(document.select("table"))
        .isNotEmpty()
        .allSatisfy(
            table -> {
              Element box = table.parent();
              assertThat(box.hasClass("table-scroll")).isTrue();
              assertThat(box.attr("role")).isEqualTo("region");
              assertThat(box.attr("tabindex")).isEqualTo("0");
              assertThat(box.attr("aria-label")).isNotBlank();
            });
  }

  @Test
  void thePageIsSelfContained() {
    assertThat(document.select("script, link, img, iframe, object, embed")).isEmpty();
    assertThat(document.select("[src]")).isEmpty();
    assertThat(document.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    assertThat(document.select("style").html()).contains("@media print").contains("size: A4");
    assertThat(document.select("section.break-before"))
        .extracting(Element::id)
        .containsExactly("domains", "areas", "summary");
  }

  @Test
  void unescapedValuesAreRefusedWhenATemplateIsCompiled() {
    assertThatThrownBy(() -> new HtmlRenderer(List.of("test-unescaped-triple")))
        .isInstanceOf(MustacheException.class)
        .hasMessageContaining("unescaped value name");
    assertThatThrownBy(() -> new HtmlRenderer(List.of("test-unescaped-ampersand")))
        .isInstanceOf(MustacheException.class)
        .hasMessageContaining("unescaped value name");
  }

  @Test
  void everyBundledTemplateCompilesUnderTheEscapingRule() throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".mustache"))
              .map(n -> n.substring(0, n.length() - ".mustache".length()))
              .sorted()
              .toList();
    }
    assertThat(names).contains("page", "radar", "bars", "heatmap", "table", "callout", "details");
    new HtmlRenderer(names);
  }

  @Test
  void rendersTheSamePageFromManyThreads() {
    List<String> pages =
        java.util.stream.IntStream.range(0, 32)
            .parallel()
            .mapToObj(i -> HtmlRenderer.shared().render(SamplePage.page()))
            .toList();
    assertThat(pages).allMatch(html::equals);
  }
}
