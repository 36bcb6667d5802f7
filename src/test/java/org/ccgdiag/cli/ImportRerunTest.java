package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.ccgdiag.batch.MiniFiles;
import org.ccgdiag.files.AtomicFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 24, item 9: an import killed part way is finished by running it again. */
class ImportRerunTest {
  private static final String MINI = MiniFiles.questionnaireFile().toString();
  private static final String CSV =
      "organisation,respondent,lead.1\nNHS A CCG,A,4\nNHS A CCG,B,3\nNHS B CCG,C,2\n";

  @TempDir Path work;

  @Test
  void aRerunSkipsTheFilesItAlreadyWroteAndWritesTheRest() throws IOException {
    Files.writeString(work.resolve("sheet.csv"), CSV);
    CommandRun.in(work).run("import", "-q", MINI, "-o", "out", "sheet.csv").assertSuccess();
    Path out = work.resolve("out");
    String b = Files.readString(out.resolve("nhs-a-ccg--b.yaml"));
    // As a kill after the first file leaves it: one written, a temp file, the rest missing.
    Files.delete(out.resolve("nhs-a-ccg--b.yaml"));
    Files.delete(out.resolve("nhs-b-ccg--c.yaml"));
    Path leftover = Files.writeString(out.resolve(".nhs-a-ccg--b.yaml.1234.tmp"), "half");
    Files.setLastModifiedTime(
        leftover, FileTime.from(Instant.now().minus(AtomicFile.STALE).minusSeconds(1)));

    CommandRun.Result rerun =
        CommandRun.in(work).run("import", "-q", MINI, "-o", "out", "sheet.csv").assertSuccess();

    rerun.assertOut().contains("1 already there");
    assertThat(out.resolve("nhs-a-ccg--b.yaml")).hasContent(b);
    assertThat(out.resolve("nhs-b-ccg--c.yaml")).exists();
    assertThat(leftover).doesNotExist();
  }

  @Test
  void aFileThatDiffersIsStillNeverOverwritten() throws IOException {
    Files.writeString(work.resolve("sheet.csv"), CSV);
    CommandRun.in(work).run("import", "-q", MINI, "-o", "out", "sheet.csv").assertSuccess();
    Path edited = work.resolve("out/nhs-a-ccg--a.yaml");
    String content = Files.readString(edited).replace("'4'", "'5'");
    Files.writeString(edited, content);
    Files.delete(work.resolve("out/nhs-b-ccg--c.yaml"));

    CommandRun.in(work)
        .run("import", "-q", MINI, "-o", "out", "sheet.csv")
        .assertInvalidInput()
        .assertErr()
        .contains("nhs-a-ccg--a.yaml")
        .contains("exists already");
    assertThat(edited).hasContent(content);
    assertThat(work.resolve("out/nhs-b-ccg--c.yaml")).doesNotExist();
  }
}
