package org.ccgdiag.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24, items 7 and 9: a session notices that its answers file changed on disk since it last
 * read or wrote it, and saves nothing over the change (its answers go to a side file); and a hard
 * link to an answers file in use is refused like a second name of it.
 */
class AnswersFileChangedTest {
  private static final Questionnaire QUESTIONNAIRE = WorkshopQuestionnaire.load();

  @TempDir Path dir;

  private static Answers first() {
    return SessionTest.session().enter("4").session().answers();
  }

  private static Answers second() {
    return SessionTest.session().enter("4").session().enter("2").session().answers();
  }

  private static Answers read(Path path) {
    Problems problems = new Problems(path.toString());
    return org.ccgdiag.answers.AnswersReader.read(path, QUESTIONNAIRE, problems)
        .orElseThrow(() -> new AssertionError(problems.sorted()));
  }

  /** Saving over an edit is refused: the edit stays, the session's answers are in the side file. */
  private void assertRefusedKeeping(AnswersFile file, String edited) {
    assertThatThrownBy(() -> file.save(second()))
        .isInstanceOfSatisfying(
            AnswersFile.ChangedOnDisk.class,
            e -> {
              assertThat(e.getMessage()).contains("changed");
              assertThat(read(e.sideFile())).isEqualTo(second());
              assertThat(e.sideFile().getFileName().toString()).isEqualTo("a.unsaved.yaml");
            });
    if (edited == null) {
      assertThat(dir.resolve("a.yaml")).doesNotExist();
    } else {
      assertThat(dir.resolve("a.yaml")).hasContent(edited);
    }
  }

  @Test
  void anEditInPlaceIsNoticed() throws Exception {
    Path path = dir.resolve("a.yaml");
    try (AnswersFile file = AnswersFile.lock(path).orElseThrow()) {
      file.save(first());
      String edited = Files.readString(path).replace("answer: '4'", "answer: '5'");
      Files.writeString(path, edited); // truncates and rewrites the same file

      assertRefusedKeeping(file, edited);
    }
  }

  @Test
  void anEditOfTheSameSizeWithTheOldTimeIsNoticed() throws Exception {
    Path path = dir.resolve("a.yaml");
    try (AnswersFile file = AnswersFile.lock(path).orElseThrow()) {
      file.save(first());
      FileTime time = Files.getLastModifiedTime(path);
      String edited = Files.readString(path).replace("answer: '4'", "answer: '3'");
      Files.writeString(path, edited);
      Files.setLastModifiedTime(path, time);

      assertRefusedKeeping(file, edited);
    }
  }

  @Test
  void aReplacementByAnEditorIsNoticed() throws Exception {
    Path path = dir.resolve("a.yaml");
    try (AnswersFile file = AnswersFile.lock(path).orElseThrow()) {
      file.save(first());
      String edited = Files.readString(path) + "# checked by the chair\n";
      Path saved = Files.writeString(dir.resolve("a.yaml~"), edited);
      Files.move(saved, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

      assertRefusedKeeping(file, edited);
    }
  }

  @Test
  void aDeletedFileIsNoticed() throws Exception {
    Path path = dir.resolve("a.yaml");
    try (AnswersFile file = AnswersFile.lock(path).orElseThrow()) {
      file.save(first());
      Files.delete(path);

      assertRefusedKeeping(file, null);
    }
  }

  @Test
  void aFileCreatedWhereANewSessionWillSaveIsNoticed() throws Exception {
    Path path = dir.resolve("a.yaml");
    try (AnswersFile file = AnswersFile.lock(path).orElseThrow()) {
      Files.writeString(path, "someone else's\n");

      assertRefusedKeeping(file, "someone else's\n");
    }
  }

  @Test
  void aResumedFileChangedBeforeTheFirstSaveIsNoticed() throws Exception {
    Path path = dir.resolve("a.yaml");
    try (AnswersFile file = AnswersFile.lock(path).orElseThrow()) {
      file.save(first());
    }
    try (AnswersFile file = AnswersFile.lock(path).orElseThrow()) {
      assertThat(file.read(QUESTIONNAIRE, new Problems("a.yaml"))).hasValue(first());
      String edited = Files.readString(path).replace("answer: '4'", "answer: '1'");
      Files.writeString(path, edited);

      assertRefusedKeeping(file, edited);
    }
  }

  @Test
  void theSessionsOwnSavesAreNotChanges() throws Exception {
    Path path = dir.resolve("a.yaml");
    try (AnswersFile file = AnswersFile.lock(path).orElseThrow()) {
      file.save(first());
      file.save(second());
      file.save(first());
      assertThat(file.read(QUESTIONNAIRE, new Problems("a.yaml"))).hasValue(first());
      file.save(second());
    }
    assertThat(read(path)).isEqualTo(second());
    assertThat(dir.resolve("a.unsaved.yaml")).doesNotExist();
  }

  @Test
  void aSideFileNeverReplacesAnother() throws Exception {
    Path path = dir.resolve("a.yaml");
    Files.writeString(dir.resolve("a.unsaved.yaml"), "an earlier one\n");
    try (AnswersFile file = AnswersFile.lock(path).orElseThrow()) {
      file.save(first());
      Files.writeString(path, "edited\n");
      assertThatThrownBy(() -> file.save(second()))
          .isInstanceOfSatisfying(
              AnswersFile.ChangedOnDisk.class,
              e -> assertThat(e.sideFile().getFileName().toString()).isEqualTo("a.unsaved-2.yaml"));
    }
    assertThat(dir.resolve("a.unsaved.yaml")).hasContent("an earlier one\n");
  }

  @Test
  void aHardLinkToAFileInUseIsRefusedInThisProcess() throws Exception {
    Path path = dir.resolve("a.yaml");
    try (AnswersFile file = AnswersFile.lock(path).orElseThrow()) {
      file.save(first());
    }
    Path link = Files.createLink(dir.resolve("b.yaml"), path);
    try (AnswersFile file = AnswersFile.lock(path).orElseThrow()) {
      assertThat(AnswersFile.lock(link)).as("a second session through a hard link").isEmpty();
    }
    try (AnswersFile viaLink = AnswersFile.lock(link).orElseThrow()) {
      assertThat(viaLink.read(QUESTIONNAIRE, new Problems("b.yaml"))).hasValue(first());
    }
  }

  @Test
  void aHardLinkToAFileInUseByAnotherProcessIsRefused() throws Exception {
    Path path = dir.resolve("a.yaml");
    try (AnswersFile file = AnswersFile.lock(path).orElseThrow()) {
      file.save(first());
    }
    Path link = Files.createLink(dir.resolve("b.yaml"), path);
    Process holder = HoldAnswersLock.start(path);
    try {
      assertThat(AnswersFile.lock(link)).isEmpty();
    } finally {
      holder.destroyForcibly();
      assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(
            AnswersFile.lock(link)
                .map(
                    f -> {
                      try (f) {
                        return Optional.of(f.path());
                      } catch (Exception e) {
                        throw new IllegalStateException(e);
                      }
                    }))
        .isPresent();
  }
}
