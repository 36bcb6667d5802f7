package org.ccgdiag.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ccgdiag.load.Documents;
import org.ccgdiag.problem.Problem;
import org.ccgdiag.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searching directories: what cannot be read is skipped and named, the rest is found; pipes are
 * never opened.
 */
class InputFilesTest {
  @TempDir Path dir;

  private String display(Path path) {
    return dir.relativize(path).toString();
  }

  @Test
  void dataFilesAreTheExtensionsInAnyCaseAndNotHidden() {
    // As the name lower-cased in the root locale would say, whatever the letters around the
    // extension.
    java.util.Random random = new java.util.Random(3);
    String letters = "aAjJsSoOnNyYmMlLcCvV.\u0130\u212A\u017Fé- x";
    List<String> extensions = List.of(".yaml", ".yml", ".json", ".csv", ".txt", "yaml", ".jso");
    for (int i = 0; i < 20_000; i++) {
      StringBuilder name = new StringBuilder();
      int length = random.nextInt(4);
      for (int k = 0; k < length; k++) {
        name.append(letters.charAt(random.nextInt(letters.length())));
      }
      // An extension in random case, sometimes with a letter swapped for another or a look-alike.
      for (char c : extensions.get(random.nextInt(extensions.size())).toCharArray()) {
        name.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
      }
      if (random.nextInt(4) == 0) {
        name.setCharAt(
            random.nextInt(name.length()), letters.charAt(random.nextInt(letters.length())));
      }
      String file = name.toString();
      String lower = file.toLowerCase(java.util.Locale.ROOT);
      boolean expected =
          !lower.startsWith(".")
              && List.of(".yaml", ".yml", ".json", ".csv").stream().anyMatch(lower::endsWith);
      assertThat(InputFiles.isDataFile(Path.of(file))).as(file).isEqualTo(expected);
    }
    assertThat(InputFiles.isDataFile(Path.of("dir/Answers.YAML"))).isTrue();
    assertThat(InputFiles.isDataFile(Path.of(".answers.yaml"))).isFalse();
  }

  @Test
  void aSymbolicLinkLoopIsSkippedAndNamedAndTheRestIsFound() throws Exception {
    Files.createDirectories(dir.resolve("in/sub"));
    Files.writeString(dir.resolve("in/a.yaml"), "a: 1\n");
    Files.writeString(dir.resolve("in/sub/b.yaml"), "b: 1\n");
    Files.createSymbolicLink(dir.resolve("in/sub/loop"), dir.resolve("in"));

    InputFiles.Found found = InputFiles.expand(List.of(dir.resolve("in")), this::display);

    assertThat(found.files())
        .containsExactly(dir.resolve("in/a.yaml"), dir.resolve("in/sub/b.yaml"));
    assertThat(found.errors()).isZero();
    assertThat(found.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "in/sub/loop: warning: a symbolic link back to a directory above it (a loop); skipped")
        .noneMatch(line -> line.contains("Exception"));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aNamedPipeIsNeverOpened() throws Exception {
    Path pipe = dir.resolve("in/pipe.yaml");
    Files.createDirectories(pipe.getParent());
    Files.writeString(dir.resolve("in/a.yaml"), "a: 1\n");
    assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();

    assertThat(InputFiles.expand(List.of(dir.resolve("in")), this::display).files())
        .containsExactly(dir.resolve("in/a.yaml"));
    assertThat(InputFiles.expand(List.of(pipe), this::display).problems())
        .extracting(Problem::toString)
        .containsExactly("in/pipe.yaml: not a file or directory");
    Problems problems = new Problems("pipe.yaml");
    assertThat(Documents.read(pipe, problems)).isNull();
    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .containsExactly("pipe.yaml: not a regular file (a pipe, a device or a directory)");
  }
}
