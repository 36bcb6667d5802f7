package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccgdiag.room.ChromiumPhone.bars;
import static org.ccgdiag.room.ChromiumPhone.heading;
import static org.ccgdiag.room.ChromiumPhone.status;
import static org.ccgdiag.room.ChromiumPhone.tap;
import static org.ccgdiag.room.ChromiumPhone.waitFor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccgdiag.answers.Answer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.AnswersReader;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.room.ChromiumPhone;
import org.ccgdiag.session.WorkshopQuestionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The whole room end to end (issue 19's "done when"): {@code assess --room} runs in-process on a
 * JLine terminal, three phones in real headless Chromium open the join address the screen shows,
 * vote and one changes its vote; the facilitator closes the vote, the distribution is on the screen
 * and the phones, the agreed answer is typed, the phones move on by themselves; the answers file
 * keeps the votes and the agreed answer and the report shows both.
 */
class AssessRoomBrowserTest {
  private static final Pattern JOIN = Pattern.compile("http://127\\.0\\.0\\.1:[0-9]+/[A-Z0-9]{6}/");
  private static final String VOTING = "Voting is open: tap your answer.";

  @TempDir Path dir;

  @Test
  @Timeout(120)
  void phonesJoinTheSessionVoteAndTheReportShowsTheVotesAndTheAgreedAnswer() throws Exception {
    ChromiumPhone.assumeInstalled();
    AssessRun.copyWorkshop(dir);
    List<WebDriver> phones = new ArrayList<>();
    try (AssessTerminalTest.Live live =
        new AssessTerminalTest.Live(
            dir,
            "-q",
            "workshop.yaml",
            "--organisation",
            "NHS Example CCG",
            "--respondent",
            "Leadership team",
            "--role",
            "",
            "--perspective",
            "self",
            "--room",
            "--room-address",
            "127.0.0.1",
            "--report",
            "report.json")) {
      live.awaitPrompt("> ");
      Matcher join = JOIN.matcher(live.screen());
      assertThat(join.find()).as(live.toString()).isTrue();
      String address = join.group();
      List<CompletableFuture<WebDriver>> starting = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        starting.add(CompletableFuture.supplyAsync(ChromiumPhone::start));
      }
      starting.forEach(s -> phones.add(s.join()));
      for (WebDriver phone : phones) {
        phone.get(address);
      }
      for (WebDriver phone : phones) {
        waitFor(phone, p -> status(p).equals(VOTING));
        assertThat(heading(phone)).isEqualTo("Statement 1 of 5");
        assertThat(phone.findElement(By.id("statement")).getText())
            .as("the team's wording, never the stakeholders'")
            .isEqualTo("Clinicians shape our decisions.");
      }
      String[] votes = {"Disagree", "Agree", "Strongly agree"};
      for (int i = 0; i < phones.size(); i++) {
        tap(phones.get(i), votes[i]);
      }
      tap(phones.get(0), "Strongly agree"); // changes its vote
      for (int i = 0; i < phones.size(); i++) {
        String vote = i == 0 ? "Strongly agree" : votes[i];
        waitFor(
            phones.get(i),
            p ->
                status(p)
                    .equals("Your vote: " + vote + ". You can change it until the vote closes."));
      }
      // Every confirmed vote is in the file already, the changed one counted once.
      assertThat(answers().answer("clinical.1").votes()).isEqualTo(Map.of("4", 1, "5", 2));

      live.type(""); // Enter closes the vote
      live.awaitPrompt("Agreed answer [5] > ");
      assertThat(live.screen())
          .contains("Votes on statement 1 (3 people):", "From Agree to Strongly agree.");
      assertThat(live.screen())
          .containsPattern("Agree +█+ 1")
          .containsPattern("Strongly agree +█+ 2");
      for (WebDriver phone : phones) {
        waitFor(
            phone, p -> status(p).equals("The vote is closed. Waiting for the next statement."));
        assertThat(bars(phone))
            .map(bar -> bar.replace(" (your vote)", ""))
            .containsExactly(
                "Strongly disagree 0",
                "Disagree 0",
                "Neither agree nor disagree 0",
                "Agree 1",
                "Strongly agree 2",
                "Don't know 0",
                "Not applicable 0");
      }

      live.type("3"); // the room agrees on something else: two steps from the middle vote
      live.awaitPrompt("> ");
      for (WebDriver phone : phones) {
        waitFor(phone, p -> heading(p).equals("Statement 2 of 5") && status(p).equals(VOTING));
        assertThat(phone.findElement(By.id("statement")).getText())
            .isEqualTo("Practices are engaged.");
      }
      live.type("q");
      assertThat(live.exitCode()).as(live.toString()).isZero();
    } finally {
      phones.forEach(WebDriver::quit);
    }

    Answers saved = answers();
    assertThat(saved.answer("clinical.1")).isEqualTo(new Answer("3", null, Map.of("4", 1, "5", 2)));
    assertThat(saved.respondent().consensus()).isEqualTo(3);
    JsonNode clinical1 = null;
    for (JsonNode q :
        new ObjectMapper().readTree(dir.resolve("report.json").toFile()).get("questions")) {
      if (q.get("id").asText().equals("clinical.1")) {
        clinical1 = q;
      }
    }
    assertThat(clinical1).isNotNull();
    assertThat(clinical1.get("votes").toString()).isEqualTo("{\"4\":1,\"5\":2}");
    assertThat(clinical1.get("score").asDouble())
        .as("the agreed answer is the score")
        .isEqualTo(50.0);
    CommandRun.in(dir)
        .run("score", "-q", "workshop.yaml", AssessTerminalTest.FILE)
        .assertSuccess()
        .assertOut()
        .contains("answers agreed by 3 people in a room, after their votes")
        .contains("## Where the discussion moved the answer")
        .contains("votes Agree 1, Strongly agree 2");
  }

  private Answers answers() {
    Problems problems = new Problems(AssessTerminalTest.FILE);
    return AnswersReader.read(
            dir.resolve(AssessTerminalTest.FILE), WorkshopQuestionnaire.load(), problems)
        .orElseThrow(() -> new AssertionError(problems.sorted().toString()));
  }
}
