package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24, item 7: an edit saved to the answers file while assess has it open is not overwritten
 * at the next answer; the session stops, says so and where its own answers are.
 */
class AnswersEditedDuringSessionTest {
  @TempDir Path work;

  /**
   * Types the first line, then edits the answers file as someone else would, then types the rest.
   */
  private final class EditAfterFirstAnswer extends InputStream {
    private final InputStream first =
        new ByteArrayInputStream("4\n".getBytes(StandardCharsets.UTF_8));
    private final InputStream rest =
        new ByteArrayInputStream("3\n2\n".getBytes(StandardCharsets.UTF_8));
    private boolean edited;

    @Override
    public int read() throws IOException {
      int c = first.read();
      if (c >= 0) {
        return c;
      }
      if (!edited) {
        edited = true;
        Path answers = work.resolve("a.yaml");
        try {
          Files.writeString(
              answers,
              Files.readString(answers).replace("answer: '4'", "answer: '1'")
                  + "# the chair's change\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return rest.read();
    }

    /**
     * One line at a time, as a person types: the edit happens only once the first line is used up.
     */
    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      int c = read();
      if (c < 0) {
        return -1;
      }
      buffer[offset] = (byte) c;
      return 1;
    }
  }

  @Test
  void theSessionStopsAndKeepsBothTheEditAndItsAnswers() throws IOException {
    AssessRun.copyWorkshop(work);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Context context =
        new Context(
            new EditAfterFirstAnswer(),
            Clock.fixed(AssessRun.START, ZoneOffset.UTC),
            Map.of(),
            work,
            TerminalFactory.NONE);

    int exitCode =
        Main.commandLine(context, new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(
                "assess",
                "-q",
                "workshop.yaml",
                "--organisation",
                "NHS A CCG",
                "--respondent",
                "A",
                "-a",
                "a.yaml");

    assertThat(exitCode).as("exit code; stderr:%n%s", err).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "a.yaml: the answers file changed on disk while this session had it open: it was edited")
        .contains("a.unsaved.yaml")
        .contains("assess -q workshop.yaml -a a.yaml");
    assertThat(work.resolve("a.yaml"))
        .content()
        .contains("# the chair's change")
        .contains("answer: '1'");
    assertThat(work.resolve("a.unsaved.yaml"))
        .content()
        .contains("answer: '4'")
        .contains("answer: '3'");
  }
}
