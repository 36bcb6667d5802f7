package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.ccgdiag.answers.Answer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.AnswersReader;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.session.WorkshopQuestionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session in a separate process, killed with SIGKILL between answers: nothing answered is lost, a
 * second session is refused while it runs, and its lock dies with it so resuming just works.
 */
class AssessKillTest {
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @TempDir Path dir;

  @Test
  void killedBetweenAnswersLosesNothingAndResumesWhereItStopped() throws Exception {
    AssessRun.copyWorkshop(dir);
    String java = ProcessHandle.current().info().command().orElse("java");
    Process session =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "assess",
                "-q",
                "workshop.yaml",
                "--organisation",
                "NHS Example CCG",
                "--respondent",
                "Dr A Smith",
                "-a",
                "a.yaml")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> copy(session, shown));
    reader.setDaemon(true);
    reader.start();
    try {
      OutputStream keys = session.getOutputStream();
      type(keys, "4");
      awaitAnswers(a -> a.answers().size() == 1, session, shown);
      type(keys, "n");
      type(keys, "Practice leads meet monthly");
      type(keys, "3");
      awaitAnswers(a -> a.answer("clinical.2").isAnswered(), session, shown);

      AssessRun.piped(dir, AssessRun.START, "5\n", "-q", "workshop.yaml", "-a", "a.yaml")
          .exits(1)
          .assertErr()
          .isEqualTo(
              "a.yaml: another assess session (process "
                  + session.pid()
                  + ") is using this answers file; quit that session first (q), then resume\n");
    } finally {
      session.destroyForcibly();
      assertThat(session.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }

    AssessRun resumed =
        AssessRun.piped(dir, AssessRun.START, "5\n", "-q", "workshop.yaml", "-a", "a.yaml")
            .exits(0);

    resumed
        .assertOut()
        .contains("2 of 5 statements answered so far.")
        .contains("Domain 1/2 · Statement 3/5 · 2 answered");
    assertThat(read().orElseThrow().answers())
        .containsExactly(
            Map.entry("clinical.1", new Answer("4", null)),
            Map.entry("clinical.2", new Answer("3", "Practice leads meet monthly")),
            Map.entry("clinical.3", new Answer("5", null)));
  }

  /**
   * A room's session killed while phones vote (brief section 6): every vote that got its 204 is in
   * the answers file, and resuming with --room starts a new room at the same statement.
   */
  @Test
  void killedWhilePhonesVoteLosesNoVoteThatWasConfirmed() throws Exception {
    AssessRun.copyWorkshop(dir);
    String command = ProcessHandle.current().info().command().orElse("java");
    Process session =
        new ProcessBuilder(
                command,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "assess",
                "-q",
                "workshop.yaml",
                "--organisation",
                "NHS Example CCG",
                "--respondent",
                "Team",
                "-a",
                "a.yaml",
                "--room",
                "--room-address",
                "127.0.0.1")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> copy(session, shown));
    reader.setDaemon(true);
    reader.start();
    java.util.Map<String, Integer> confirmed = new java.util.HashMap<>();
    try {
      java.util.regex.Pattern join =
          java.util.regex.Pattern.compile("http://127\\.0\\.0\\.1:[0-9]+/[A-Z0-9]{6}/");
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      java.util.regex.Matcher found = join.matcher("");
      while (!(found = join.matcher(shown.toString(StandardCharsets.UTF_8))).find()) {
        assertThat(System.nanoTime())
            .as("the join address; the session showed:\n%s", shown)
            .isLessThan(deadline);
        Thread.sleep(20);
      }
      java.net.URI address = java.net.URI.create(found.group());
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      // Twelve phones vote as fast as they can; the session is killed while votes are still
      // arriving.
      java.util.List<Thread> phones = new java.util.ArrayList<>();
      for (int p = 0; p < 12; p++) {
        String key = String.valueOf(1 + p % 5);
        Thread phone =
            new Thread(
                () -> {
                  try {
                    var page =
                        http.send(
                            java.net.http.HttpRequest.newBuilder(address).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
                    var vote =
                        http.send(
                            java.net.http.HttpRequest.newBuilder(address.resolve("api/vote"))
                                .header("Content-Type", "application/json")
                                .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                                .POST(
                                    java.net.http.HttpRequest.BodyPublishers.ofString(
                                        "{\"question\":\"clinical.1\",\"key\":\"" + key + "\"}"))
                                .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                    if (vote.statusCode() == 204) {
                      synchronized (confirmed) {
                        confirmed.merge(key, 1, Integer::sum);
                      }
                    }
                  } catch (IOException | InterruptedException e) {
                    // Killed before it answered: the vote was not confirmed.
                  }
                });
        phones.add(phone);
        phone.start();
        if (p == 8) {
          awaitAnswers(a -> a.answer("clinical.1").voters() >= 3, session, shown);
          session.destroyForcibly();
        }
      }
      for (Thread phone : phones) {
        phone.join(PATIENCE.toMillis());
      }
    } finally {
      session.destroyForcibly();
      assertThat(session.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }
    java.util.Map<String, Integer> saved = read().orElseThrow().answer("clinical.1").votes();
    synchronized (confirmed) {
      assertThat(confirmed).isNotEmpty();
      confirmed.forEach(
          (key, count) ->
              assertThat(saved.getOrDefault(key, 0))
                  .as("votes for %s", key)
                  .isGreaterThanOrEqualTo(count));
    }

    AssessRun resumed =
        AssessRun.piped(
                dir,
                AssessRun.START,
                "q\n",
                "-q",
                "workshop.yaml",
                "-a",
                "a.yaml",
                "--room",
                "--room-address",
                "127.0.0.1")
            .exits(0);
    resumed
        .assertOut()
        .contains("Domain 1/2 · Statement 1/5 · 0 answered")
        .containsPattern("http://127\\.0\\.0\\.1:[0-9]+/[A-Z0-9]{6}/");
  }

  private static void type(OutputStream keys, String line) throws IOException {
    keys.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  private static void copy(Process process, ByteArrayOutputStream shown) {
    try {
      process.getInputStream().transferTo(shown);
    } catch (IOException e) {
      // The process was killed: what it showed so far is all there is.
    }
  }

  private void awaitAnswers(Predicate<Answers> saved, Process session, ByteArrayOutputStream shown)
      throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (read().filter(saved).isEmpty()) {
      if (System.nanoTime() > deadline || !session.isAlive()) {
        throw new AssertionError(
            "the answers were not saved; the session showed:\n"
                + shown.toString(StandardCharsets.UTF_8));
      }
      Thread.sleep(10);
    }
  }

  /** The answers file as another program would read it at this moment: whole, or not there yet. */
  private Optional<Answers> read() {
    Path file = dir.resolve("a.yaml");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Problems problems = new Problems("a.yaml");
    Optional<Answers> answers = AnswersReader.read(file, WorkshopQuestionnaire.load(), problems);
    assertThat(problems.sorted()).as("a.yaml is never seen half-written").isEmpty();
    return answers;
  }
}
