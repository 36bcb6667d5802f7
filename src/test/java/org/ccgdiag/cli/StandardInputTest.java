package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard input closed ({@code <&-}): assess must answer nothing, not read the JVM's own files.
 */
class StandardInputTest {
  @TempDir Path dir;

  @Test
  void assessWithStandardInputClosedAnswersNothingAndEndsCleanly() throws Exception {
    Path shell = Path.of("/bin/sh");
    assumeTrue(
        Files.isExecutable(shell) && Files.isDirectory(Path.of("/proc/self/fd")),
        "needs a POSIX shell and /proc");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // The shell closes descriptor 0 and then runs the JVM, exactly as 'ccg-diag assess <&-' does.
    ProcessBuilder builder =
        new ProcessBuilder(
                shell.toString(),
                "-c",
                "exec \"$0\" -cp \"$1\" org.ccgdiag.cli.Main assess --organisation 'NHS Example CCG' --respondent Team"
                    + " -a answers.yaml <&-",
                java.toString(),
                System.getProperty("java.class.path"))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out.txt").toFile());
    Process process = builder.start();

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the session ended by itself").isTrue();
    String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(out).isZero();
    assertThat(out)
        .contains("Saved 0 of 108 answers in answers.yaml.")
        .doesNotContain("is not an answer");
    assertThat(Files.readString(dir.resolve("answers.yaml"))).contains("answers: {}");
  }

  @Test
  void aDescriptorOnTheJvmsOwnFileIsNotInputButAPipeOrAUserFileIs() throws Exception {
    Path modules = Path.of(System.getProperty("java.home"), "lib", "modules");
    Path userFile = Files.writeString(dir.resolve("input.txt"), "4\n");

    Path jvm = Files.createSymbolicLink(dir.resolve("jvm"), modules);
    assertThat(StandardInput.isBorrowed(jvm)).isTrue();
    Files.delete(jvm);
    assertThat(StandardInput.isBorrowed(Files.createSymbolicLink(dir.resolve("user"), userFile)))
        .isFalse();
    assertThat(
            StandardInput.isBorrowed(
                Files.createSymbolicLink(dir.resolve("pipe"), Path.of("pipe:[4242]"))))
        .isFalse();
    assertThat(StandardInput.isBorrowed(dir.resolve("not-a-link"))).isFalse();
  }
}
