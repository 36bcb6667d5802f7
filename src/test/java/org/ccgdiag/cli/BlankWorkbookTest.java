package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccgdiag.questionnaire.BundledQuestionnaires;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blank workbook (brief section 7), opened by Apache POI as Excel would, filled in and read
 * back.
 */
class BlankWorkbookTest {
  private static final Questionnaire BUNDLED =
      BundledQuestionnaires.load(BundledQuestionnaires.DEFAULT_ID).orElseThrow();

  @TempDir Path dir;

  private CommandRun.Result ccgDiag(String... args) {
    return CommandRun.in(dir).run(args);
  }

  @Test
  void theBlankWorkbookHasNumberedColumnsDropdownsAndHowToFillItIn() throws IOException {
    ccgDiag(
            "questionnaires",
            "export",
            BundledQuestionnaires.DEFAULT_ID,
            "--format",
            "xlsx",
            "-o",
            "blank.xlsx")
        .assertSuccess()
        .assertErr()
        .isEmpty();

    try (InputStream in = Files.newInputStream(dir.resolve("blank.xlsx"));
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      assertThat(
              List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
          .containsExactly("Answers", "How to fill in", "Lists");
      assertThat(workbook.getSheetVisibility(2)).isEqualTo(SheetVisibility.HIDDEN);
      XSSFSheet answers = workbook.getSheet("Answers");
      Row header = answers.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("organisation");
      List<Question> questions = BUNDLED.questions();
      assertThat(header.getLastCellNum()).isEqualTo((short) (6 + questions.size()));
      assertThat(header.getCell(6).getStringCellValue()).isEqualTo("1. " + questions.get(0).text());
      assertThat(header.getCell(6 + 14).getStringCellValue()).startsWith("15. ");
      // The id is findable: the header's comment gives it, and the answers.
      assertThat(
              answers
                  .getCellComment(new org.apache.poi.ss.util.CellAddress(0, 6 + 14))
                  .getString()
                  .getString())
          .startsWith(questions.get(14).id() + ": ")
          .contains("4 (Agree)");

      List<? extends DataValidation> validations = answers.getDataValidations();
      assertThat(validations).hasSize(questions.size());
      DataValidation first =
          validations.stream()
              .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 6)
              .findFirst()
              .orElseThrow();
      assertThat(first.getValidationConstraint().getValidationType())
          .isEqualTo(org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.LIST);
      assertThat(first.getValidationConstraint().getFormula1()).isEqualTo("'Lists'!$A$2:$A$8");
      assertThat(first.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("G2:G1001");
      assertThat(workbook.getSheet("Lists").getRow(4).getCell(0).getStringCellValue())
          .isEqualTo("Agree");

      XSSFSheet how = workbook.getSheet("How to fill in");
      assertThat(how.getRow(2).getCell(0).getStringCellValue())
          .startsWith("Fill in the sheet 'Answers': one row for each person");

      // Filled in as a person would: labels from the dropdowns, a date typed as text.
      Row filled = answers.createRow(1);
      filled.createCell(0).setCellValue("NHS Example CCG");
      filled.createCell(1).setCellValue("Dr A");
      filled.createCell(5).setCellValue("14/03/2012");
      filled.createCell(6).setCellValue("Agree");
      filled.createCell(6 + 14).setCellValue("Don't know");
      try (OutputStream out = Files.newOutputStream(dir.resolve("filled.xlsx"))) {
        workbook.write(out);
      }
    }
    ccgDiag("validate", "filled.xlsx")
        .assertSuccess()
        .assertOutLines()
        .containsExactly(
            "filled.xlsx: valid spreadsheet of answers for ccg-authorisation (1 row, 1 CCG)");
    JsonNode report =
        new ObjectMapper()
            .readTree(ccgDiag("score", "--format", "json", "filled.xlsx").assertSuccess().out());
    assertThat(report.get("organisation").asText()).isEqualTo("NHS Example CCG");
    assertThat(report.get("overall").get("coverage").asDouble()).isGreaterThan(0);
  }

  @Test
  void aWorkbookIsNeverPrintedAndTheOtherFormatsCanGoToAFile() throws IOException {
    ccgDiag("questionnaires", "export", BundledQuestionnaires.DEFAULT_ID, "--format", "xlsx")
        .assertUsageError()
        .assertErrLines()
        .containsExactly(
            "ccg-diag questionnaires export: a workbook is not text to print; give -o FILE, e.g. -o ccg-authorisation.xlsx",
            "Run 'ccg-diag questionnaires export --help' for usage.");

    String csv =
        ccgDiag("questionnaires", "export", BundledQuestionnaires.DEFAULT_ID, "--format", "csv")
            .assertSuccess()
            .out();
    ccgDiag(
            "questionnaires",
            "export",
            BundledQuestionnaires.DEFAULT_ID,
            "--format",
            "csv",
            "-o",
            "blank.csv")
        .assertSuccess();
    assertThat(Files.readString(dir.resolve("blank.csv"))).isEqualTo(csv);
  }
}
