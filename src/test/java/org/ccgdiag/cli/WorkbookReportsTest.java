package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccgdiag.questionnaire.BundledQuestionnaires;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports and the summary as workbooks (brief section 7), read back by Apache POI and held to the
 * JSON report.
 */
class WorkbookReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Questionnaire BUNDLED =
      BundledQuestionnaires.load(BundledQuestionnaires.DEFAULT_ID).orElseThrow();

  @TempDir Path dir;

  private CommandRun.Result ccgDiag(String... args) {
    return CommandRun.in(dir).run(args);
  }

  private static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  /** The row whose first cells read {@code first} and {@code second}. */
  private static Row row(Sheet sheet, String first, String second) {
    for (Row row : sheet) {
      if (text(row, 0).equals(first) && text(row, 1).equals(second)) {
        return row;
      }
    }
    throw new AssertionError("no row " + first + ", " + second + " in " + sheet.getSheetName());
  }

  private static String text(Row row, int column) {
    Cell cell = row.getCell(column);
    return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
  }

  private static double number(Row row, int column) {
    assertThat(row.getCell(column).getCellType())
        .as("column %d of row %d", column, row.getRowNum())
        .isEqualTo(CellType.NUMERIC);
    return row.getCell(column).getNumericCellValue();
  }

  /**
   * The workshop answers with a hostile organisation name and note, as an attacker would write them
   * into a survey.
   */
  private Path hostileAnswers() throws IOException {
    Path answers = Files.createDirectories(dir.resolve("answers"));
    try (Stream<Path> files = Files.list(SpreadsheetCommandsTest.WORKSHOP)) {
      for (Path file : files.toList()) {
        String text =
            Files.readString(file)
                .replace(
                    "organisation: NHS Riverside CCG",
                    "organisation: \"=HYPERLINK(\\\"http://x\\\")\"");
        Files.writeString(answers.resolve(file.getFileName()), text);
      }
    }
    return answers;
  }

  @Test
  void aReportWorkbookHasThePlanScoresAndStatementsWithTheJsonReportsNumbers() throws IOException {
    ccgDiag(
            "score",
            "--format",
            "json,xlsx",
            "-o",
            "out",
            SpreadsheetCommandsTest.WORKSHOP.toString())
        .assertSuccess();
    JsonNode report = JSON.readTree(dir.resolve("out/nhs-riverside-ccg--2012-03.json").toFile());

    try (XSSFWorkbook workbook = open(dir.resolve("out/nhs-riverside-ccg--2012-03.xlsx"))) {
      assertThat(
              List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
          .containsExactly("Plan", "Scores", "Statements");

      Sheet plan = workbook.getSheet("Plan");
      Row header = plan.getRow(0);
      assertThat(
              List.of(
                  text(header, 2),
                  text(header, 3),
                  text(header, 4),
                  text(header, 5),
                  text(header, 6),
                  text(header, 7),
                  text(header, 8)))
          .containsExactly("What", "Why", "Support", "Evidence", "Owner", "By when", "Status");
      int needs = report.get("development_needs").size();
      assertThat(plan.getLastRowNum()).isGreaterThanOrEqualTo(needs);
      List<? extends DataValidation> validations = plan.getDataValidations();
      assertThat(validations).hasSize(1);
      assertThat(validations.get(0).getValidationConstraint().getFormula1())
          .isEqualTo("\"Not started,Under way,Done,Dropped\"");
      assertThat(validations.get(0).getRegions().getCellRangeAddress(0).getFirstColumn())
          .isEqualTo(8);

      Sheet scores = workbook.getSheet("Scores");
      Row overall = row(scores, "Overall", "");
      assertThat(number(overall, 3)).isEqualTo(report.get("overall").get("score").asDouble());
      assertThat(number(overall, 8)).isEqualTo(report.get("overall").get("coverage").asDouble());
      for (JsonNode domain : report.get("domains")) {
        Row row = row(scores, "Domains", domain.get("id").asText());
        assertThat(number(row, 3)).isEqualTo(domain.get("score").asDouble());
        assertThat(number(row, 5)).isEqualTo(domain.get("target").asDouble());
        assertThat(number(row, 8)).isEqualTo(domain.get("coverage").asDouble());
        assertThat(number(row, 9)).isEqualTo(domain.get("dont_know").asDouble());
        assertThat(text(row, 4))
            .isEqualTo(domain.get("level").isNull() ? "" : labelOf(domain.get("level").asText()));
      }
      int areas = 0;
      for (JsonNode area : report.get("areas")) {
        Row row = null;
        for (Row r : scores) {
          if (text(r, 1).equals(area.get("id").asText())) {
            row = r;
          }
        }
        assertThat(row).as(area.get("id").asText()).isNotNull();
        assertThat(number(row, 3)).isEqualTo(area.get("score").asDouble());
        areas++;
      }
      assertThat(areas).isPositive();

      Sheet statements = workbook.getSheet("Statements");
      int questions = 0;
      for (Row row : statements) {
        if (row.getRowNum() > 0) {
          questions++;
          // Five respondents answered, by option: the counts add up to at most five.
          double answered = 0;
          for (int c = 5; c < statements.getRow(0).getLastCellNum() - 2; c++) {
            answered += row.getCell(c) == null ? 0 : number(row, c);
          }
          assertThat(answered).isBetween(0.0, 5.0);
        }
      }
      assertThat(questions).isEqualTo(BUNDLED.questions().size());
      assertThat(statements.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
    }
  }

  /** The label the report shows for a level the JSON names by id. */
  private static String labelOf(String level) {
    return BUNDLED.levels().stream()
        .filter(l -> l.id().equals(level))
        .findFirst()
        .orElseThrow()
        .label();
  }

  @Test
  void textFromInputNeverBecomesAFormulaAndTheSummaryKeepsTheLevelColours() throws IOException {
    hostileAnswers();
    ccgDiag("score", "--format", "json,xlsx", "-o", "out", "answers").assertSuccess();
    Path reportFile;
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      reportFile =
          files
              .filter(f -> f.toString().endsWith(".xlsx") && !f.endsWith("summary.xlsx"))
              .findFirst()
              .orElseThrow();
    }

    List<String> texts = new ArrayList<>();
    for (Path file : List.of(reportFile, dir.resolve("out/summary.xlsx"))) {
      try (XSSFWorkbook workbook = open(file)) {
        for (Sheet sheet : workbook) {
          for (Row row : sheet) {
            for (Cell cell : row) {
              assertThat(cell.getCellType())
                  .as(file + " " + cell.getAddress())
                  .isNotEqualTo(CellType.FORMULA);
              if (cell.getCellType() == CellType.STRING) {
                texts.add(cell.getStringCellValue());
              }
            }
          }
        }
      }
    }
    assertThat(texts).contains("'=HYPERLINK(\"http://x\")").noneMatch(t -> t.startsWith("="));

    JsonNode summary = JSON.readTree(dir.resolve("out/summary.json").toFile());
    try (XSSFWorkbook workbook = open(dir.resolve("out/summary.xlsx"))) {
      Sheet sheet = workbook.getSheet("Summary");
      Row row = sheet.getRow(1);
      assertThat(text(row, 0)).isEqualTo("'=HYPERLINK(\"http://x\")");
      assertThat(number(row, 3)).isEqualTo(summary.get(0).get("overall").asDouble());
      XSSFCellStyle style = (XSSFCellStyle) row.getCell(3).getCellStyle();
      assertThat(style.getFillForegroundXSSFColor()).isNotNull();
      assertThat(style.getFillForegroundXSSFColor().getARGBHex()).isNotEqualTo("FFFFFFFF");
    }
  }

  @Test
  void itemsWithoutEnoughEvidenceAreGreyedAndScoresTakeTheirLevelsColour() throws IOException {
    Path answers = GoldenReportsTest.GOLDEN.resolve("consensus/answers").toAbsolutePath();
    ccgDiag("score", "--format", "json,xlsx", "-o", "out", answers.toString()).assertSuccess();
    Path json;
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      json =
          files
              .filter(f -> f.getFileName().toString().endsWith("--2012-07.json"))
              .findFirst()
              .orElseThrow();
    }
    JsonNode report = JSON.readTree(json.toFile());
    String name = json.getFileName().toString().replace(".json", ".xlsx");

    try (XSSFWorkbook workbook = open(dir.resolve("out").resolve(name))) {
      Sheet scores = workbook.getSheet("Scores");
      int greyed = 0;
      int coloured = 0;
      for (JsonNode area : report.get("areas")) {
        for (Row row : scores) {
          if (text(row, 1).equals(area.get("id").asText())) {
            String fill =
                ((XSSFCellStyle) row.getCell(2).getCellStyle()).getFillForegroundXSSFColor() == null
                    ? null
                    : ((XSSFCellStyle) row.getCell(2).getCellStyle())
                        .getFillForegroundXSSFColor()
                        .getARGBHex();
            if (area.get("status").asText().equals("insufficient-evidence")) {
              assertThat(fill).as(area.get("id").asText()).isEqualTo("FFEEEEEE");
              greyed++;
            } else {
              assertThat(fill).as(area.get("id").asText()).isNull();
              assertThat(
                      ((XSSFCellStyle) row.getCell(3).getCellStyle()).getFillForegroundXSSFColor())
                  .isNotNull();
              coloured++;
            }
          }
        }
      }
      assertThat(greyed).isPositive();
      assertThat(coloured).isPositive();
    }
  }

  @Test
  void theStatementsSheetHasTheRoomsVotesByOptionAsTheJsonReportHasThem() throws IOException {
    Path workshop = GoldenReportsTest.GOLDEN.resolve("consensus/answers/lakeside-workshop.yaml");
    Files.createDirectories(dir.resolve("answers"));
    String text = Files.readString(workshop);
    String voted =
        text.replace(
                "clinical-focus.2: {answer: \"3\"}",
                "clinical-focus.2: {answer: \"3\", votes: {\"2\": 2, \"3\": 4, \"4\": 1}}")
            .replace(
                "clinical-focus.4: {answer: \"2\"}",
                "clinical-focus.4: {answer: \"2\", votes: {\"1\": 3, \"2\": 3, \"dk\": 1}}");
    assertThat(voted).isNotEqualTo(text);
    Files.writeString(dir.resolve("answers/lakeside.yaml"), voted);
    ccgDiag("score", "--format", "json,xlsx", "-o", "out", "answers").assertSuccess();
    JsonNode report = JSON.readTree(dir.resolve("out/nhs-lakeside-ccg--2012-07.json").toFile());

    try (XSSFWorkbook workbook = open(dir.resolve("out/nhs-lakeside-ccg--2012-07.xlsx"))) {
      Sheet statements = workbook.getSheet("Statements");
      Row header = statements.getRow(0);
      int votedRows = 0;
      JsonNode questions = report.get("questions");
      for (int i = 0; i < questions.size(); i++) {
        JsonNode question = questions.get(i);
        Row row = statements.getRow(i + 1);
        // The statement's number is its position, as the session shows it.
        assertThat(number(row, 0)).isEqualTo(i + 1);
        assertThat(text(row, 1)).isEqualTo(question.get("id").asText());
        String id = question.get("id").asText();
        for (Option option :
            BUNDLED
                .scaleOf(
                    BUNDLED.questions().stream()
                        .filter(q -> q.id().equals(id))
                        .findFirst()
                        .orElseThrow())
                .options()) {
          int column = column(header, option.label() + " (votes)");
          if (question.get("votes").isNull()) {
            assertThat(row.getCell(column)).as(question.get("id") + " has no vote").isNull();
          } else {
            JsonNode votes = question.get("votes").get(option.key());
            assertThat(number(row, column))
                .as(question.get("id") + " " + option.key())
                .isEqualTo(votes == null ? 0 : votes.asDouble());
          }
        }
        votedRows += question.get("votes").isNull() ? 0 : 1;
      }
      assertThat(votedRows).isEqualTo(2);
    }
  }

  @Test
  void theSummaryWorkbookGreysAreasWithoutEnoughEvidenceAsTheReportSays() throws IOException {
    Path answers = GoldenReportsTest.GOLDEN.resolve("consensus/answers").toAbsolutePath();
    ccgDiag("score", "--format", "json,xlsx", "-o", "out", answers.toString()).assertSuccess();
    JsonNode report = JSON.readTree(dir.resolve("out/nhs-lakeside-ccg--2012-07.json").toFile());

    try (XSSFWorkbook workbook = open(dir.resolve("out/summary.xlsx"))) {
      Sheet sheet = workbook.getSheet("Summary");
      Row header = sheet.getRow(0);
      Row row = sheet.getRow(1);
      int greyed = 0;
      for (JsonNode area : report.get("areas")) {
        String title =
            BUNDLED.areas().stream()
                .filter(a -> a.id().equals(area.get("id").asText()))
                .findFirst()
                .orElseThrow()
                .title();
        int column = column(header, title);
        assertThat(number(row, column)).as(title).isEqualTo(area.get("score").asDouble());
        String fill = fill(row.getCell(column));
        if (area.get("status").asText().equals("insufficient-evidence")) {
          assertThat(fill).as(title + " greyed").isEqualTo("FFEEEEEE");
          greyed++;
        } else {
          assertThat(fill)
              .as(title + " in its level's colour")
              .isNotNull()
              .isNotEqualTo("FFEEEEEE");
        }
      }
      assertThat(greyed).isEqualTo(2);
      // The domains' columns follow organisation, round, respondents, overall, coverage and don't
      // know.
      JsonNode domains = report.get("domains");
      for (int i = 0; i < domains.size(); i++) {
        assertThat(number(row, 6 + i))
            .as(domains.get(i).get("id").asText())
            .isEqualTo(domains.get(i).get("score").asDouble());
      }
      assertThat(number(row, 3)).isEqualTo(report.get("overall").get("score").asDouble());
    }
  }

  private static String fill(Cell cell) {
    var colour = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor();
    return colour == null ? null : colour.getARGBHex();
  }

  /** The column headed {@code heading}. */
  private static int column(Row header, String heading) {
    for (Cell cell : header) {
      if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(heading)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + heading);
  }

  @Test
  void assessWritesItsReportAsAWorkbookByTheFilesExtension() throws Exception {
    AssessRun.copyWorkshop(dir);
    AssessRun.piped(
            dir,
            AssessRun.START,
            "4\n4\n4\n4\n4\n",
            "-q",
            "workshop.yaml",
            "--organisation",
            "NHS Example CCG",
            "--respondent",
            "Dr A Smith",
            "--report",
            "report.xlsx")
        .exits(0);

    try (XSSFWorkbook workbook = open(dir.resolve("report.xlsx"))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
      assertThat(text(workbook.getSheet("Scores").getRow(1), 2)).isEqualTo("NHS Example CCG");
    }
  }

  @Test
  void aWorkbookIsNeverPrinted() {
    ccgDiag(
            "score",
            "--format",
            "xlsx",
            SpreadsheetCommandsTest.WORKSHOP.resolve("dr-asha-patel.yaml").toString())
        .assertUsageError()
        .assertErr()
        .contains("--format xlsx writes files, not text to print: use -o OUT");
  }
}
