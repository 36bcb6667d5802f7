package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccgdiag.answers.Answer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.AnswersReader;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.session.WorkshopQuestionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * assess --room through a terminal, with phones voting over HTTP on loopback while the facilitator
 * types (brief section 6): every vote that got its 204 is in the answers file already; Enter closes
 * the vote and shows its spread; Enter again records the middle vote as the agreed answer; the file
 * is the team's agreed set of the people who voted; the server stops with the session.
 */
class AssessRoomTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private static final Pattern JOIN = Pattern.compile("http://127\\.0\\.0\\.1:[0-9]+/[A-Z0-9]{6}/");

  @TempDir Path dir;

  private Answers answers() {
    Problems problems = new Problems(AssessTerminalTest.FILE);
    return AnswersReader.read(
            dir.resolve(AssessTerminalTest.FILE), WorkshopQuestionnaire.load(), problems)
        .orElseThrow(() -> new AssertionError(problems.sorted().toString()));
  }

  /** A phone: loads the page (its member cookie), then votes; returns the vote's status. */
  private static String join(URI address) throws Exception {
    HttpResponse<String> page =
        HTTP.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
    return cookie.substring(0, cookie.indexOf(';'));
  }

  private static int vote(URI address, String cookie, String question, String key)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(address.resolve("api/vote"))
            .header("Content-Type", "application/json")
            .header("Cookie", cookie)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"question\":\"" + question + "\",\"key\":\"" + key + "\"}"))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  @Test
  void phonesVoteTheSpreadIsShownAndTheAgreedAnswerIsKeptWithTheVotes() throws Exception {
    AssessRun.copyWorkshop(dir);
    URI address;
    try (AssessTerminalTest.Live live =
        new AssessTerminalTest.Live(
            dir,
            "-q",
            "workshop.yaml",
            "--organisation",
            "NHS Example CCG",
            "--room",
            "--room-address",
            "127.0.0.1")) {
      live.awaitPrompt("Respondent [Leadership team]: ");
      live.type("");
      live.awaitPrompt("Role [none]: ");
      live.type("");
      live.awaitPrompt("[self]: ");
      live.type("");
      live.awaitPrompt("> ");
      Matcher join = JOIN.matcher(live.screen());
      assertThat(join.find()).as(live.toString()).isTrue();
      address = URI.create(join.group());

      List<String> phones = List.of(join(address), join(address), join(address));
      assertThat(vote(address, phones.get(0), "clinical.1", "2")).isEqualTo(204);
      // Saved before the phone heard its 204.
      assertThat(answers().answer("clinical.1").votes()).isEqualTo(Map.of("2", 1));
      assertThat(vote(address, phones.get(1), "clinical.1", "4")).isEqualTo(204);
      assertThat(vote(address, phones.get(2), "clinical.1", "5")).isEqualTo(204);
      assertThat(vote(address, phones.get(2), "clinical.2", "5"))
          .as("only the open statement takes votes")
          .isEqualTo(400);
      assertThat(answers().answer("clinical.1").votes())
          .containsExactly(Map.entry("2", 1), Map.entry("4", 1), Map.entry("5", 1));

      live.type(""); // Enter closes the vote
      live.awaitPrompt("Agreed answer [4] > ");
      assertThat(live.screen())
          .contains(
              "Votes on statement 1 (3 people):",
              "From Disagree to Strongly agree: worth a discussion.");
      live.type(""); // Enter accepts the middle vote
      live.awaitPrompt("> ");
      live.type("q");
      assertThat(live.exitCode()).as(live.toString()).isZero();
    }
    Answers saved = answers();
    assertThat(saved.answer("clinical.1"))
        .isEqualTo(new Answer("4", null, Map.of("2", 1, "4", 1, "5", 1)));
    assertThat(saved.respondent().consensus()).isEqualTo(3);
    // The server stopped with the session.
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    HTTP.send(
                        HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString())))
        .isInstanceOf(java.io.IOException.class);
    // The report counts the votes as the room's and shows the spread.
    CommandRun.Result report =
        CommandRun.in(dir).run("score", "-q", "workshop.yaml", AssessTerminalTest.FILE);
    report
        .assertSuccess()
        .assertOut()
        .contains("answers agreed by 3 people in a room, after their votes")
        .contains("## Where the room was split")
        .contains("votes Disagree 1, Agree 1, Strongly agree 1; spread **75.0**; agreed: Agree.");
    assertThat(Files.readString(dir.resolve(AssessTerminalTest.FILE))).contains("consensus: 3");
  }

  /**
   * The projector at 80x24: the counts line moves as phones join and vote, never who voted what,
   * and what the facilitator is typing stays where it is.
   */
  @Test
  void theCountsMoveOnTheScreenWithoutBreakingTheLineBeingTyped() throws Exception {
    AssessRun.copyWorkshop(dir);
    try (OnScreen screen =
        new OnScreen(
            dir,
            80,
            24,
            "-q",
            "workshop.yaml",
            "--organisation",
            "NHS Example CCG",
            "--respondent",
            "Team",
            "--room",
            "--room-address",
            "127.0.0.1")) {
      String joinScreen = screen.screen();
      Matcher join = JOIN.matcher(joinScreen);
      assertThat(join.find()).as(joinScreen).isTrue();
      URI address = URI.create(join.group());
      screen.type(""); // Enter starts: the domain's screen
      screen.screen();
      screen.type(""); // its first statement, open for votes
      assertThat(screen.screen()).contains("Joined 0 · Voted 0 of 0");
      screen.typePart("Minutes of");
      List<String> phones = List.of(join(address), join(address), join(address));
      assertThat(vote(address, phones.get(0), "clinical.1", "4")).isEqualTo(204);
      assertThat(vote(address, phones.get(1), "clinical.1", "5")).isEqualTo(204);
      String shown = screen.screen();
      assertThat(shown)
          .contains("Joined 3 · Voted 2 of 3")
          .contains("\n> Minutes of")
          .doesNotContain("Strongly agree 1"); // no distribution before the vote closes
      assertThat(shown.split("\n"))
          .hasSizeLessThanOrEqualTo(24)
          .allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(80));
      assertThat(shown.lines().findFirst().orElseThrow())
          .startsWith("NHS Example CCG"); // the header did not scroll away
      screen.typePart("\u0015"); // Ctrl-U: the line typed so far is dropped
      screen.type("q");
      screen.screen();
    }
  }
}
