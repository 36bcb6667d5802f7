package org.ccgdiag.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Six phones in real headless Chromium (Debian's chromium and chromium-driver, named explicitly so
 * Selenium Manager downloads nothing): they join, vote, one changes its vote, the vote closes and
 * every page shows the distribution, then the next statement appears on all of them by itself.
 * Skipped only without /usr/bin/chromedriver outside CI; under CI=true it must run.
 */
class RoomBrowserTest {
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final List<RoomOption> SCALE = List.of(new RoomOption("1", "Strongly disagree"), new RoomOption("2", "Disagree"),
      new RoomOption("3", "Agree"), new RoomOption("4", "Strongly agree"), new RoomOption("dk", "Don't know"));
  static final RoomStatement Q14 = new RoomStatement("gov-3", 14, 100,
      "The governing body has agreed how clinical leaders will be involved in every commissioning decision <b>now</b>.", SCALE);
  static final RoomStatement Q15 = new RoomStatement("gov-4", 15, 100, "Members know who to contact about the CCG's priorities.", SCALE);

  @Test
  @Timeout(120)
  void sixPhonesVoteSeeTheDistributionAndMoveOnByThemselves() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(DRIVER) || "true".equals(System.getenv("CI")),
        "no /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
    AtomicReference<Map<String, Integer>> saved = new AtomicReference<>();
    RoomListener listener = new RoomListener() {
      @Override
      public void voted(String questionId, Map<String, Integer> distribution, int voters) {
        saved.set(distribution);
      }

      @Override
      public void countsChanged(int joined, int voted) {}
    };
    List<WebDriver> phones = new ArrayList<>();
    try (Room room = Room.start(new RoomSettings(InetAddress.getLoopbackAddress(), 0, "NHS Example Clinical Commissioning Group",
        "Statement"), listener)) {
      List<CompletableFuture<WebDriver>> starting = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        starting.add(CompletableFuture.supplyAsync(RoomBrowserTest::phone));
      }
      starting.forEach(s -> phones.add(s.join()));
      phones.stream().map(p -> CompletableFuture.runAsync(() -> p.get(room.joinAddress().toString()))).toList()
          .forEach(CompletableFuture::join);
      for (WebDriver phone : phones) {
        waitFor(phone, p -> status(p).contains("Waiting for the next statement"));
      }
      assertThat(room.joined()).isEqualTo(6);

      room.open(Q14);
      String[] votes = {"Agree", "Agree", "Agree", "Strongly agree", "Strongly agree", "Don't know"};
      for (int i = 0; i < phones.size(); i++) {
        WebDriver phone = phones.get(i);
        waitFor(phone, p -> p.findElements(By.cssSelector("#options button")).size() == 5);
        assertThat(phone.findElement(By.id("heading")).getText()).isEqualTo("Statement 14 of 100");
        assertThat(phone.findElement(By.id("statement")).getText()).as("questionnaire text stays text").isEqualTo(Q14.text());
        tap(phone, votes[i]);
      }
      for (int i = 0; i < phones.size(); i++) {
        String vote = votes[i];
        waitFor(phones.get(i), p -> status(p).equals("Your vote: " + vote + ". You can change it until the vote closes."));
      }
      tap(phones.get(0), "Disagree");
      waitFor(phones.get(0), p -> status(p).equals("Your vote: Disagree. You can change it until the vote closes."));
      assertThat(button(phones.get(0), "Disagree").getAttribute("aria-pressed")).isEqualTo("true");
      assertThat(button(phones.get(0), "Agree").getAttribute("aria-pressed")).isEqualTo("false");
      assertThat(saved.get()).containsExactly(Map.entry("2", 1), Map.entry("3", 2), Map.entry("4", 2), Map.entry("dk", 1));
      screenshot(phones.get(1), "room-phone.png");

      assertThat(room.closeVote()).containsExactly(Map.entry("2", 1), Map.entry("3", 2), Map.entry("4", 2), Map.entry("dk", 1));
      for (WebDriver phone : phones) {
        waitFor(phone, p -> status(p).equals("The vote is closed. Waiting for the next statement."));
        @SuppressWarnings("unchecked")
        List<String> bars = (List<String>) ((ChromeDriver) phone).executeScript(
            "return Array.prototype.map.call(document.querySelectorAll('#results li'), function (li) { return li.innerText.replace(/\\n/g, ' '); });");
        assertThat(bars).hasSize(5);
        assertThat(bars.get(0)).isEqualTo("Strongly disagree 0");
        assertThat(bars.get(2)).startsWith("Agree").endsWith(" 2");
        assertThat(bars.get(3)).startsWith("Strongly agree").endsWith(" 2");
        assertThat(phone.findElement(By.id("options")).isDisplayed()).isFalse();
      }
      screenshot(phones.get(1), "room-phone-closed.png");

      room.open(Q15);
      for (WebDriver phone : phones) {
        waitFor(phone, p -> p.findElement(By.id("heading")).getText().equals("Statement 15 of 100"));
        assertThat(phone.findElement(By.id("statement")).getText()).isEqualTo(Q15.text());
        assertThat(status(phone)).isEqualTo("Voting is open: tap your answer.");
        assertThat(phone.findElements(By.cssSelector("#options button[aria-pressed='true']"))).isEmpty();
      }
      WebElement status = phones.get(0).findElement(By.id("status"));
      assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
      assertThat(phones.get(0).findElements(By.cssSelector("#options button")))
          .allSatisfy(b -> assertThat(b.getSize().getHeight()).as("thumb-sized").isGreaterThanOrEqualTo(48));
    } finally {
      phones.forEach(WebDriver::quit);
    }
  }

  private static WebDriver phone() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars");
    // A phone's screen, 390 by 844 CSS pixels (a desktop window cannot be that narrow).
    options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 1.0)));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }

  private static String status(WebDriver phone) {
    return phone.findElement(By.id("status")).getText();
  }

  private static void tap(WebDriver phone, String label) {
    button(phone, label).click();
  }

  /** The option's button by its label (the tick beside a chosen one is a span of its own). */
  private static WebElement button(WebDriver phone, String label) {
    return phone.findElement(By.xpath("//div[@id='options']/button[span[2][normalize-space()=\"" + label + "\"]]"));
  }

  private static void waitFor(WebDriver phone, java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(phone, Duration.ofSeconds(15), Duration.ofMillis(100)).until(condition::apply);
  }

  private static void screenshot(WebDriver phone, String name) throws Exception {
    File shot = ((ChromeDriver) phone).getScreenshotAs(OutputType.FILE);
    Files.createDirectories(Path.of("target"));
    Files.copy(shot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
  }
}
