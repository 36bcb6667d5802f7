package org.ccgdiag.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes: content, permissions, symbolic links and no temp file left behind. */
class AtomicFileTest {
  @TempDir Path dir;

  @BeforeEach
  void posixOnly() {
    assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions");
  }

  @Test
  void aNewFileHasTheModeAskedForAndItsFolderIsMade() throws IOException {
    Path file = dir.resolve("new/sub/report.md");
    FileMode shared = FileMode.parse("644").orElseThrow();

    AtomicFile.write(file, bytes("# Report"), AtomicFile.Durability.UNSYNCED, shared);

    assertThat(Files.readString(file)).isEqualTo("# Report");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r--r--");
    assertThat(names(file.getParent())).containsExactly("report.md");
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws IOException {
    Path file = dir.resolve("answers.yaml");
    AtomicFile.write(file, bytes("one"), AtomicFile.Durability.SYNCED, FileMode.PRIVATE);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    AtomicFile.write(file, bytes("two"), AtomicFile.Durability.SYNCED, FileMode.PRIVATE);

    assertThat(Files.readString(file)).isEqualTo("two");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
    assertThat(names(dir)).containsExactly("answers.yaml");
  }

  @Test
  void aLinkIsWrittenThroughAndStaysALinkEvenWhenItsTargetIsMissing() throws IOException {
    Path target = dir.resolve("real.json");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), target.getFileName());

    AtomicFile.write(link, bytes("{}"), AtomicFile.Durability.UNSYNCED, FileMode.PRIVATE);
    AtomicFile.write(link, bytes("[]"), AtomicFile.Durability.UNSYNCED, FileMode.PRIVATE);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("[]");
    assertThat(names(dir)).containsExactly("link.json", "real.json");
  }

  @Test
  void concurrentWritesOfOneFileEachLeaveAWholeFileAndNoTempFile() throws Exception {
    Path file = dir.resolve("summary.json");
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String content = ("write " + i + "\n").repeat(100);
        writes.add(
            threads.submit(
                () -> {
                  AtomicFile.write(
                      file, bytes(content), AtomicFile.Durability.UNSYNCED, FileMode.PRIVATE);
                  return null;
                }));
      }
      for (Future<?> write : writes) {
        write.get();
      }
    } finally {
      threads.shutdown();
    }
    String text = Files.readString(file);
    assertThat(text).isEqualTo(text.substring(0, text.indexOf('\n') + 1).repeat(100));
    assertThat(names(dir)).containsExactly("summary.json");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
