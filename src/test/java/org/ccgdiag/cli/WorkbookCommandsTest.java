package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccgdiag.answers.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks (.xlsx) read by score, validate and import exactly as the CSV of brief section 3b. */
class WorkbookCommandsTest {
  @TempDir Path dir;

  private CommandRun.Result ccgDiag(String... args) {
    return CommandRun.in(dir).run(args);
  }

  /**
   * The workshop's survey export saved by Excel: option keys as numbers (4 stored as 4.0), the date
   * a date-formatted cell, two statements headed by number, and a sheet of instructions before it.
   */
  private Path workshopWorkbook() throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    for (List<String> row : SpreadsheetCommandsTest.workshopRows()) {
      List<Object> cells = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        if (rows.isEmpty() || cell == null) {
          cells.add(cell);
        } else if (c == 5) {
          cells.add(LocalDateTime.ofInstant(Instant.parse(cell), ZoneOffset.UTC));
        } else {
          cells.add(cell.matches("\\d+") ? (Object) Double.valueOf(cell) : cell);
        }
      }
      rows.add(cells);
    }
    rows.get(0).set(6, "1");
    rows.get(0).set(8, "2. " + rows.get(0).get(8));
    return Workbooks.write(
        dir.resolve("workshop.xlsx"), new java.util.LinkedHashMap<>(Map.of("Answers", rows)));
  }

  @Test
  void aSurveyExportSavedAsAWorkbookScoresExactlyAsTheSameAnswersInCsvAndYaml() throws IOException {
    workshopWorkbook();
    SpreadsheetCommandsTest.workshopSpreadsheet(dir);

    String fromWorkbook =
        ccgDiag("score", "--format", "json", "workshop.xlsx").assertSuccess().out();
    assertThat(fromWorkbook)
        .isEqualTo(ccgDiag("score", "--format", "json", "workshop.csv").assertSuccess().out());

    ccgDiag("validate", "workshop.xlsx")
        .assertSuccess()
        .assertOutLines()
        .containsExactly(
            "workshop.xlsx: valid spreadsheet of answers for ccg-authorisation (5 rows, 1 CCG)");
    ccgDiag("import", "-o", "answers", "workshop.xlsx").assertSuccess();
    ccgDiag("score", "--format", "json", "-o", "from-yaml", "answers").assertSuccess();
    ccgDiag("score", "--format", "json", "-o", "from-xlsx", "workshop.xlsx").assertSuccess();
    String name = "nhs-riverside-ccg--2012-03.json";
    assertThat(Files.readString(dir.resolve("from-xlsx").resolve(name)))
        .isEqualTo(Files.readString(dir.resolve("from-yaml").resolve(name)))
        // A report printed to stdout is written by no score -o run; those in a folder name theirs.
        .isEqualTo(fromWorkbook.replace("\"run\": null", "\"run\": \"" + CommandRun.NOW + "\""));
  }

  @Test
  void aFolderSaysWhatItCannotReadAndWhatToDo() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("survey"));
    Files.copy(workshopWorkbook(), folder.resolve("Book1.xlsx"));
    Files.writeString(
        folder.resolve("~$Book1.xlsx"), "owner file Excel keeps while the workbook is open");
    Files.write(
        folder.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    Files.writeString(folder.resolve("export.ods"), "PK");
    Files.copy(folder.resolve("Book1.xlsx"), folder.resolve("renamed.csv"));

    CommandRun.Result result = ccgDiag("score", "-o", "out", "survey").assertInvalidInput();
    assertThat(result.errLines())
        .contains(
            "survey/export.ods: warning: skipped: an OpenDocument spreadsheet (.ods), which ccg-diag does not read;"
                + " save it as .xlsx or .csv",
            "survey/old.xls: warning: skipped: an Excel 97-2003 workbook (.xls), which ccg-diag does not read; save it"
                + " as .xlsx or .csv",
            "survey/renamed.csv: this is a ZIP archive (an Excel workbook or an OpenDocument spreadsheet, by the look of"
                + " it), not text; to read answers from a spreadsheet, save it as .xlsx or .csv")
        .noneMatch(line -> line.contains("~$"));
    assertThat(dir.resolve("out/nhs-riverside-ccg--2012-03.md")).exists();
  }

  @Test
  void aWorkbookGivenByNameAsYamlOrJsonIsSaidToBeOne() throws IOException {
    Files.copy(workshopWorkbook(), dir.resolve("answers.yaml"));

    ccgDiag("validate", "answers.yaml")
        .assertInvalidInput()
        .assertErrLines()
        .containsExactly(
            "answers.yaml: this is a ZIP archive (an Excel workbook or an OpenDocument spreadsheet, by the"
                + " look of it), not text; to read answers from a spreadsheet, save it as .xlsx or .csv");
  }

  @Test
  void aZipBombIsRefusedInOneLineWithExitCode1() throws IOException {
    Workbooks.bomb(dir.resolve("bomb.xlsx"), 129L << 20); // just over the 128 MiB of XML allowed

    ccgDiag("validate", "bomb.xlsx")
        .assertInvalidInput()
        .assertErrLines()
        .containsExactly(
            "bomb.xlsx: the workbook inflates to more than 134217728 bytes of XML; refused (a zip bomb, or"
                + " far larger than any sheet of answers)");
    ccgDiag("score", "bomb.xlsx")
        .assertInvalidInput()
        .assertErrLines()
        .first()
        .asString()
        .startsWith("bomb.xlsx: the workbook inflates");
  }
}
