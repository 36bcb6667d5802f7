package org.ccgdiag.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ccgdiag.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24, item 9: what a folder search cannot take but that is named like a data file (a link to
 * nothing, a named pipe, a socket) is skipped with a warning naming it, as a loop is, not in
 * silence.
 */
class FolderSearchTest {
  @TempDir Path dir;

  private InputFiles.Found search() {
    return InputFiles.expand(
        List.of(dir),
        p -> dir.relativize(p).toString().isEmpty() ? "." : dir.relativize(p).toString());
  }

  private static List<String> warnings(InputFiles.Found found) {
    return found.problems().stream().filter(p -> !p.isError()).map(Problem::toString).toList();
  }

  @Test
  void aDanglingLinkNamedLikeAnAnswersFileIsAWarning() throws Exception {
    Files.writeString(dir.resolve("a.yaml"), "x");
    Files.createSymbolicLink(dir.resolve("gone.yaml"), Path.of("nowhere.yaml"));
    Files.createSymbolicLink(
        dir.resolve("other.txt"), Path.of("nowhere.txt")); // not a data file's name: silent

    InputFiles.Found found = search();

    assertThat(found.files()).containsExactly(dir.resolve("a.yaml"));
    assertThat(warnings(found))
        .containsExactly(
            "gone.yaml: warning: a symbolic link to nothing (nowhere.yaml does not exist); skipped");
  }

  @Test
  void aNamedPipeAndASocketAreWarnings() throws Exception {
    Files.writeString(dir.resolve("a.yaml"), "x");
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.yaml").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      socket.bind(UnixDomainSocketAddress.of(dir.resolve("socket.csv")));

      InputFiles.Found found = search();

      assertThat(found.files()).containsExactly(dir.resolve("a.yaml"));
      assertThat(warnings(found))
          .containsExactly(
              "pipe.yaml: warning: not a regular file (a named pipe, a socket or a device); skipped",
              "socket.csv: warning: not a regular file (a named pipe, a socket or a device); skipped");
    }
  }

  @Test
  void aLinkBackUpTheTreeIsAWarning() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/a.yaml"), "x");
    Files.createSymbolicLink(dir.resolve("sub/loop"), dir);

    InputFiles.Found found = search();

    assertThat(found.files()).containsExactly(dir.resolve("sub/a.yaml"));
    assertThat(warnings(found))
        .containsExactly(
            "sub/loop: warning: a symbolic link back to a directory above it (a loop); skipped");
  }

  @Test
  void namedDirectlyTheyAreErrors() throws Exception {
    Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("nowhere.yaml"));
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.yaml").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    InputFiles.Found found =
        InputFiles.expand(
            List.of(dir.resolve("gone.yaml"), dir.resolve("pipe.yaml")),
            p -> p.getFileName().toString());

    assertThat(found.files()).isEmpty();
    assertThat(found.errors()).isEqualTo(2);
  }
}
