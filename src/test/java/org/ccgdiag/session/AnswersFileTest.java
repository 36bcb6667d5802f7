package org.ccgdiag.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers file of a session: its default name, the lock against a second session, and saving.
 */
class AnswersFileTest {
  static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  @TempDir Path dir;

  @Test
  void theDefaultNameComesFromTheOrganisationAndTheDate() {
    assertThat(AnswersFile.defaultPath(dir, "NHS Example CCG", null, DAY))
        .isEqualTo(dir.resolve("nhs-example-ccg-2026-11-25.yaml"));
  }

  @Test
  void withARoundTheDefaultNameComesFromTheOrganisationAndTheRoundSoRoundsSortInOrder()
      throws Exception {
    assertThat(AnswersFile.defaultPath(dir, "NHS Example CCG", "2012 Jan", DAY))
        .isEqualTo(dir.resolve("nhs-example-ccg--2012-jan.yaml"));

    Files.writeString(dir.resolve("nhs-example-ccg--2012-jan.yaml"), "");
    assertThat(AnswersFile.defaultPath(dir, "NHS Example CCG", "2012 Jan", DAY))
        .isEqualTo(dir.resolve("nhs-example-ccg--2012-jan-2.yaml"));
  }

  @Test
  void aTakenDefaultNameGetsTheFirstFreeNumberSoNoOneElsesAnswersAreResumed() throws Exception {
    Files.writeString(dir.resolve("nhs-example-ccg-2026-11-25.yaml"), "");
    assertThat(AnswersFile.defaultPath(dir, "NHS Example CCG", null, DAY))
        .isEqualTo(dir.resolve("nhs-example-ccg-2026-11-25-2.yaml"));

    Files.writeString(dir.resolve("nhs-example-ccg-2026-11-25-2.yaml"), "");
    assertThat(AnswersFile.defaultPath(dir, "NHS Example CCG", null, DAY))
        .isEqualTo(dir.resolve("nhs-example-ccg-2026-11-25-3.yaml"));
  }

  @Test
  void aSecondLockInTheSameProcessIsRefusedUntilTheFirstIsClosed() throws Exception {
    Path answers = dir.resolve("a.yaml");
    try (AnswersFile first = AnswersFile.lock(answers).orElseThrow()) {
      assertThat(AnswersFile.lock(answers)).isEmpty();
      assertThat(AnswersFile.lock(dir.resolve("./sub/../a.yaml")))
          .as("another spelling of the same file")
          .isEmpty();
      assertThat(AnswersFile.holder(answers)).hasValue(ProcessHandle.current().pid());
    }
    try (AnswersFile again = AnswersFile.lock(answers).orElseThrow()) {
      assertThat(again.path()).isEqualTo(answers);
    }
  }

  @Test
  void theLockIsASidecarFileSoSavingByRenameKeepsIt() throws Exception {
    Path answers = dir.resolve("a.yaml");
    try (AnswersFile file = AnswersFile.lock(answers).orElseThrow()) {
      file.save(answers());
      file.save(answers());

      assertThat(AnswersFile.lock(answers)).isEmpty();
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("a.yaml", ".a.yaml.lock");
    }
  }

  @Test
  void aLockHeldByAnotherProcessIsRefusedAndDiesWithIt() throws Exception {
    Path answers = dir.resolve("a.yaml");
    Process holder = HoldAnswersLock.start(answers);
    try {
      assertThat(AnswersFile.lock(answers)).isEmpty();
      assertThat(AnswersFile.holder(answers)).hasValue(holder.pid());
    } finally {
      holder.destroyForcibly();
      assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
    // Killed without a chance to clean up: its lock file is still there, its lock is not.
    assertThat(dir.resolve(".a.yaml.lock")).exists();
    try (AnswersFile file = AnswersFile.lock(answers).orElseThrow()) {
      assertThat(file.exists()).isFalse();
    }
  }

  @Test
  void savedAnswersReadBackTheSame() throws Exception {
    Questionnaire questionnaire = WorkshopQuestionnaire.load();
    Answers answers =
        SessionTest.session().enter("4").session().note("Monthly meetings").session().answers();
    try (AnswersFile file = AnswersFile.lock(dir.resolve("a.yaml")).orElseThrow()) {
      file.save(answers);

      Problems problems = new Problems("a.yaml");
      Optional<Answers> read = file.read(questionnaire, problems);
      assertThat(problems.sorted()).isEmpty();
      assertThat(read).hasValue(answers);
    }
  }

  @Test
  void aSymbolicLinkToTheAnswersTakesTheSameLockAndStaysALink() throws Exception {
    Path answers = dir.resolve("a.yaml");
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), Path.of("a.yaml"));
    try (AnswersFile first = AnswersFile.lock(answers).orElseThrow()) {
      assertThat(AnswersFile.lock(link)).as("a second session through the link").isEmpty();
    }
    try (AnswersFile viaLink = AnswersFile.lock(link).orElseThrow()) {
      viaLink.save(answers());
      viaLink.save(answers());
    }
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(answers).isRegularFile().content().startsWith("format: ccg-diag/answers@1");
  }

  @Test
  void aNewAnswersFileIsReadableByItsOwnerOnly() throws Exception {
    try (AnswersFile file = AnswersFile.lock(dir.resolve("a.yaml")).orElseThrow()) {
      file.save(answers());
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a.yaml"))))
        .isEqualTo("rw-------");
  }

  @Test
  void tempFilesLeftByAKilledSaveAreRemovedWhenASessionStarts() throws Exception {
    Files.writeString(dir.resolve(".a.yaml.123456789.tmp"), "half");
    Files.writeString(dir.resolve(".a.yaml.notmine.tmp"), "not ours");
    Files.writeString(dir.resolve(".b.yaml.42.tmp"), "another file's");
    try (AnswersFile file = AnswersFile.lock(dir.resolve("a.yaml")).orElseThrow()) {
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .containsExactlyInAnyOrder(".a.yaml.lock", ".a.yaml.notmine.tmp", ".b.yaml.42.tmp");
      }
    }
  }

  private static Answers answers() {
    return Session.start(
        WorkshopQuestionnaire.load(),
        "NHS Example CCG",
        new Respondent("Dr A Smith", null, Respondent.SELF),
        null,
        Clock.fixed(Instant.parse("2026-11-25T10:02:11Z"), ZoneOffset.UTC));
  }
}
