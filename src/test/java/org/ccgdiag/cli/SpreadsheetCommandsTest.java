package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ccgdiag.answers.Answer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.AnswersReader;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.BundledQuestionnaires;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spreadsheets in and out (brief sections 1 and 3b): the blank sheet, scoring a filled sheet
 * directly, and importing it; the workshop golden case written as one spreadsheet scores exactly as
 * its answers files do.
 */
class SpreadsheetCommandsTest {
  static final Path WORKSHOP =
      GoldenReportsTest.GOLDEN.resolve("workshop/answers").toAbsolutePath();
  private static final Questionnaire BUNDLED =
      BundledQuestionnaires.load(BundledQuestionnaires.DEFAULT_ID).orElseThrow();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final CommandRun run = CommandRun.in(Path.of("."));

  private CommandRun.Result ccgDiag(String... args) {
    return CommandRun.in(dir).run(args);
  }

  /**
   * The workshop's answers files as the rows of one survey export: headers by full text, a note
   * column after each statement, and answers alternately by key and by label (in upper case), as
   * people fill a sheet in. The header first.
   */
  static List<List<String>> workshopRows() throws IOException {
    List<Question> questions = BUNDLED.questions();
    List<String> header =
        new ArrayList<>(
            List.of("organisation", "respondent", "role", "perspective", "round", "date"));
    questions.forEach(q -> header.addAll(List.of(q.text(), q.id() + " note")));
    List<List<String>> rows = new ArrayList<>(List.of(header));
    try (Stream<Path> files = Files.list(WORKSHOP)) {
      for (Path file : files.sorted().toList()) {
        Problems problems = new Problems(file.toString());
        Answers answers = AnswersReader.read(file, BUNDLED, problems).orElseThrow();
        List<String> row =
            new ArrayList<>(
                List.of(
                    answers.organisation(),
                    answers.respondent().name(),
                    answers.respondent().role(),
                    answers.respondent().perspective(),
                    answers.round(),
                    answers.updated().toString()));
        for (int i = 0; i < questions.size(); i++) {
          Answer answer = answers.answer(questions.get(i).id());
          String key = answer.key();
          String label =
              key == null
                  ? null
                  : BUNDLED.scaleOf(questions.get(i)).option(key).orElseThrow().label();
          row.add(i % 2 == 0 || key == null ? key : label.toUpperCase(java.util.Locale.ROOT));
          row.add(answer.note());
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** The workshop's rows as a CSV file, as a survey tool exports it. */
  static Path workshopSpreadsheet(Path dir) throws IOException {
    StringWriter text = new StringWriter().append('\uFEFF');
    try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
      for (List<String> row : workshopRows()) {
        csv.printRecord(row);
      }
    }
    Path csv = dir.resolve("workshop.csv");
    Files.writeString(csv, text.toString(), StandardCharsets.UTF_8);
    return csv;
  }

  private Path workshopSpreadsheet() throws IOException {
    return workshopSpreadsheet(dir);
  }

  @Test
  void aSpreadsheetScoresExactlyAsTheSameAnswersInAnswersFiles() throws IOException {
    Path csv = workshopSpreadsheet();

    JsonNode fromSpreadsheet =
        JSON.readTree(run.run("score", "--format", "json", csv.toString()).assertSuccess().out());
    Path out = dir.resolve("out");
    run.run("score", "--format", "json", "-o", out.toString(), WORKSHOP.toString()).assertSuccess();
    JsonNode fromFiles = JSON.readTree(out.resolve("nhs-riverside-ccg--2012-03.json").toFile());

    // A row has one date, which is both its start and its update: only the period may differ.
    assertThat(fromSpreadsheet.get("period").toString())
        .isEqualTo("{\"from\":\"2012-03-14T11:05:00Z\",\"to\":\"2012-03-14T11:05:00Z\"}");
    ((ObjectNode) fromSpreadsheet).remove("period");
    ((ObjectNode) fromFiles).remove("period");
    // Nor the run: a report printed to stdout is written by no score -o run.
    assertThat(((ObjectNode) fromSpreadsheet).remove("run").isNull()).isTrue();
    ((ObjectNode) fromFiles).remove("run");
    assertThat(fromSpreadsheet).isEqualTo(fromFiles);
    assertThat(fromSpreadsheet.get("respondents").asInt()).isEqualTo(5);
    assertThat(fromSpreadsheet.get("notes")).hasSize(10);
  }

  @Test
  void importWritesAnswersFilesThatValidateAndScoreAsTheSpreadsheetDoes() throws IOException {
    Path csv = workshopSpreadsheet();

    ccgDiag("import", "-o", "answers", "workshop.csv")
        .assertSuccess()
        .assertOutLines()
        .containsExactly(
            "Imported 5 answer sets into answers:",
            "  answers/nhs-riverside-ccg--dr-asha-patel--2012-03.yaml",
            "  answers/nhs-riverside-ccg--dr-tom-hughes--2012-03.yaml",
            "  answers/nhs-riverside-ccg--helen-price--2012-03.yaml",
            "  answers/nhs-riverside-ccg--james-o-connor--2012-03.yaml",
            "  answers/nhs-riverside-ccg--sarah-mitchell--2012-03.yaml");
    ccgDiag("validate", "answers").assertSuccess().assertErr().isEmpty();
    ccgDiag("validate", "workshop.csv")
        .assertSuccess()
        .assertOutLines()
        .containsExactly(
            "workshop.csv: valid spreadsheet of answers for ccg-authorisation (5 rows, 1 CCG)");

    ccgDiag("score", "--format", "md,json,html", "-o", "from-csv", csv.toString()).assertSuccess();
    ccgDiag("score", "--format", "md,json,html", "-o", "from-import", "answers").assertSuccess();
    List<String> names = names(dir.resolve("from-csv"));
    assertThat(names)
        .contains("nhs-riverside-ccg--2012-03.json", "summary.csv")
        .isEqualTo(names(dir.resolve("from-import")));
    for (String name : names) {
      // The summaries count files: one spreadsheet, or the five files imported from it.
      assertThat(
              Files.readString(dir.resolve("from-csv").resolve(name))
                  .replace("from 1 answer file.", "from 5 answer files."))
          .as(name)
          .isEqualTo(Files.readString(dir.resolve("from-import").resolve(name)));
    }
  }

  @Test
  void importNeverOverwritesAndWritesNothingWhenANameIsTaken() throws IOException {
    Files.writeString(
        dir.resolve("survey.csv"),
        "organisation,respondent,leadership.1\nNHS A CCG,Dr X,4\nNHS A CCG,,dk\n");
    Files.createDirectories(dir.resolve("answers"));
    Files.writeString(dir.resolve("answers/nhs-a-ccg--respondent.yaml"), "kept");

    CommandRun.Result result =
        ccgDiag("import", "-o", "answers", "survey.csv").assertInvalidInput();

    result
        .assertErrLines()
        .containsExactly(
            "answers/nhs-a-ccg--respondent.yaml: exists already; an import never overwrites an answers file",
            "ccg-diag import: nothing imported; move the files above away, or import into another directory");
    assertThat(names(dir.resolve("answers"))).containsExactly("nhs-a-ccg--respondent.yaml");
    assertThat(Files.readString(dir.resolve("answers/nhs-a-ccg--respondent.yaml")))
        .isEqualTo("kept");
  }

  @Test
  void importWritesNothingWhenASpreadsheetHasAnError() throws IOException {
    Files.writeString(dir.resolve("good.csv"), "organisation,leadership.1\nNHS A CCG,4\n");
    Files.writeString(dir.resolve("bad.csv"), "organisation,leadership.1\nNHS B CCG,Agre\n");

    ccgDiag("import", "-o", "answers", "good.csv", "bad.csv")
        .assertInvalidInput()
        .assertErrLines()
        .containsExactly(
            "bad.csv:2:2: 'Agre' is not an answer to statement 87 (leadership.1): its answers are 1 (Strongly disagree),"
                + " 2 (Disagree), 3 (Neither agree nor disagree), 4 (Agree), 5 (Strongly agree), dk (Don't know),"
                + " na (Not applicable); did you mean 'Agree'?",
            "ccg-diag import: nothing imported; correct the spreadsheets above and import again");
    assertThat(dir.resolve("answers")).doesNotExist();
  }

  @Test
  void theBlankSpreadsheetHasAByteOrderMarkAndReadsBackOnceFilledIn() throws IOException {
    String blank =
        ccgDiag("questionnaires", "export", BundledQuestionnaires.DEFAULT_ID, "--format", "csv")
            .assertSuccess()
            .out();

    assertThat(blank)
        .startsWith("\uFEFForganisation,respondent,role,perspective,round,date,")
        .endsWith("\r\n");
    assertThat(blank.lines()).hasSize(1);
    List<String> header = records(blank.substring(1)).get(0).toList();
    assertThat(header).hasSize(6 + BUNDLED.questions().size());
    assertThat(header.get(6)).isEqualTo("1. " + BUNDLED.questions().get(0).text());
    assertThat(header.get(7)).startsWith("2. ");

    String withNotes =
        ccgDiag(
                "questionnaires",
                "export",
                BundledQuestionnaires.DEFAULT_ID,
                "--format",
                "csv",
                "--notes")
            .out();
    assertThat(records(withNotes.substring(1)).get(0).toList())
        .hasSize(6 + 2 * BUNDLED.questions().size())
        .contains(BUNDLED.questions().get(0).id() + " note");

    // A sheet filled in after the header reads back: the header is exactly what the reader accepts.
    Files.writeString(
        dir.resolve("filled.csv"),
        withNotes + "NHS Example CCG,Dr A,Chair,self,2012-01,2012-01-20,Agree,Minuted\r\n");
    ccgDiag("validate", "filled.csv").assertSuccess().assertErr().isEmpty();
    JsonNode report =
        JSON.readTree(ccgDiag("score", "--format", "json", "filled.csv").assertSuccess().out());
    assertThat(report.get("organisation").asText()).isEqualTo("NHS Example CCG");
    assertThat(report.get("notes").get(0).get("text").asText()).isEqualTo("Minuted");
  }

  @Test
  void aSpreadsheetOfSeveralOrganisationsNeedsAnOutputDirectory() throws IOException {
    Files.writeString(
        dir.resolve("cluster.csv"), "organisation,leadership.1\nNHS A CCG,4\nNHS B CCG,2\n");

    ccgDiag("score", "cluster.csv")
        .assertUsageError()
        .assertErr()
        .startsWith(
            "ccg-diag score: 2 CCGs in cluster.csv: use -o OUT to write a report for each and the summary");
    ccgDiag("score", "-o", "out", ".")
        .assertSuccess()
        .assertOut()
        .startsWith("Scored 2 answer sets from 1 file for 2 CCGs");
    assertThat(names(dir.resolve("out"))).contains("nhs-a-ccg.md", "nhs-b-ccg.md", "summary.csv");
  }

  private static List<CSVRecord> records(String csv) throws IOException {
    return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
  }

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
