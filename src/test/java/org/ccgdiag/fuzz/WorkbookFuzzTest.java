package org.ccgdiag.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.SpreadsheetReader;
import org.ccgdiag.problem.Problem;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.SmallQuestionnaire;

/**
 * Issue 24 item 10: any bytes given as an .xlsx to the answers loader (the guard against zip bombs
 * and DTDs, then fastexcel's reader) load, or say why in located one-line problems; never an
 * exception, never a hang (libFuzzer's per-input timeout). The seed corpus (WorkbookFuzzTestInputs)
 * holds workbooks written by Excel's rules with their parts stored, not deflated, so that mutations
 * reach the XML, and a DTD, an external entity and a zip bomb's head.
 */
class WorkbookFuzzTest {
  private static final Questionnaire SMALL = SmallQuestionnaire.load();
  private static final Path FILE = temporary();

  private static Path temporary() {
    try {
      Path dir = Files.createTempDirectory("workbook-fuzz");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve("answers.xlsx");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void anyBytesAsAWorkbookLoadOrSayWhy(byte[] bytes) throws IOException {
    Files.write(FILE, bytes);
    Problems problems = new Problems("answers.xlsx");
    List<Answers> sets = SpreadsheetReader.read(FILE, SMALL, problems);
    assertThat(sets.isEmpty())
        .as("no answer set exactly when there is an error: %s", problems.sorted())
        .isEqualTo(problems.hasErrors());
    for (Problem problem : problems.sorted()) {
      assertThat(problem.toString())
          .startsWith("answers.xlsx")
          .doesNotContainPattern("[\\x00-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]")
          .hasSizeLessThan(1_000);
    }
  }
}
