package org.ccgdiag.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ccgdiag.room.Room;
import org.ccgdiag.room.RoomListener;
import org.ccgdiag.room.RoomOption;
import org.ccgdiag.room.RoomSettings;
import org.ccgdiag.room.RoomStatement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 2.1 A and AA in a real browser: every golden HTML output (reports, summaries, the
 * comparison, the example report) and the room's phone page, in one headless Chromium (Debian's
 * chromium and chromium-driver) with axe-core 4.14.1 loaded into each page ({@code
 * src/test/resources/axe/}). Besides axe: no page scrolls sideways at 320 and 640 CSS pixels (400%
 * and 200% zoom of a 1280-pixel window, WCAG 1.4.10: tables and charts scroll inside their own
 * labelled boxes), and chart text keeps its size in CSS pixels when the window narrows, so it grows
 * with zoom as body text does (1.4.4). Screenshots at 200% and at 320 pixels stay in {@code
 * target/accessibility/} to be looked at.
 */
class AccessibilityTest {
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path OUT = Path.of("target", "accessibility");
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** Pages photographed at 200% zoom and at 320 pixels. */
  static final List<String> PHOTOGRAPHED =
      List.of(
          "rounds/expected/summary.html",
          "stakeholders/expected/nhs-riverside-ccg--2012-03.html",
          "comparison.html");

  private static ChromeDriver browser;
  private static String axe;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(DRIVER) || "true".equals(System.getenv("CI")),
        "no /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
    try (InputStream in = AccessibilityTest.class.getResourceAsStream("/axe/axe.min.js")) {
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
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
        "--hide-scrollbars",
        "--window-size=1280,800");
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
            options);
    Files.createDirectories(OUT);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Every HTML file the golden tests hold equal to what the program writes. */
  static List<Path> goldenPages() throws IOException {
    List<Path> pages = new ArrayList<>();
    for (Path root :
        List.of(
            Path.of("src/test/resources/golden"), Path.of("src/test/resources/golden-compare"))) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
      }
    }
    pages.add(Path.of("docs/example-report.html"));
    return pages;
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenPageMeetsWcag21AaAndReflows() throws IOException {
    return goldenPages().stream()
        .map(
            page ->
                DynamicTest.dynamicTest(
                    page.toString(),
                    () -> {
                      width(1280, 1);
                      browser.get(page.toAbsolutePath().toUri().toString());
                      assertThat(violations()).as("axe violations of %s", page).isEmpty();
                      chartTextFollowsPageText(page, 1280);
                      for (int width : new int[] {640, 320}) {
                        width(width, 1);
                        assertThat(overflow())
                            .as("%s sideways at %d CSS px: elements past the window", page, width)
                            .isEmpty();
                        chartTextFollowsPageText(page, width);
                      }
                      String name =
                          page.toString()
                              .replace("src/test/resources/golden/", "")
                              .replace("src/test/resources/golden-compare/", "");
                      if (PHOTOGRAPHED.contains(name)) {
                        String base =
                            name.replace("/expected/", "-").replace('/', '-').replace(".html", "");
                        width(640, 2);
                        screenshot(base + "-200pc.png");
                        browser.executeScript(
                            "var c = document.querySelector('main .chart-scroll'); if (c) c.scrollIntoView();");
                        screenshot(base + "-200pc-chart.png");
                        browser.executeScript("window.scrollTo(0, 0);");
                        width(320, 1);
                        screenshot(base + "-320px.png");
                      }
                    }));
  }

  @Test
  void thePhonePageMeetsWcag21AaWhileVotingAndClosedAndReflows() throws Exception {
    List<RoomOption> scale =
        List.of(
            new RoomOption("1", "Strongly disagree"),
            new RoomOption("2", "Disagree"),
            new RoomOption("3", "Agree"),
            new RoomOption("4", "Strongly agree"),
            new RoomOption("dk", "Don't know"));
    RoomListener quiet =
        new RoomListener() {
          @Override
          public void voted(String questionId, Map<String, Integer> distribution, int voters) {}

          @Override
          public void countsChanged(int joined, int voted) {}
        };
    try (Room room =
        Room.start(
            new RoomSettings(
                InetAddress.getLoopbackAddress(),
                0,
                "NHS Example Clinical Commissioning Group",
                "Statement"),
            quiet)) {
      width(390, 1);
      room.open(
          new RoomStatement(
              "gov-3",
              14,
              100,
              "The governing body has agreed how clinical leaders will be involved in every commissioning decision.",
              scale));
      browser.get(room.joinAddress().toString());
      waitFor("buttons", "return document.querySelectorAll('#options button').length === 5");
      browser.findElement(By.cssSelector("#options button[data-key='3']")).click();
      waitFor(
          "the vote confirmed",
          "return document.getElementById('status').textContent.indexOf('Your vote') === 0");
      assertThat(violations()).as("axe violations of the phone page while voting").isEmpty();
      checkReflow("the phone page while voting");
      width(640, 2);
      screenshot("phone-voting-200pc.png");
      room.closeVote();
      width(390, 1);
      waitFor("the distribution", "return document.querySelectorAll('#results li').length === 5");
      assertThat(violations())
          .as("axe violations of the phone page with the vote closed")
          .isEmpty();
      checkReflow("the phone page with the vote closed");
      width(320, 1);
      screenshot("phone-closed-320px.png");
    }
  }

  private static void checkReflow(String what) {
    for (int width : new int[] {640, 320}) {
      width(width, 1);
      assertThat(overflow()).as("%s sideways at %d CSS px", what, width).isEmpty();
    }
  }

  /** axe's WCAG 2.1 A/AA violations, one line each: rule, impact, and the elements it found. */
  @SuppressWarnings("unchecked")
  private static List<String> violations() {
    browser.executeScript(axe);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object result =
        browser.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ': '"
                + " + v.nodes.slice(0, 5).map(function (n) { return n.target.join(' ') + ' ' + n.failureSummary.replace(/\\s+/g, ' '); }).join(' | '); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });",
            TAGS);
    return (List<String>) result;
  }

  /**
   * Why the page scrolls sideways: the outermost elements that reach past the window; empty when it
   * does not.
   */
  @SuppressWarnings("unchecked")
  private static List<String> overflow() {
    return (List<String>)
        browser.executeScript(
            "var w = document.documentElement.clientWidth;"
                + "if (document.documentElement.scrollWidth <= w) return [];"
                + "var out = [];"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect(); if (r.right <= w + 0.5) return;"
                + "  var p = e.parentElement; if (p && p !== document.body && p.getBoundingClientRect().right > w + 0.5) return;"
                + "  out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')"
                + "    + ' right=' + Math.round(r.right) + ' of ' + w);"
                + "});"
                + "return out.length ? out.slice(0, 8) : ['page scrollWidth ' + document.documentElement.scrollWidth + ' > ' + w];");
  }

  /**
   * The charts' labels (15 SVG units) are at least 85% of the page's root font size, however wide
   * the window: zooming in, which narrows the window in CSS pixels, grows them as it grows the
   * text.
   */
  private static void chartTextFollowsPageText(Path page, int width) {
    double chart = chartFont();
    double root =
        ((Number)
                browser.executeScript(
                    "return parseFloat(getComputedStyle(document.documentElement).fontSize);"))
            .doubleValue();
    if (chart > 0) {
      assertThat(chart)
          .as(
              "%s at %d CSS px: chart labels %.1f px against text of %.1f px",
              page, width, chart, root)
          .isGreaterThanOrEqualTo(0.85 * root);
    }
  }

  /**
   * The smallest size in CSS pixels of a chart's 15-unit text (its axis or row labels), 0 without
   * charts.
   */
  private static double chartFont() {
    Object size =
        browser.executeScript(
            "var least = 0;"
                + "document.querySelectorAll('main .chart-scroll > svg').forEach(function (svg) {"
                + "  if (svg.closest('.first-page')) return;" // the first screen's glance; its
                // full-size chart follows
                + "  var shown = svg.getBoundingClientRect().width; if (shown === 0) return;"
                + "  var px = 15 * shown / svg.viewBox.baseVal.width; if (least === 0 || px < least) least = px; });"
                + "return least;");
    return ((Number) size).doubleValue();
  }

  /** The window as {@code width} CSS pixels wide; {@code scale} 2 draws it as at 200% zoom. */
  private static void width(int width, int scale) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 800, "deviceScaleFactor", scale, "mobile", false));
  }

  private static void waitFor(String what, String script) {
    new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(100))
        .withMessage(what)
        .until(b -> Boolean.TRUE.equals(((ChromeDriver) b).executeScript(script)));
  }

  private static void screenshot(String name) throws IOException {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), OUT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
