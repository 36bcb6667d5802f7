package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.ccgdiag.batch.MiniFiles;
import org.ccgdiag.files.AtomicFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24, items 6 and 9: what score -o does to its folder when inputs fail or a run was killed.
 */
class OutputFolderTest {
  private static final String MINI = MiniFiles.questionnaireFile().toString();
  private static final List<String> KEYS = List.of("4", "3", "2", "1");

  @TempDir Path work;

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aRunInWhichEveryInputFailsLeavesTheFolderAsItWas() throws IOException {
    Files.writeString(
        work.resolve("a.yaml"), MiniFiles.answers("NHS A CCG", "1.0.0", "A", KEYS, null));
    CommandRun.in(work).run("score", "-q", MINI, "-o", "out", "a.yaml").assertSuccess();
    Path out = work.resolve("out");
    String json = Files.readString(out.resolve("summary.json"));
    String csv = Files.readString(out.resolve("summary.csv"));
    String md = Files.readString(out.resolve("summary.md"));
    Files.writeString(work.resolve("bad.yaml"), "format: ccg-diag/answers@1\norganisation: [\n");

    CommandRun.Result run =
        CommandRun.in(work)
            .run("score", "-q", MINI, "-o", "out", "bad.yaml", "missing.yaml")
            .assertInvalidInput();

    run.assertErr().contains("bad.yaml:").contains("nothing was scored").contains("out");
    assertThat(out.resolve("summary.json")).hasContent(json);
    assertThat(out.resolve("summary.csv")).hasContent(csv);
    assertThat(out.resolve("summary.md")).hasContent(md);
    assertThat(names(out))
        .containsExactly("nhs-a-ccg.md", "summary.csv", "summary.json", "summary.md");
  }

  @Test
  void anEmptyOutputIsAUsageErrorNotTheCurrentFolder() throws IOException {
    Files.writeString(
        work.resolve("a.yaml"), MiniFiles.answers("NHS A CCG", "1.0.0", "A", KEYS, null));

    CommandRun.in(work)
        .run("score", "-q", MINI, "-o", "", "a.yaml")
        .assertUsageError()
        .assertErr()
        .contains("-o");
    CommandRun.in(work).run("score", "-q", MINI, "-o", "  ", "a.yaml").assertUsageError();

    assertThat(names(work)).containsExactly("a.yaml");
  }

  @Test
  void theTempFilesOfAKilledRunAreRemovedByTheNext() throws IOException {
    Files.writeString(
        work.resolve("a.yaml"), MiniFiles.answers("NHS A CCG", "1.0.0", "A", KEYS, null));
    Path out = Files.createDirectories(work.resolve("out"));
    // What kill -9 leaves mid-write, for a report of this run, of an earlier run, and the summary.
    Files.writeString(out.resolve(".nhs-a-ccg.md.123456789.tmp"), "half");
    Files.writeString(out.resolve(".nhs-gone-ccg.json.42.tmp"), "half");
    Files.writeString(out.resolve(".summary.csv.9876543210.tmp"), "half");
    for (String name :
        List.of(
            ".nhs-a-ccg.md.123456789.tmp",
            ".nhs-gone-ccg.json.42.tmp",
            ".summary.csv.9876543210.tmp")) {
      Files.setLastModifiedTime(
          out.resolve(name), FileTime.from(Instant.now().minus(AtomicFile.STALE).minusSeconds(1)));
    }
    // A write under way in another process: too recent to be a killed one's.
    Files.writeString(out.resolve(".nhs-b-ccg.md.555.tmp"), "being written");
    // Not ccg-diag's: left alone.
    Files.writeString(out.resolve(".notes.tmp"), "mine");
    Files.writeString(out.resolve("draft.123.tmp"), "mine");

    CommandRun.in(work).run("score", "-q", MINI, "-o", "out", "a.yaml").assertSuccess();

    assertThat(names(out))
        .containsExactly(
            ".nhs-b-ccg.md.555.tmp",
            ".notes.tmp",
            "draft.123.tmp",
            "nhs-a-ccg.md",
            "summary.csv",
            "summary.json",
            "summary.md");
  }
}
