package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden reports: every folder of {@code src/test/resources/golden/} is a case with {@code
 * answers/} (answer files), an optional {@code questionnaire.yaml} (else the bundled one) and
 * {@code expected/}: every file {@code ccg-diag score -o OUT --format md,json,html answers/}
 * writes, byte for byte. New folders are found automatically.
 *
 * <p>To regenerate the expected files after a deliberate change, run {@code mvn test
 * -Dtest=GoldenReportsTest -Dgolden.update=true}, then read the diff before committing it: the
 * expected files are what a person looked at.
 */
class GoldenReportsTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  static final String FORMATS = "md,json,html";
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theReportsAreTheOnesLookedAt(String name, @TempDir Path out) throws IOException {
    Path dir = GOLDEN.resolve(name).toAbsolutePath();
    List<String> args =
        new ArrayList<>(List.of("score", "--jobs", "2", "-o", out.toString(), "--format", FORMATS));
    Path questionnaire = dir.resolve("questionnaire.yaml");
    if (Files.exists(questionnaire)) {
      args.addAll(List.of("-q", questionnaire.toString()));
    }
    args.add(dir.resolve("answers").toString());
    CommandRun.in(dir).run(args.toArray(String[]::new)).assertSuccess();

    Path expected = dir.resolve("expected");
    if (UPDATE) {
      replace(expected, out);
    }
    assertThat(names(out)).as("the files written for %s", name).isEqualTo(names(expected));
    for (String file : names(out)) {
      assertThat(read(out.resolve(file)))
          .as("%s/expected/%s (regenerate with -Dgolden.update=true)", name, file)
          .isEqualTo(read(expected.resolve(file)));
    }
  }

  /**
   * A questionnaire about charities gets reports in its own words: nothing the program writes
   * itself names CCGs, clusters, authorisation, the NHS or a leadership team.
   */
  @org.junit.jupiter.api.Test
  void aQuestionnaireAboutAnotherKindOfOrganisationIsReportedInItsOwnWords() throws IOException {
    Path expected = GOLDEN.resolve("charity-boards/expected");
    for (String file : names(expected)) {
      // The program's own name (in format ids such as ccg-diag/report@1) is not a sentence about
      // anyone.
      assertThat(read(expected.resolve(file)).replace("ccg-diag", ""))
          .as(file)
          .doesNotContainIgnoringCase("CCG")
          .doesNotContainIgnoringCase("cluster")
          .doesNotContainIgnoringCase("authorisation")
          .doesNotContain("NHS")
          .doesNotContainIgnoringCase("leadership");
    }
    assertThat(read(expected.resolve("riverbank-food-bank--2024.md")))
        .contains("3 members of the board of trustees")
        .contains("find out who in the charity or the network does know")
        .contains("## Where the board of trustees disagrees");
    assertThat(read(expected.resolve("summary.md")))
        .startsWith("# Network summary: Trustee board self-review");
  }

  /**
   * docs/example-report.md and .html are the workshop case's reports, so the docs show what the
   * program writes.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "docs/example-report.{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"md", "html"})
  void theDocsExamplesAreTheWorkshopReports(String extension) throws IOException {
    Path golden = GOLDEN.resolve("workshop/expected/nhs-riverside-ccg--2012-03." + extension);
    Path example = Path.of("docs", "example-report." + extension);
    if (UPDATE) {
      Files.copy(golden, example, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(read(example))
        .as("%s (regenerate with -Dgolden.update=true)", example)
        .isEqualTo(read(golden));
  }

  private static void replace(Path expected, Path out) throws IOException {
    Files.createDirectories(expected);
    for (String file : names(expected)) {
      Files.delete(expected.resolve(file));
    }
    for (String file : names(out)) {
      Files.copy(out.resolve(file), expected.resolve(file));
    }
  }

  private static List<String> names(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
