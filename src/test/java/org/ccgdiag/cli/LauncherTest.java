package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./ccg-diag launcher: a missing Java or Maven is exit 2 with a message that says what to
 * install.
 */
class LauncherTest {
  @TempDir Path dir;

  /** A PATH holding only the tools the script itself needs, and optionally java. */
  private Path toolsOnly(boolean withJava) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    for (String tool : List.of("bash", "dirname", "find", "readlink", "mktemp", "cat", "rm")) {
      Path real = Path.of("/usr/bin", tool);
      assumeTrue(Files.isExecutable(real), "needs /usr/bin/" + tool);
      Files.createSymbolicLink(bin.resolve(tool), real);
    }
    if (withJava) {
      Files.createSymbolicLink(
          bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    }
    return bin;
  }

  private static String[] run(Path launcher, Path path) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("/usr/bin/bash", launcher.toString(), "--version")
            .redirectErrorStream(true);
    builder.environment().put("PATH", path.toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new String[] {Integer.toString(process.waitFor()), output};
  }

  @Test
  void noJavaIsExit2WithAClearMessage() throws Exception {
    String[] result = run(Path.of("ccg-diag").toAbsolutePath(), toolsOnly(false));

    assertThat(result[0]).isEqualTo("2");
    assertThat(result[1]).contains("needs Java 17 or later, and there is no 'java' on the PATH");
  }

  @Test
  void noMavenToBuildWithIsExit2WithAClearMessage() throws Exception {
    Path copy =
        Files.copy(Path.of("ccg-diag"), dir.resolve("ccg-diag")); // no target/: it must build
    String[] result = run(copy, toolsOnly(true));

    assertThat(result[0]).isEqualTo("2");
    assertThat(result[1]).contains("building it needs Maven, which is not on the PATH");
  }
}
