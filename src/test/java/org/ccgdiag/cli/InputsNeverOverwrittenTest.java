package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ccgdiag.batch.MiniFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 24, item 2: no output of a run is ever written over one of that run's inputs, whatever name
 * reaches it (./, a symbolic link, a hard link); the run stops with exit 2 before writing.
 */
class InputsNeverOverwrittenTest {
  private static final String MINI = MiniFiles.questionnaireFile().toString();
  private static final List<String> KEYS = List.of("4", "3", "2", "1");

  @TempDir Path work;

  /** An answers file of the workshop questionnaire with one answer, to resume. */
  private String startSession() throws IOException {
    AssessRun.copyWorkshop(work);
    AssessRun.piped(
            work,
            AssessRun.START,
            "4\nq\n",
            "-q",
            "workshop.yaml",
            "--organisation",
            "NHS A CCG",
            "--respondent",
            "A",
            "-a",
            "a.yaml")
        .exits(0);
    return Files.readString(work.resolve("a.yaml"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.yaml", "./a.yaml", "sub/../a.yaml", "link.yaml", "hard.yaml"})
  void assessRefusesAReportOverItsAnswersFile(String report) throws IOException {
    String answers = startSession();
    Files.createDirectories(work.resolve("sub"));
    Files.createSymbolicLink(work.resolve("link.yaml"), work.resolve("a.yaml"));
    Files.createLink(work.resolve("hard.yaml"), work.resolve("a.yaml"));

    AssessRun run =
        AssessRun.piped(
            work,
            AssessRun.START,
            "4\n4\n4\n4\n",
            "-q",
            "workshop.yaml",
            "-a",
            "a.yaml",
            "--report",
            report);

    run.exits(2).assertErr().contains("--report").contains("a.yaml").contains("input");
    assertThat(work.resolve("a.yaml")).hasContent(answers);
  }

  @Test
  void assessRefusesAReportOverTheAnswersFileOfANewSession() throws IOException {
    AssessRun.copyWorkshop(work);

    AssessRun run =
        AssessRun.piped(
            work,
            AssessRun.START,
            "4\n4\n4\n4\n4\n",
            "-q",
            "workshop.yaml",
            "--organisation",
            "NHS A CCG",
            "--respondent",
            "A",
            "-a",
            "new.yaml",
            "--report",
            "./new.yaml");

    run.exits(2).assertErr().contains("--report");
    assertThat(work.resolve("new.yaml")).doesNotExist();
  }

  @Test
  void assessRefusesAReportOverItsQuestionnaire() throws IOException {
    AssessRun.copyWorkshop(work);
    String questionnaire = Files.readString(work.resolve("workshop.yaml"));

    AssessRun run =
        AssessRun.piped(
            work,
            AssessRun.START,
            "4\n4\n4\n4\n4\n",
            "-q",
            "workshop.yaml",
            "--organisation",
            "NHS A CCG",
            "--respondent",
            "A",
            "-a",
            "a.yaml",
            "--report",
            "workshop.yaml");

    run.exits(2).assertErr().contains("--report").contains("workshop.yaml");
    assertThat(work.resolve("workshop.yaml")).hasContent(questionnaire);
  }

  @Test
  void scoreRefusesAnOutputFolderThatIsItsInputFolderThroughALink() throws IOException {
    Path cluster = Files.createDirectories(work.resolve("cluster"));
    String json =
        "{\"format\": \"ccg-diag/answers@1\", \"questionnaire\": {\"id\": \"mini\", \"version\": \"1.0.0\"},"
            + " \"organisation\": \"NHS A CCG\", \"respondent\": {\"name\": \"A\"}, \"answers\": {\"lead.1\": \"4\"}}";
    Files.writeString(cluster.resolve("nhs-a-ccg.json"), json);
    Files.createSymbolicLink(work.resolve("out"), cluster);

    CommandRun.Result run =
        CommandRun.in(work).run("score", "-q", MINI, "--format", "json", "-o", "out", "cluster");

    run.assertUsageError().assertErr().contains("nhs-a-ccg.json").contains("input");
    assertThat(cluster.resolve("nhs-a-ccg.json")).hasContent(json);
    assertThat(cluster.resolve("summary.csv")).doesNotExist();
  }

  @Test
  void scoreRefusesASummaryOverASpreadsheetHardLinkedIntoTheOutputFolder() throws IOException {
    String csv = "organisation,respondent,lead.1\nNHS A CCG,A,4\n";
    Files.writeString(work.resolve("sheet.csv"), csv);
    Files.createDirectories(work.resolve("out"));
    Files.createLink(work.resolve("out/summary.csv"), work.resolve("sheet.csv"));

    CommandRun.in(work)
        .run("score", "-q", MINI, "-o", "out", "sheet.csv")
        .assertUsageError()
        .assertErr()
        .contains("summary.csv")
        .contains("sheet.csv");
    assertThat(work.resolve("sheet.csv")).hasContent(csv);
    assertThat(work.resolve("out/nhs-a-ccg.md")).doesNotExist();
  }

  @Test
  void scoreRefusesToReplaceTheBaselineItReads() throws IOException {
    Files.writeString(
        work.resolve("a.yaml"), MiniFiles.answers("NHS A CCG", "1.0.0", "A", KEYS, null));
    CommandRun.in(work)
        .run("score", "-q", MINI, "--format", "md,json", "-o", "out", "a.yaml")
        .assertSuccess();
    String summary = Files.readString(work.resolve("out/summary.json"));

    CommandRun.in(work)
        .run("score", "-q", MINI, "--format", "md,json", "-o", "out", "--baseline", "out", "a.yaml")
        .assertUsageError()
        .assertErr()
        .contains("out/nhs-a-ccg.json is an input")
        .contains("--baseline out");
    CommandRun.in(work)
        .run("score", "-q", MINI, "-o", "./out/", "--baseline", "out/summary.json", "a.yaml")
        .assertUsageError();
    assertThat(work.resolve("out/summary.json")).hasContent(summary);
    // Into another folder, the same baseline is fine.
    CommandRun.in(work)
        .run("score", "-q", MINI, "-o", "next", "--baseline", "out", "a.yaml")
        .assertSuccess();
  }

  @Test
  void importNeverWritesOverItsSpreadsheet() throws IOException {
    String csv = "organisation,respondent,lead.1\nNHS A CCG,A,4\n";
    Files.writeString(work.resolve("sheet.csv"), csv);
    Files.createDirectories(work.resolve("out"));
    Files.createSymbolicLink(work.resolve("out/nhs-a-ccg--a.yaml"), work.resolve("sheet.csv"));

    CommandRun.in(work)
        .run("import", "-q", MINI, "-o", "out", "sheet.csv")
        .assertExitCode(1)
        .assertErr()
        .contains("nhs-a-ccg--a.yaml");
    assertThat(work.resolve("sheet.csv")).hasContent(csv);
  }
}
