package org.ccgdiag.room;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A phone in real headless Chromium (Debian's chromium and chromium-driver, named explicitly so
 * Selenium Manager downloads nothing), 390 by 844 CSS pixels, and what a test does with the room's
 * page on it.
 */
public final class ChromiumPhone {
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path BROWSER = Path.of("/usr/bin/chromium");

  private ChromiumPhone() {}

  /** Skips the test only without /usr/bin/chromedriver outside CI; under CI=true it must run. */
  public static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(DRIVER) || "true".equals(System.getenv("CI")),
        "no /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
  }

  public static WebDriver start() {
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
    // A phone's screen, 390 by 844 CSS pixels (a desktop window cannot be that narrow).
    options.setExperimentalOption(
        "mobileEmulation",
        Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 1.0)));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }

  public static String status(WebDriver phone) {
    return phone.findElement(By.id("status")).getText();
  }

  public static String heading(WebDriver phone) {
    return phone.findElement(By.id("heading")).getText();
  }

  public static void tap(WebDriver phone, String label) {
    button(phone, label).click();
  }

  /** The option's button by its label (the tick beside a chosen one is a span of its own). */
  public static WebElement button(WebDriver phone, String label) {
    return phone.findElement(
        By.xpath("//div[@id='options']/button[span[2][normalize-space()=\"" + label + "\"]]"));
  }

  /** The closed vote's bars as the page shows them, one "Label count" per option. */
  @SuppressWarnings("unchecked")
  public static List<String> bars(WebDriver phone) {
    return (List<String>)
        ((ChromeDriver) phone)
            .executeScript(
                "return Array.prototype.map.call(document.querySelectorAll('#results li'), function (li) { return li.innerText.replace(/\\n/g, ' '); });");
  }

  public static void waitFor(WebDriver phone, Function<WebDriver, Boolean> condition) {
    new WebDriverWait(phone, Duration.ofSeconds(15), Duration.ofMillis(100))
        .until(condition::apply);
  }

  public static void screenshot(WebDriver phone, String name) throws Exception {
    File shot = ((ChromeDriver) phone).getScreenshotAs(OutputType.FILE);
    Files.createDirectories(Path.of("target"));
    Files.copy(shot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
  }
}
