package org.ccgdiag.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccgdiag.room.ChromiumPhone.bars;
import static org.ccgdiag.room.ChromiumPhone.button;
import static org.ccgdiag.room.ChromiumPhone.screenshot;
import static org.ccgdiag.room.ChromiumPhone.status;
import static org.ccgdiag.room.ChromiumPhone.tap;
import static org.ccgdiag.room.ChromiumPhone.waitFor;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Six phones in real headless Chromium (Debian's chromium and chromium-driver, named explicitly so
 * Selenium Manager downloads nothing): they join, vote, one changes its vote, the vote closes and
 * every page shows the distribution, then the next statement appears on all of them by itself.
 * Skipped only without /usr/bin/chromedriver outside CI; under CI=true it must run.
 */
class RoomBrowserTest {
  static final List<RoomOption> SCALE =
      List.of(
          new RoomOption("1", "Strongly disagree"),
          new RoomOption("2", "Disagree"),
          new RoomOption("3", "Agree"),
          new RoomOption("4", "Strongly agree"),
          new RoomOption("dk", "Don't know"));
  static final RoomStatement Q14 =
      new RoomStatement(
          "gov-3",
          14,
          100,
          "The governing body has agreed how clinical leaders will be involved in every commissioning decision <b>now</b>.",
          SCALE);
  static final RoomStatement Q15 =
      new RoomStatement(
          "gov-4", 15, 100, "Members know who to contact about the CCG's priorities.", SCALE);

  @Test
  @Timeout(120)
  void sixPhonesVoteSeeTheDistributionAndMoveOnByThemselves() throws Exception {
    ChromiumPhone.assumeInstalled();
    AtomicReference<Map<String, Integer>> saved = new AtomicReference<>();
    RoomListener listener =
        new RoomListener() {
          @Override
          public void voted(String questionId, Map<String, Integer> distribution, int voters) {
            saved.set(distribution);
          }

          @Override
          public void countsChanged(int joined, int voted) {}
        };
    List<WebDriver> phones = new ArrayList<>();
    try (Room room =
        Room.start(
            new RoomSettings(
                InetAddress.getLoopbackAddress(),
                0,
                "NHS Example Clinical Commissioning Group",
                "Statement"),
            listener)) {
      List<CompletableFuture<WebDriver>> starting = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        starting.add(CompletableFuture.supplyAsync(ChromiumPhone::start));
      }
      starting.forEach(s -> phones.add(s.join()));
      phones.stream()
          .map(p -> CompletableFuture.runAsync(() -> p.get(room.joinAddress().toString())))
          .toList()
          .forEach(CompletableFuture::join);
      for (WebDriver phone : phones) {
        waitFor(phone, p -> status(p).contains("Waiting for the next statement"));
      }
      assertThat(room.joined()).isEqualTo(6);

      room.open(Q14);
      String[] votes = {
        "Agree", "Agree", "Agree", "Strongly agree", "Strongly agree", "Don't know"
      };
      for (int i = 0; i < phones.size(); i++) {
        WebDriver phone = phones.get(i);
        waitFor(phone, p -> p.findElements(By.cssSelector("#options button")).size() == 5);
        assertThat(phone.findElement(By.id("heading")).getText()).isEqualTo("Statement 14 of 100");
        assertThat(phone.findElement(By.id("statement")).getText())
            .as("questionnaire text stays text")
            .isEqualTo(Q14.text());
        tap(phone, votes[i]);
      }
      for (int i = 0; i < phones.size(); i++) {
        String vote = votes[i];
        waitFor(
            phones.get(i),
            p ->
                status(p)
                    .equals("Your vote: " + vote + ". You can change it until the vote closes."));
      }
      tap(phones.get(0), "Disagree");
      waitFor(
          phones.get(0),
          p -> status(p).equals("Your vote: Disagree. You can change it until the vote closes."));
      assertThat(button(phones.get(0), "Disagree").getAttribute("aria-pressed")).isEqualTo("true");
      assertThat(button(phones.get(0), "Agree").getAttribute("aria-pressed")).isEqualTo("false");
      assertThat(saved.get())
          .containsExactly(
              Map.entry("2", 1), Map.entry("3", 2), Map.entry("4", 2), Map.entry("dk", 1));
      screenshot(phones.get(1), "room-phone.png");

      assertThat(room.closeVote())
          .containsExactly(
              Map.entry("2", 1), Map.entry("3", 2), Map.entry("4", 2), Map.entry("dk", 1));
      for (WebDriver phone : phones) {
        waitFor(
            phone, p -> status(p).equals("The vote is closed. Waiting for the next statement."));
        List<String> bars = bars(phone);
        assertThat(bars).hasSize(5);
        assertThat(bars.get(0)).isEqualTo("Strongly disagree 0");
        assertThat(bars.get(2)).startsWith("Agree").endsWith(" 2");
        assertThat(bars.get(3)).startsWith("Strongly agree").endsWith(" 2");
        assertThat(phone.findElement(By.id("options")).isDisplayed()).isFalse();
      }
      screenshot(phones.get(1), "room-phone-closed.png");

      room.open(Q15);
      for (WebDriver phone : phones) {
        waitFor(
            phone, p -> p.findElement(By.id("heading")).getText().equals("Statement 15 of 100"));
        assertThat(phone.findElement(By.id("statement")).getText()).isEqualTo(Q15.text());
        assertThat(status(phone)).isEqualTo("Voting is open: tap your answer.");
        assertThat(phone.findElements(By.cssSelector("#options button[aria-pressed='true']")))
            .isEmpty();
      }
      WebElement status = phones.get(0).findElement(By.id("status"));
      assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
      assertThat(phones.get(0).findElements(By.cssSelector("#options button")))
          .allSatisfy(
              b ->
                  assertThat(b.getSize().getHeight()).as("thumb-sized").isGreaterThanOrEqualTo(48));
    } finally {
      phones.forEach(WebDriver::quit);
    }
  }
}
