package org.ccgdiag.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccgdiag.problem.Problem;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.SmallQuestionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks of answers (.xlsx, written by Apache POI) read as the CSV of brief section 3b is. */
class WorkbookReaderTest {
  private static final Questionnaire SMALL = SmallQuestionnaire.load();

  @TempDir Path dir;

  private record Read(List<Answers> sets, List<String> lines) {}

  private static Read read(Path file) {
    Problems problems = new Problems(file.getFileName().toString());
    List<Answers> sets = SpreadsheetReader.read(file, SMALL, problems);
    return new Read(sets, problems.sorted().stream().map(Problem::toString).toList());
  }

  private static List<Object> row(Object... cells) {
    return new ArrayList<>(java.util.Arrays.asList(cells));
  }

  private static Map<String, List<List<Object>>> sheets(Object... nameThenRows) {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    for (int i = 0; i < nameThenRows.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<List<Object>> rows = (List<List<Object>>) nameThenRows[i + 1];
      sheets.put((String) nameThenRows[i], rows);
    }
    return sheets;
  }

  @Test
  void theAnswersSheetIsReadWithNumbersAsKeysAndDatesAsExcelStoresThem() throws IOException {
    Path file =
        Workbooks.write(
            dir.resolve("survey.xlsx"),
            sheets(
                "Read me", List.of(row("Fill in the Answers sheet")),
                "Answers",
                    List.of(
                        row(
                            "Organisation",
                            "Date",
                            1.0,
                            "2. We rarely hear from our member practices.",
                            "leadership.1",
                            "leadership.1 note"),
                        row(
                            "NHS A CCG",
                            LocalDateTime.of(2012, 3, 14, 11, 5),
                            2.0,
                            "Don\u2019t know",
                            "agree",
                            "Minuted"),
                        row("NHS A CCG", 40982.5, "1", 1.0, 2.0),
                        row(),
                        row("NHS B CCG", "14/03/2012"))));
    Read read = read(file);

    assertThat(read.lines()).isEmpty();
    assertThat(read.sets()).hasSize(3);
    Answers first = read.sets().get(0);
    assertThat(first.started()).isEqualTo(Instant.parse("2012-03-14T11:05:00Z"));
    assertThat(first.answers())
        .containsExactly(
            Map.entry("clinical-focus.1", new Answer("2", null)),
            Map.entry("clinical-focus.2", new Answer("dk", null)),
            Map.entry("leadership.1", new Answer("2", "Minuted")));
    // 40982.5 is Excel's serial for noon on 14 March 2012.
    assertThat(read.sets().get(1).started()).isEqualTo(Instant.parse("2012-03-14T12:00:00Z"));
    assertThat(read.sets().get(1).answers())
        .containsOnlyKeys("clinical-focus.1", "clinical-focus.2", "leadership.1");
    assertThat(read.sets().get(2).started()).isEqualTo(Instant.parse("2012-03-14T00:00:00Z"));
  }

  @Test
  void withoutAnAnswersSheetTheFirstIsReadAndErrorsAreLocatedAsCells() throws IOException {
    Path file =
        Workbooks.write(
            dir.resolve("survey.xlsx"),
            sheets(
                "Survey results",
                    List.of(
                        row("organisation", "perspective", "clinical-focus.1", "Timestamp"),
                        row("NHS A CCG", "self", 7.0),
                        row("NHS A CCG", "Member practice", "Agre")),
                "Other", List.of(row("organisation"), row("ignored"))));

    assertThat(read(file).lines())
        .containsExactly(
            "survey.xlsx:'Survey results'!D1: unknown column 'Timestamp': questionnaire 'small-test' 1.0.0 has no such"
                + " question; the columns are organisation, respondent, role, perspective, round, date, consensus, one"
                + " per question (its number, id or full text) and '<id> note'",
            "survey.xlsx:'Survey results'!C2: '7' is not an answer to question 1 (clinical-focus.1): its answers are"
                + " 1 (Disagree), 2 (Agree), dk (Don't know), na (Not applicable)",
            "survey.xlsx:'Survey results'!B3: perspective 'member practice' is not valid: use 'self' or a stakeholder"
                + " group id such as member-practice (lower-case letters, digits and hyphens)",
            "survey.xlsx:'Survey results'!C3: 'Agre' is not an answer to question 1 (clinical-focus.1): its answers are"
                + " 1 (Disagree), 2 (Agree), dk (Don't know), na (Not applicable); did you mean 'Agree'?");
  }

  @Test
  void aCellBeyondTheHeaderOrUnderAnEmptyHeaderIsNamedByItsLetters() throws IOException {
    Path file =
        Workbooks.write(
            dir.resolve("survey.xlsx"),
            sheets(
                "Answers",
                List.of(
                    row("organisation", null, "leadership.1"),
                    row("NHS A CCG", "oops", 1.0, null, "extra"))));

    assertThat(read(file).lines())
        .containsExactly(
            "survey.xlsx:Answers!B2: column B has no header; name it or empty its cells",
            "survey.xlsx:Answers!E2: this row has more cells than the header has columns (3); give the column a header or"
                + " empty the cell");
  }

  @Test
  void hostileOrMistakenFilesAreRefusedInOneLine() throws IOException {
    String types =
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    Path laughs =
        Workbooks.zip(
            dir.resolve("laughs.xlsx"),
            Map.of(
                "[Content_Types].xml",
                types,
                "xl/sharedStrings.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]>"
                    + "<sst><si><t>&lol2;</t></si></sst>"));
    // An external entity (XXE): the file's contents would become a cell's text.
    Path external =
        Workbooks.zip(
            dir.resolve("xxe.xlsx"),
            Map.of(
                "[Content_Types].xml",
                types,
                "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>"));
    Path ods =
        Workbooks.zip(
            dir.resolve("ods.xlsx"),
            Map.of(
                "mimetype",
                "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml",
                "<office:document-content/>"));
    Path xls =
        Files.write(
            dir.resolve("old.xlsx"),
            new byte[] {
              (byte) 0xD0,
              (byte) 0xCF,
              0x11,
              (byte) 0xE0,
              (byte) 0xA1,
              (byte) 0xB1,
              0x1A,
              (byte) 0xE1,
              0,
              0
            });
    Path text = Files.writeString(dir.resolve("text.xlsx"), "organisation,leadership.1\nA,1\n");
    Path bomb = Workbooks.bomb(dir.resolve("bomb.xlsx"), WorkbookGuard.MAX_XML + (1 << 20));
    Path notWorkbook = Workbooks.zip(dir.resolve("docs.xlsx"), Map.of("word/document.xml", "<w/>"));

    assertThat(read(laughs).lines())
        .containsExactly(
            "laughs.xlsx: the workbook's part 'xl/sharedStrings.xml' declares a DTD or an entity, which Excel"
                + " never writes; refused");
    assertThat(read(external).lines())
        .containsExactly(
            "xxe.xlsx: the workbook's part 'xl/worksheets/sheet1.xml' declares a DTD or an entity, which Excel"
                + " never writes; refused");
    assertThat(read(ods).lines())
        .containsExactly(
            "ods.xlsx: an OpenDocument spreadsheet (.ods) with an .xlsx name, which ccg-diag does not read;"
                + " save it as .xlsx or .csv");
    assertThat(read(xls).lines())
        .containsExactly(
            "old.xlsx: not an Excel workbook (.xlsx): it is an old-style Office file (an Excel 97-2003"
                + " workbook, .xls, by the look of it); save it as .xlsx or .csv");
    assertThat(read(text).lines())
        .containsExactly("text.xlsx: not an Excel workbook (.xlsx); save it as .xlsx or .csv");
    assertThat(read(bomb).lines())
        .containsExactly(
            "bomb.xlsx: the workbook inflates to more than 134217728 bytes of XML; refused (a zip bomb, or"
                + " far larger than any sheet of answers)");
    assertThat(read(notWorkbook).lines())
        .containsExactly(
            "docs.xlsx: a ZIP archive but not an Excel workbook (it has no [Content_Types].xml); save it as"
                + " .xlsx or .csv");
  }

  @Test
  void aWorkbookTheReaderCannotParseIsAnErrorNotACrash() throws IOException {
    Path broken =
        Workbooks.zip(
            dir.resolve("broken.xlsx"),
            Map.of(
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types><Override PartName=\"/xl/workbook.xml\""
                    + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>",
                "xl/workbook.xml",
                "<workbook><sheets><sheet name=\"Answers\""));

    List<String> lines = read(broken).lines();
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0))
        .startsWith("broken.xlsx: cannot be read as an Excel workbook (")
        .endsWith("); save it as .xlsx or .csv");
  }

  /** A damaged workbook, wherever the damage is, is one or more problems, never an exception. */
  @Test
  void damagedWorkbooksAreProblemsNeverCrashes() throws IOException {
    Path good =
        Workbooks.write(
            dir.resolve("good.xlsx"),
            sheets(
                "Answers",
                List.of(
                    row("organisation", "leadership.1", "date"), row("NHS A CCG", 2.0, 40982.5))));
    byte[] bytes = Files.readAllBytes(good);
    java.util.Random random = new java.util.Random(21);
    int refused = 0;
    for (int i = 0; i < 300; i++) {
      byte[] damaged = bytes.clone();
      for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
        damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
      }
      Path file =
          Files.write(
              dir.resolve("damaged-" + i + ".xlsx"),
              i % 10 == 0
                  ? java.util.Arrays.copyOf(damaged, random.nextInt(damaged.length))
                  : damaged);
      Read read = read(file);
      assertThat(read.sets().isEmpty())
          .as("%s: %s", file, read.lines())
          .isEqualTo(read.lines().stream().anyMatch(l -> !l.contains("warning:")));
      refused += read.sets().isEmpty() ? 1 : 0;
    }
    assertThat(refused).isPositive();
  }
}
