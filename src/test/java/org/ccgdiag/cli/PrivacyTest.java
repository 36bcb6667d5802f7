package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who can read the files the program writes, and the names it leaves out of them. */
class PrivacyTest {
  private static final Path WORKSHOP = Path.of("src/test/resources/golden/workshop/answers").toAbsolutePath();

  @TempDir Path dir;

  private CommandRun withEnvironment(Map<String, String> environment) {
    return CommandRun.with(new Context(new ByteArrayInputStream(new byte[0]), Clock.fixed(CommandRun.NOW, ZoneOffset.UTC), environment, dir));
  }

  private static String mode(Path file) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  @Test
  void reportsAreOwnerOnlyByDefault() throws Exception {
    CommandRun.in(dir).run("score", WORKSHOP.toString(), "-o", "out", "--format", "md,json").assertSuccess();

    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files.toList()).isNotEmpty().allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"));
    }
  }

  @Test
  void theFileModeVariableRelaxesReportsAndAnswersFiles() throws Exception {
    CommandRun run = withEnvironment(Map.of(Context.FILE_MODE, "0640"));
    run.run("score", WORKSHOP.toString(), "-o", "out", "--format", "md,html").assertSuccess();
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files.toList()).isNotEmpty().allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-r-----"));
    }

    AssessRun.piped(dir, AssessRun.START, Map.of(Context.FILE_MODE, "644"), "4\nq\n", "--organisation", "X", "--respondent", "Y", "-a", "a.yaml")
        .exits(0);
    assertThat(mode(dir.resolve("a.yaml"))).isEqualTo("rw-r--r--");
  }

  @Test
  void aFileModeThatIsNotOneIsAUsageError() {
    withEnvironment(Map.of(Context.FILE_MODE, "0755"))
        .run("score", WORKSHOP.toString(), "-o", "out")
        .assertUsageError()
        .assertErr()
        .isEqualTo("ccg-diag: CCG_DIAG_FILE_MODE=0755 is not a mode for data files; use an octal mode that lets the owner"
            + " read and write and grants no execute bit, such as 0600 or 0640\n");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
