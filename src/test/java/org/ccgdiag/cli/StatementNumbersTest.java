package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccgdiag.questionnaire.BundledQuestionnaires;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One number for a statement everywhere (brief section 7): the session's "Question 15/100", the
 * blank workbook's header "15. ...", validate's "statement 15 (clinical-focus.18)" and the report
 * workbook's Statements row 15 all name the same statement, the fifteenth of the questionnaire.
 */
class StatementNumbersTest {
  private static final Questionnaire BUNDLED =
      BundledQuestionnaires.load(BundledQuestionnaires.DEFAULT_ID).orElseThrow();
  private static final int N = 15;

  @TempDir Path dir;

  @Test
  void theSessionTheSheetsAndValidateGiveAStatementTheSameNumber() throws Exception {
    List<Question> questions = BUNDLED.questions();
    Question fifteenth = questions.get(N - 1);

    // The session: after fourteen answers it shows the fifteenth statement as number 15.
    AssessRun session =
        AssessRun.piped(
                dir,
                AssessRun.START,
                "4\n".repeat(N - 1) + "q\n",
                "--organisation",
                "NHS Example CCG",
                "--respondent",
                "Dr A Smith",
                "-a",
                "answers.yaml")
            .exits(0);
    String shown =
        session
            .out()
            .substring(session.out().lastIndexOf("Statement " + N + "/" + questions.size()));
    assertThat(shown).contains(firstWords(fifteenth.text()));

    // validate, on an answer the statement's scale does not have.
    String answers =
        Files.readString(dir.resolve("answers.yaml"))
            + "  "
            + fifteenth.id()
            + ": {answer: \"7\"}\n";
    Files.writeString(dir.resolve("bad.yaml"), answers);
    CommandRun.Result validate = CommandRun.in(dir).run("validate", "bad.yaml");
    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(validate.err())
        .contains("'7' is not an answer to statement " + N + " (" + fifteenth.id() + ")");

    // The blank workbook's header for it.
    CommandRun.in(dir)
        .run("questionnaires", "export", BUNDLED.id(), "--format", "xlsx", "-o", "blank.xlsx")
        .assertSuccess();
    try (InputStream in = Files.newInputStream(dir.resolve("blank.xlsx"));
        XSSFWorkbook blank = new XSSFWorkbook(in)) {
      var header = blank.getSheetAt(0).getRow(0);
      boolean found = false;
      for (var cell : header) {
        found |= cell.getStringCellValue().equals(N + ". " + fifteenth.text());
      }
      assertThat(found).as("a header '15. " + fifteenth.text() + "'").isTrue();
    }

    // The report workbook's Statements sheet, and the JSON report's order it follows.
    CommandRun.in(dir)
        .run("score", "--format", "json,xlsx", "-o", "out", "answers.yaml")
        .assertSuccess();
    Path out = dir.resolve("out");
    Path json;
    try (var files = Files.list(out)) {
      json =
          files
              .filter(f -> f.toString().endsWith(".json") && !f.endsWith("summary.json"))
              .findFirst()
              .orElseThrow();
    }
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.get("questions").get(N - 1).get("id").asText()).isEqualTo(fifteenth.id());
    try (InputStream in = Files.newInputStream(Path.of(json.toString().replace(".json", ".xlsx")));
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      var row = workbook.getSheet("Statements").getRow(N);
      assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(N);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo(fifteenth.id());
    }
  }

  /** The start of a statement's text, as a screen may wrap the rest. */
  private static String firstWords(String text) {
    String[] words = text.split(" ");
    return String.join(" ", List.of(words).subList(0, Math.min(3, words.length)));
  }
}
