package org.ccgdiag.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archives that {@code mvn package} builds, unpacked in an empty directory and run
 * with nothing but Java: a session, its report, the help. Run by failsafe after package (mvn
 * verify); skipped when no archive was built (an IDE run), except on CI, where a missing archive
 * fails.
 */
@DisabledOnOs(OS.WINDOWS)
class DistributionIT {
  private static final Path TARGET = Path.of("target");
  private static final List<String> CONTENTS =
      List.of(
          "bin/ccg-diag",
          "bin/ccg-diag.bat",
          "lib/ccg-diag.jar",
          "completion/ccg-diag_completion",
          "README.md",
          "examples/helen-price.yaml");

  private static Path zip;
  private static Path tarGz;

  @TempDir Path empty;

  @BeforeAll
  static void findArchives() throws IOException {
    zip = archive(".zip");
    tarGz = archive(".tar.gz");
    if (zip == null || tarGz == null) {
      if (System.getenv("CI") != null) {
        fail(
            "no distribution archive in target/: mvn package should have built ccg-diag-VERSION.zip and .tar.gz");
      }
      Assumptions.abort(
          "no distribution archive in target/ (run mvn verify, or mvn package first)");
    }
  }

  private static Path archive(String extension) throws IOException {
    if (!Files.isDirectory(TARGET)) {
      return null;
    }
    try (Stream<Path> files = Files.list(TARGET)) {
      return files
          .filter(
              f ->
                  f.getFileName()
                      .toString()
                      .matches("ccg-diag-[0-9][^/]*" + java.util.regex.Pattern.quote(extension)))
          .findFirst()
          .orElse(null);
    }
  }

  @Test
  void theZipHoldsLaunchersJarCompletionReadmeAndExamples() throws IOException {
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      List<String> names =
          archive.stream()
              .map(ZipEntry::getName)
              .map(n -> n.substring(n.indexOf('/') + 1))
              .toList();
      assertThat(names).containsAll(CONTENTS);
    }
  }

  @Test
  void unpackedInAnEmptyDirectoryItRunsASessionAndScoresIt() throws Exception {
    run(empty, "", "tar", "xzf", tarGz.toAbsolutePath().toString());
    Path home;
    try (Stream<Path> unpacked = Files.list(empty)) {
      home = unpacked.findFirst().orElseThrow();
    }
    for (String file : CONTENTS) {
      assertThat(home.resolve(file)).exists();
    }
    assertThat(home.resolve("bin/ccg-diag")).isExecutable();
    Path work = Files.createDirectory(empty.resolve("work"));
    String launcher = home.resolve("bin/ccg-diag").toString();

    Result session =
        run(
            work,
            "4\nq\n",
            launcher,
            "assess",
            "--organisation",
            "X",
            "--respondent",
            "Y",
            "-a",
            "a.yaml");
    assertThat(session.exitCode()).as(session.toString()).isZero();
    assertThat(session.out()).contains("Saved 1 of 108 answers in a.yaml.");
    if (Files.exists(home.resolve("lib/ccg-diag.classlist"))) {
      // The build's JVM could list the classes, so the first run made the class-data-sharing
      // archive.
      assertThat(home.resolve("lib/ccg-diag.jsa")).isNotEmptyFile();
    }

    Result score = run(work, "", launcher, "score", "a.yaml");
    assertThat(score.exitCode()).as(score.toString()).isZero();
    assertThat(score.out()).startsWith("# X: self-assessment");
    assertThat(score.err()).isEmpty();

    Result version = run(work, "", launcher, "--version");
    assertThat(version.out()).startsWith("ccg-diag ");
    assertThat(Files.readString(home.resolve("completion/ccg-diag_completion")))
        .contains("complete -F");
  }

  private record Result(int exitCode, String out, String err) {}

  private static Result run(Path directory, String input, String... command) throws Exception {
    Path out = Files.createTempFile("dist-out", ".txt");
    Path err = Files.createTempFile("dist-err", ".txt");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().close();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail(String.join(" ", command) + " did not finish in 60 s");
      }
      return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
