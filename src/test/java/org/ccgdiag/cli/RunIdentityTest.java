package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccgdiag.batch.MiniFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24, item 9: after a killed {@code score -o} the summary disagrees with some reports beside
 * it, and the reader must be able to tell. Every report and every summary of one run name the run
 * (its start, from the command's clock); a report of another run names another.
 */
class RunIdentityTest {
  private static final String MINI = MiniFiles.questionnaireFile().toString();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The first run's start, as {@link CommandRun} fixes it. */
  private static final String FIRST = "2026-11-25T10:00:00Z";

  /** The second run's start: named to the millisecond. */
  private static final Instant SECOND_START = Instant.parse("2026-11-26T09:30:15.123456789Z");

  private static final String SECOND = "2026-11-26T09:30:15.123Z";

  @TempDir Path work;

  private void answers(String file, String organisation, List<String> keys) throws IOException {
    Files.writeString(
        work.resolve(file), MiniFiles.answers(organisation, "1.0.0", "Someone", keys, null));
  }

  private CommandRun secondRun() {
    return CommandRun.with(
        new Context(
            new ByteArrayInputStream(new byte[0]),
            Clock.fixed(SECOND_START, ZoneOffset.UTC),
            Map.of(),
            work));
  }

  private static String[] score(String out, String... files) {
    List<String> args =
        new ArrayList<>(List.of("score", "-q", MINI, "--format", "md,json,html", "-o", out));
    args.addAll(List.of(files));
    return args.toArray(String[]::new);
  }

  /** The run a JSON report names. */
  private static String runOfReport(Path json) throws IOException {
    return JSON.readTree(json.toFile()).get("run").asText();
  }

  /** The run of each row of summary.json. */
  private static List<String> runsOfSummary(Path out) throws IOException {
    List<String> runs = new ArrayList<>();
    JSON.readTree(out.resolve("summary.json").toFile())
        .forEach(row -> runs.add(row.get("run").asText()));
    return runs;
  }

  /** Each report of the organisation, in every text format, names the run, and only that one. */
  private static void assertReportsOfRun(Path out, String slug, String run, String otherRun)
      throws IOException {
    assertThat(runOfReport(out.resolve(slug + ".json"))).as(slug + ".json").isEqualTo(run);
    assertThat(Files.readString(out.resolve(slug + ".md")))
        .as(slug + ".md")
        .contains("Written by the score run " + run + ": ")
        .doesNotContain(otherRun);
    assertThat(Files.readString(out.resolve(slug + ".html")))
        .as(slug + ".html")
        .contains("run " + run)
        .doesNotContain(otherRun);
  }

  @Test
  void theSummaryAndTheReportsItWasWrittenWithNameOneRunAndAnOlderReportNamesItsOwn()
      throws IOException {
    answers("a.yaml", "NHS A CCG", List.of("4", "3", "2", "1"));
    answers("b.yaml", "NHS B CCG", List.of("2", "2", "2", "2"));
    CommandRun.in(work).run(score("out", "a.yaml", "b.yaml")).assertSuccess();
    // The second run scores A again, with other answers, and C; B's reports stay from the first.
    answers("a.yaml", "NHS A CCG", List.of("1", "1", "1", "1"));
    answers("c.yaml", "NHS C CCG", List.of("5", "5", "5", "5"));

    secondRun().run(score("out", "a.yaml", "c.yaml")).assertSuccess();

    Path out = work.resolve("out");
    JsonNode rows = JSON.readTree(out.resolve("summary.json").toFile());
    assertThat(rows.findValuesAsText("report")).containsExactly("nhs-a-ccg", "nhs-c-ccg");
    assertThat(runsOfSummary(out)).containsExactly(SECOND, SECOND);
    List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
    assertThat(csv.get(0)).endsWith(",run");
    assertThat(csv.subList(1, csv.size()))
        .hasSize(2)
        .allSatisfy(row -> assertThat(row).endsWith("," + SECOND));
    for (String summary : List.of("summary.md", "summary.html")) {
      assertThat(Files.readString(out.resolve(summary)))
          .as(summary)
          .contains(
              "Run " + SECOND + ": this summary and the reports written with it carry this run")
          .doesNotContain(FIRST);
    }
    assertReportsOfRun(out, "nhs-a-ccg", SECOND, FIRST);
    assertReportsOfRun(out, "nhs-c-ccg", SECOND, FIRST);
    // Left from the first run: its run says it was not written with this summary.
    assertReportsOfRun(out, "nhs-b-ccg", FIRST, SECOND);
  }

  /**
   * A run killed after some reports and before its summary: every file is written by an atomic
   * rename, so what a kill leaves is each file either as the run before wrote it or as the killed
   * run did. Here the killed run's report of A replaces the first run's, and the summary stays.
   */
  @Test
  void aRunKilledBeforeItsSummaryLeavesReportsWhoseRunIsNotTheSummarys() throws IOException {
    answers("a.yaml", "NHS A CCG", List.of("4", "3", "2", "1"));
    answers("b.yaml", "NHS B CCG", List.of("2", "2", "2", "2"));
    CommandRun.in(work).run(score("out", "a.yaml", "b.yaml")).assertSuccess();
    Path out = work.resolve("out");
    String summaryBefore = Files.readString(out.resolve("summary.json"));
    answers("a.yaml", "NHS A CCG", List.of("1", "1", "1", "1"));
    secondRun().run(score("killed", "a.yaml", "b.yaml")).assertSuccess();
    for (String extension : List.of("md", "json", "html")) {
      Files.copy(
          work.resolve("killed/nhs-a-ccg." + extension),
          out.resolve("nhs-a-ccg." + extension),
          StandardCopyOption.REPLACE_EXISTING);
    }

    assertThat(out.resolve("summary.json")).hasContent(summaryBefore);
    assertThat(runsOfSummary(out)).containsExactly(FIRST, FIRST);
    assertReportsOfRun(out, "nhs-a-ccg", SECOND, FIRST);
    assertReportsOfRun(out, "nhs-b-ccg", FIRST, SECOND);
    // The figures differ too, and only the runs say which file is of which run.
    assertThat(
            JSON.readTree(out.resolve("nhs-a-ccg.json").toFile())
                .at("/overall/score")
                .decimalValue())
        .isNotEqualByComparingTo(JSON.readTree(summaryBefore).get(0).get("overall").decimalValue());
  }

  @Test
  void thePdfsAndTheSummaryWorkbookNameTheRunToo() throws IOException {
    answers("a.yaml", "NHS A CCG", List.of("4", "3", "2", "1"));

    secondRun()
        .run("score", "-q", MINI, "--format", "pdf,xlsx", "-o", "out", "a.yaml")
        .assertSuccess();

    Path out = work.resolve("out");
    assertThat(pdfText(out.resolve("nhs-a-ccg.pdf"))).contains("run " + SECOND);
    assertThat(pdfText(out.resolve("summary.pdf"))).contains("Run " + SECOND);
    try (InputStream in = Files.newInputStream(out.resolve("summary.xlsx"));
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet("Summary");
      Row header = sheet.getRow(0);
      assertThat(header.getCell(header.getLastCellNum() - 1).getStringCellValue()).isEqualTo("Run");
      assertThat(sheet.getRow(1).getCell(header.getLastCellNum() - 1).getStringCellValue())
          .isEqualTo(SECOND);
    }
  }

  /**
   * The text of a PDF with its line breaks as spaces, or none after a hyphen (a long line wraps
   * there too).
   */
  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("-\\s+", "-").replaceAll("\\s+", " ");
    }
  }

  @Test
  void aReportNotWrittenBesideASummaryNamesNoRun() throws IOException {
    answers("a.yaml", "NHS A CCG", List.of("4", "3", "2", "1"));

    String json =
        CommandRun.in(work)
            .run("score", "-q", MINI, "--format", "json", "a.yaml")
            .assertSuccess()
            .out();
    String md = CommandRun.in(work).run("score", "-q", MINI, "a.yaml").assertSuccess().out();

    assertThat(JSON.readTree(json).get("run").isNull()).isTrue();
    assertThat(md).doesNotContain("run " + FIRST);
  }
}
