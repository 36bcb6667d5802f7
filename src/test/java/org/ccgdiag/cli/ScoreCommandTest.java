package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ccgdiag.batch.MiniFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The score command, run in-process the way main runs it. */
class ScoreCommandTest {
  private static final String MINI = MiniFiles.questionnaireFile().toString();

  @TempDir Path work;

  private Path cluster;

  /**
   * One run of the command line: its exit code and what it printed, shown when an assertion fails.
   */
  record Cli(CommandLine commandLine, StringWriter out, StringWriter err) {
    static Cli in(Path workingDirectory) {
      Context context =
          new Context(
              new ByteArrayInputStream(new byte[0]),
              Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC),
              Map.of(),
              workingDirectory);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      return new Cli(
          Main.commandLine(context, new PrintWriter(out, true), new PrintWriter(err, true)),
          out,
          err);
    }

    Cli run(int expectedExitCode, String... args) {
      int exitCode = commandLine.execute(args);
      assertThat(exitCode)
          .as(
              "exit code of ccg-diag %s%n--- stdout:%n%s%n--- stderr:%n%s",
              String.join(" ", args), out, err)
          .isEqualTo(expectedExitCode);
      return this;
    }
  }

  @BeforeEach
  void copyCluster() throws IOException {
    cluster = Files.createDirectories(work.resolve("cluster"));
    for (Path file : MiniFiles.cluster()) {
      Files.copy(file, cluster.resolve(file.getFileName()));
    }
  }

  private Cli score(int expectedExitCode, String... args) {
    String[] all =
        Stream.concat(Stream.of("score", "-q", MINI), Stream.of(args)).toArray(String[]::new);
    return Cli.in(work).run(expectedExitCode, all);
  }

  // ---- one file to stdout ----

  @Test
  void oneFileWithoutOutputPrintsItsMarkdownReport() {
    Cli cli = score(0, "cluster/b1.yaml");

    assertThat(cli.out().toString()).startsWith("# ").contains("SUM(1+1) CCG");
    assertThat(cli.err().toString()).isEmpty();
  }

  @Test
  void oneFileAsJson() {
    Cli cli = score(0, "--format", "json", "cluster/b1.yaml");

    assertThat(cli.out().toString()).startsWith("{").contains("\"organisation\"");
  }

  @Test
  void aDirectoryHoldingOneFileIsOneFile() throws IOException {
    Files.createDirectories(work.resolve("one"));
    Files.copy(cluster.resolve("c1.json"), work.resolve("one/c1.json"));

    assertThat(score(0, "one").out().toString()).contains("Gamma CCG");
  }

  @Test
  void aWarningGoesToStderrAndTheReportStillToStdout() {
    Cli cli = score(0, "cluster/a2.yaml");

    assertThat(cli.err().toString())
        .isEqualTo(
            "cluster/a2.yaml:2:36: warning: these answers were given to version 0.9.0 of 'mini'; scored against version 1.0.0\n");
    assertThat(cli.out().toString()).contains("nhs ALPHA ccg");
  }

  @Test
  void oneBadFileWithoutOutputPrintsItsProblemsAndNoReport() throws IOException {
    Files.writeString(work.resolve("bad.yaml"), "format: [\n");

    Cli cli = score(1, "bad.yaml");

    assertThat(cli.out().toString()).isEmpty();
    assertThat(cli.err().toString()).startsWith("bad.yaml:2:1: YAML syntax error");
  }

  // ---- usage errors ----

  @Test
  void severalFilesNeedAnOutputDirectory() {
    Cli cli = score(2, "cluster");

    assertThat(cli.err().toString())
        .startsWith(
            "ccg-diag score: 4 answer files found: use -o OUT to write a report per organisation and the summary")
        .contains("ccg-diag score --help");
    assertThat(cli.out().toString()).isEmpty();
  }

  @Test
  void severalFormatsNeedAnOutputDirectory() {
    assertThat(score(2, "--format", "json,md", "cluster/b1.yaml").err().toString())
        .contains("several formats (--format json,md) need -o OUT");
  }

  @Test
  void otherUsageErrors() {
    assertThat(score(2, "--jobs", "0", "-o", "out", "cluster").err().toString())
        .contains("--jobs must be at least 1, not 0");
    assertThat(score(2, "--jobs", "many", "cluster").err().toString()).contains("--jobs");
    assertThat(score(2, "--format", "docx", "cluster").err().toString())
        .contains("'docx' is not a report format; use md, json, html, xlsx or pdf");
    assertThat(score(2, "--format", "pdf", "cluster/b1.yaml").err().toString())
        .contains("--format pdf writes files, not text to print: use -o OUT");
    assertThat(score(2, "--progress", "sometimes", "cluster").err().toString())
        .contains("'sometimes' is not one of auto, always, never");
    assertThat(score(2).err().toString()).contains("PATH");
    assertThat(work.resolve("out")).doesNotExist();
  }

  @Test
  void helpListsTheOptionsAndExitCodes() {
    String help = Cli.in(work).run(0, "score", "--help").out().toString();

    assertThat(help).contains("--format", "-o, --output", "--jobs", "--progress", "Exit codes:");
  }

  // ---- a batch into a directory ----

  @Test
  void writesOneReportPerOrganisationAndFormatAndTheSummaries() throws IOException {
    Cli cli = score(0, "--format", "json,md", "-o", "out", "cluster");

    assertThat(files(work.resolve("out")).keySet())
        .containsExactly(
            "gamma-ccg.json",
            "gamma-ccg.md",
            "nhs-alpha-ccg.json",
            "nhs-alpha-ccg.md",
            "sum-1-1-ccg.json",
            "sum-1-1-ccg.md",
            "summary.csv",
            "summary.json",
            "summary.md");
    assertThat(cli.out().toString())
        .isEqualTo("Scored 4 answer files for 3 organisations; reports and summary in out\n");
    assertThat(cli.err().toString())
        .isEqualTo(
            "cluster/a2.yaml:2:36: warning: these answers were given to version 0.9.0 of 'mini'; scored against version 1.0.0\n");
    assertThat(Files.readString(work.resolve("out/summary.csv")))
        .isEqualTo(
            "\uFEFForganisation,respondents,overall,lead,plan,top_need,round,coverage,dont_know,top_need_title,gov,"
                + "status,since,overall_change,lead_change,plan_change,lead_status,plan_status,run\r\n"
                + "'=SUM(1+1) CCG,1,87.5,100.0,75.0,,,1.000,0,,100.0,scored,,,,,scored,scored,2026-11-25T12:00:00Z\r\n"
                // Four don't-knows: no evidence at all, so the overall and both domains are
                // insufficient.
                + "Gamma CCG,1,,,,gov,,0.000,4,Governance (knowledge),,insufficient-evidence,,,,,"
                + "insufficient-evidence,insufficient-evidence,2026-11-25T12:00:00Z\r\n"
                + "NHS Alpha CCG,2,56.3,68.8,43.8,gov,,0.875,1,Governance (knowledge),43.8,scored,,,,,scored,scored,"
                + "2026-11-25T12:00:00Z\r\n");
    assertThat(Files.readString(work.resolve("out/nhs-alpha-ccg.json")))
        .contains(
            "\"organisation\": \"NHS Alpha CCG\"", "these answers were given to version 0.9.0");
  }

  @Test
  void markdownIsTheDefaultFormat() throws IOException {
    score(0, "-o", "out", "cluster");

    assertThat(files(work.resolve("out")).keySet())
        .containsExactly(
            "gamma-ccg.md",
            "nhs-alpha-ccg.md",
            "sum-1-1-ccg.md",
            "summary.csv",
            "summary.json",
            "summary.md");
  }

  @Test
  void hostileOrganisationNamesGiveSafeDistinctFileNames() throws IOException {
    Path hostile = Files.createDirectories(work.resolve("hostile"));
    List<String> names =
        List.of(
            "../../etc",
            "Summary",
            "summary.json",
            "Café Crème",
            "cafe creme",
            "CAFÉ-CRÈME",
            "///",
            "東京",
            "<script>x</script>");
    for (int i = 0; i < names.size(); i++) {
      Files.writeString(
          hostile.resolve("f" + i + ".yaml"),
          MiniFiles.answers(names.get(i), "1.0.0", "R" + i, List.of("4", "4", "4", "4"), null));
    }

    Cli cli = score(0, "-o", "out", "hostile");

    // Organisations in name order ("///", "../../etc", "<script>...", "cafe creme", "café crème"
    // and
    // "CAFÉ-CRÈME", ...) and their slugs numbered in that order; summary stays the summary.
    assertThat(files(work.resolve("out")).keySet())
        .containsExactly(
            "cafe-creme-2.md",
            "cafe-creme-3.md",
            "cafe-creme.md",
            "etc.md",
            "organisation-2.md",
            "organisation.md",
            "script-x-script.md",
            "summary-2.md",
            "summary-json.md",
            "summary.csv",
            "summary.json",
            "summary.md");
    assertThat(cli.out().toString()).startsWith("Scored 9 answer files for 9 organisations");
    assertThat(work.resolve("etc")).doesNotExist();
    assertThat(Files.readString(work.resolve("out/summary.json")))
        .contains("\"report\": \"summary-2\"");
  }

  @Test
  void badFilesInABatchAreNamedAndSkippedAndTheRestScored() throws IOException {
    Files.writeString(
        cluster.resolve("malformed.yaml"),
        "format: ccg-diag/answers@1\norganisation: \"unclosed\n");
    Files.writeString(
        cluster.resolve("other.yaml"),
        MiniFiles.answers("NHS Other CCG", "1.0.0", "O", List.of("4", "4", "4", "4"), null)
            .replace("id: mini", "id: elsewhere"));
    Files.write(cluster.resolve("binary.json"), new byte[] {0x00, 0x01, (byte) 0xfe, 0x7f, 0x00});

    Cli cli = score(1, "--format", "json,md", "-o", "out", "cluster", "missing-dir");

    assertThat(cli.err().toString().lines())
        .satisfiesExactly(
            line -> assertThat(line).isEqualTo("missing-dir: no such file or directory"),
            line -> assertThat(line).matches("cluster/a2\\.yaml:2:36: warning: .*"),
            line ->
                assertThat(line)
                    .matches("cluster/binary\\.json:1:\\d+: the file is not UTF-8 text.*"),
            line ->
                assertThat(line).matches("cluster/malformed\\.yaml:\\d+:\\d+: YAML syntax error.*"),
            line ->
                assertThat(line)
                    .matches(
                        "cluster/other\\.yaml:2:21: these answers are for questionnaire 'elsewhere', not 'mini'.*"));
    assertThat(cli.out().toString())
        .isEqualTo(
            "Scored 4 answer files for 3 organisations; 4 failed (see the messages above); reports and summary in out\n");
    assertThat(files(work.resolve("out"))).hasSize(9);
  }

  @Test
  void outputIsByteForByteTheSameForAnyNumberOfJobs() throws IOException {
    MiniFiles.writeMany(work.resolve("many"), 400, 23, 7);
    Files.writeString(work.resolve("many/zz-broken.yaml"), "organisation: [\n");

    Cli one = score(1, "--jobs", "1", "--format", "json,md", "-o", "out1", "many");
    Cli four = score(1, "--jobs", "4", "--format", "json,md", "-o", "out4", "many");

    Map<String, String> first = files(work.resolve("out1"));
    assertThat(first).hasSize(23 * 2 + 3);
    assertThat(files(work.resolve("out4"))).isEqualTo(first);
    assertThat(four.err().toString()).isEqualTo(one.err().toString()).contains("zz-broken.yaml");
    assertThat(four.out().toString()).isEqualTo(one.out().toString().replace("out1", "out4"));
  }

  @Test
  void filesInsideTheOutputDirectoryAreNotRead() {
    score(0, "--format", "json", "-o", "cluster/reports", "cluster");
    // The second run finds the first run's reports and summary.json under cluster/, and leaves them
    // alone.
    Cli again = score(0, "--format", "json", "-o", "cluster/reports", "cluster");

    assertThat(again.out().toString()).startsWith("Scored 4 answer files for 3 organisations");
  }

  @Test
  void anOutputThatIsAFileIsAnError() throws IOException {
    Files.writeString(work.resolve("out"), "not a directory");

    assertThat(score(1, "-o", "out", "cluster").err().toString())
        .contains("out: not a directory; -o needs a directory for the reports");
  }

  @Test
  void aReportThatCannotBeWrittenStopsTheBatch() throws IOException {
    // A directory (not empty) where a report should go: the report cannot replace it.
    Files.createDirectories(work.resolve("out/gamma-ccg.md/inside"));

    assertThat(score(1, "-o", "out", "cluster").err().toString())
        .contains("out: cannot write the reports: ")
        .contains("gamma-ccg.md");
    assertThat(work.resolve("out/summary.csv")).doesNotExist();
  }

  @Test
  void noAnswerFilesFoundIsAnError() throws IOException {
    Files.createDirectories(work.resolve("empty"));

    assertThat(score(1, "-o", "out", "empty").err().toString())
        .contains("no answer files (*.yaml, *.yml, *.json, *.csv or *.xlsx) found in empty");
  }

  @Test
  void progressBarOnlyWhenAskedForOrOnATerminal() {
    // Tests have no terminal: by default nothing but problems on stderr.
    assertThat(score(0, "-o", "out", "cluster/b1.yaml").err().toString()).isEmpty();

    Cli cli = score(0, "--progress", "always", "-o", "out2", "cluster/b1.yaml");

    assertThat(cli.err().toString()).contains("\r", "Reading answer files", "Writing reports");
  }

  @Test
  void theListingsMessagesComeBeforeTheQuestionnairesThoughBothAreReadAtOnce() throws IOException {
    // The questionnaire loads on another thread while the files are listed; its messages still
    // follow.
    Files.createDirectories(work.resolve("empty"));
    Files.writeString(work.resolve("broken.yaml"), "format: ccg-diag/questionnaire@1\nid: [\n");

    String err =
        Cli.in(work)
            .run(1, "score", "-q", "broken.yaml", "-o", "out", "empty", "cluster/b1.yaml")
            .err()
            .toString();

    assertThat(err)
        .contains("empty: warning: no *.yaml", "broken.yaml:", "the questionnaire is not valid");
    assertThat(err.indexOf("empty: warning")).isLessThan(err.indexOf("broken.yaml:"));
    assertThat(err.indexOf("broken.yaml:"))
        .isLessThan(err.indexOf("the questionnaire is not valid"));

    // A usage error found while listing stops the command before the questionnaire says anything.
    String usage = Cli.in(work).run(2, "score", "-q", "broken.yaml", "cluster").err().toString();
    assertThat(usage).contains("use -o OUT").doesNotContain("broken.yaml");
  }

  /** Every file in a directory, by name, with its content. */
  private static Map<String, String> files(Path directory) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(directory)) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
