package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The projector's first screen (brief section 7), measured in Chromium at 1024x768 on every golden
 * report and summary: a report's title block, overall, domain chart and every "start here" row lie
 * inside the first viewport; a summary opens with its heat map, before any of its tables. Skipped
 * only without /usr/bin/chromedriver outside CI.
 */
class ProjectorScreenTest {
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path BROWSER = Path.of("/usr/bin/chromium");
  private static WebDriver browser;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(
        Files.isExecutable(DRIVER) || "true".equals(System.getenv("CI")),
        "no /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars");
    // The viewport itself is 1024x768 CSS pixels, whatever the window's frame would take.
    options.setExperimentalOption(
        "mobileEmulation",
        Map.of(
            "deviceMetrics",
            Map.of("width", 1024, "height", 768, "pixelRatio", 1.0, "mobile", false)));
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
            options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  @Timeout(120)
  void everyReportShowsTheOverallTheChartAndEveryPriorityOnTheFirstScreen() throws IOException {
    List<Path> reports =
        goldenHtml().filter(p -> !p.getFileName().toString().startsWith("summary")).toList();
    assertThat(reports).hasSizeGreaterThan(5);
    for (Path report : reports) {
      open(report);
      assertThat(viewport()).as("the viewport").isEqualTo(new Dimension(1024, 768));
      within(report + ": the title", browser.findElement(By.cssSelector(".title-block h1")));
      within(
          report + ": the overall",
          browser.findElement(By.cssSelector(".title-block .subtitle strong")));
      within(
          report + ": the domain chart",
          browser.findElement(By.cssSelector(".first-page figure.chart svg")));
      List<WebElement> rows = browser.findElements(By.cssSelector(".first-page table tbody tr"));
      int priorities =
          browser.findElements(By.cssSelector("#start-here .callout > ol > li")).size();
      assertThat(rows).as(report + ": a row per priority").hasSize(priorities);
      for (WebElement row : rows) {
        within(report + ": start here, " + row.getText(), row);
        // Owner and By when are for paper: not on screen.
        assertThat(
                row.findElements(By.tagName("td")).stream().filter(WebElement::isDisplayed).count())
            .as(report + ": cells shown")
            .isEqualTo(2);
      }
    }
  }

  @Test
  @Timeout(120)
  void everySummaryOpensWithItsHeatMapBeforeItsTables() throws IOException {
    List<Path> summaries =
        goldenHtml().filter(p -> p.getFileName().toString().equals("summary.html")).toList();
    assertThat(summaries).hasSizeGreaterThan(5);
    for (Path summary : summaries) {
      open(summary);
      WebElement map = browser.findElement(By.cssSelector("main svg.heatmap"));
      within(summary + ": the heat map's first row", map.findElement(By.cssSelector(".cell")));
      assertThat(browser.findElement(By.cssSelector(".first-page")).isDisplayed())
          .as("page 1 is for paper")
          .isFalse();
      for (WebElement table : browser.findElements(By.cssSelector("main table"))) {
        assertThat(table.getRect().getY())
            .as(summary + ": a table below the map")
            .isGreaterThan(map.getRect().getY());
        boolean after =
            (Boolean)
                ((JavascriptExecutor) browser)
                    .executeScript(
                        "return (arguments[0].compareDocumentPosition(arguments[1]) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;",
                        map,
                        table);
        assertThat(after).as(summary + ": the table follows the map").isTrue();
      }
    }
  }

  private static Stream<Path> goldenHtml() throws IOException {
    return Files.walk(GoldenReportsTest.GOLDEN)
        .filter(p -> p.toString().endsWith(".html") && p.getParent().endsWith("expected"))
        .sorted();
  }

  private static void open(Path html) {
    browser.get(html.toAbsolutePath().toUri().toString());
  }

  private static Dimension viewport() {
    @SuppressWarnings("unchecked")
    List<Long> size =
        (List<Long>)
            ((JavascriptExecutor) browser).executeScript("return [innerWidth, innerHeight];");
    return new Dimension(size.get(0).intValue(), size.get(1).intValue());
  }

  /** The element is drawn, wholly inside the first 1024x768 viewport. */
  private static void within(String what, WebElement element) {
    assertThat(element.isDisplayed()).as(what + " is shown").isTrue();
    var rect = element.getRect();
    assertThat(rect.getX()).as(what + ": left").isGreaterThanOrEqualTo(0);
    assertThat(rect.getY()).as(what + ": top").isGreaterThanOrEqualTo(0);
    assertThat(rect.getX() + rect.getWidth()).as(what + ": right").isLessThanOrEqualTo(1024);
    assertThat(rect.getY() + rect.getHeight()).as(what + ": bottom").isLessThanOrEqualTo(768);
  }
}
