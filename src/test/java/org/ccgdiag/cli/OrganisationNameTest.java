package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.ccgdiag.batch.MiniFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 24, items 1 and 9: an organisation whose name is nothing a person can see (characters the
 * answers loader drops, or only invisible ones) is refused where it is read, with exit 1, never an
 * internal error; names that differ only in Unicode normal form are one organisation.
 */
class OrganisationNameTest {
  private static final String MINI = MiniFiles.questionnaireFile().toString();
  private static final List<String> KEYS = List.of("4", "3", "2", "1");

  @TempDir Path work;

  /**
   * YAML escapes for: a bell, DEL, U+009B, U+FFFE, a lone surrogate (JSON-style), and only U+200B.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\\a",
        "\\x7f",
        "\\x9b",
        "\\uFFFE",
        "\\a\\x7f\\x9b\\uFFFE",
        "\\u200B",
        "\\u200B \\u2060\\uFEFF"
      })
  void anInvisibleOrganisationIsAnErrorForEveryCommand(String escaped) throws IOException {
    Files.writeString(
        work.resolve("good.yaml"), MiniFiles.answers("NHS Good CCG", "1.0.0", "A", KEYS, null));
    String bad =
        MiniFiles.answers("PLACEHOLDER", "1.0.0", "B", KEYS, null).replace("PLACEHOLDER", escaped);
    Files.writeString(work.resolve("bad.yaml"), bad);

    CommandRun.in(work)
        .run("validate", "-q", MINI, "bad.yaml")
        .assertInvalidInput()
        .assertErr()
        .contains("bad.yaml:3:15: 'organisation'")
        .doesNotContain("internal error");
    CommandRun.in(work)
        .run("score", "-q", MINI, "bad.yaml")
        .assertInvalidInput()
        .assertErr()
        .contains("bad.yaml:3:15:")
        .doesNotContain("internal error");
    // One such file among others: the others are still scored and written.
    CommandRun.in(work)
        .run("score", "-q", MINI, "-o", "out", "good.yaml", "bad.yaml")
        .assertInvalidInput()
        .assertErr()
        .contains("bad.yaml:3:15:")
        .doesNotContain("internal error");
    assertThat(work.resolve("out/nhs-good-ccg.md")).exists();
    assertThat(work.resolve("out/summary.csv")).content().contains("NHS Good CCG");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0007", "\u007f", "\u009b", "\ufffe", "\u200b", "\u200b\u2060"})
  void anInvisibleOrganisationInASpreadsheetIsAnErrorForEveryCommand(String organisation)
      throws IOException {
    String csv = "organisation,respondent,lead.1\nNHS Good CCG,A,4\n" + organisation + ",B,3\n";
    Files.write(work.resolve("sheet.csv"), csv.getBytes(StandardCharsets.UTF_8));

    CommandRun.in(work)
        .run("validate", "-q", MINI, "sheet.csv")
        .assertInvalidInput()
        .assertErr()
        .contains("sheet.csv:3:1: 'organisation'")
        .doesNotContain("internal error");
    CommandRun.in(work)
        .run("score", "-q", MINI, "sheet.csv")
        .assertInvalidInput()
        .assertErr()
        .contains("sheet.csv:3:1:")
        .doesNotContain("internal error");
    CommandRun.in(work)
        .run("import", "-q", MINI, "-o", "imported", "sheet.csv")
        .assertInvalidInput()
        .assertErr()
        .contains("sheet.csv:3:1:")
        .doesNotContain("internal error");
  }

  @Test
  void aLoneSurrogateInAJsonFileIsRefusedToo() throws IOException {
    Files.writeString(
        work.resolve("bad.json"),
        "{\"format\": \"ccg-diag/answers@1\", \"questionnaire\": {\"id\": \"mini\","
            + " \"version\": \"1.0.0\"}, \"organisation\": \"\\ud800\", \"answers\": {}}");

    CommandRun.in(work)
        .run("validate", "-q", MINI, "bad.json")
        .assertInvalidInput()
        .assertErr()
        .contains("'organisation'")
        .doesNotContain("internal error");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0007", "\u200b", "\u0007\u009b"})
  void assessRefusesAnInvisibleOrganisationBeforeWritingAnything(String organisation)
      throws IOException {
    AssessRun.copyWorkshop(work);
    AssessRun run =
        AssessRun.piped(
            work,
            AssessRun.START,
            "q\n",
            "-q",
            "workshop.yaml",
            "--organisation",
            organisation,
            "--respondent",
            "A",
            "-a",
            "a.yaml");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    assertThat(run.err()).contains("--organisation");
    assertThat(work.resolve("a.yaml")).doesNotExist();
  }

  @Test
  void assessAsksAgainForAnInvisibleOrganisation() throws IOException {
    AssessRun.copyWorkshop(work);
    AssessRun run =
        AssessRun.piped(
            work,
            AssessRun.START,
            "\u200b\nNHS Real CCG\n\n\n\nq\n",
            "-q",
            "workshop.yaml",
            "-a",
            "a.yaml");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(work.resolve("a.yaml")).content().contains("organisation: NHS Real CCG");
  }

  @Test
  void composedAndDecomposedSpellingsAreOneOrganisationAndTheJoinIsSaid() throws IOException {
    String nfc = Normalizer.normalize("Café CCG", Normalizer.Form.NFC);
    String nfd = Normalizer.normalize("Café CCG", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc);
    Files.writeString(work.resolve("a.yaml"), MiniFiles.answers(nfc, "1.0.0", "A", KEYS, null));
    Files.writeString(work.resolve("b.yaml"), MiniFiles.answers(nfd, "1.0.0", "B", KEYS, null));

    CommandRun.Result run =
        CommandRun.in(work)
            .run("score", "-q", MINI, "-o", "out", "a.yaml", "b.yaml")
            .assertSuccess();

    assertThat(run.err()).contains("b.yaml:3:15: warning: 'organisation'").contains("NFC");
    assertThat(work.resolve("out/summary.csv"))
        .content()
        .satisfies(csv -> assertThat(csv.lines().count()).isEqualTo(2))
        .contains(nfc + ",2,");
  }
}
