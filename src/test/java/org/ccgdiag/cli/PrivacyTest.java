package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who can read the files the program writes, and the names it leaves out of them. */
class PrivacyTest {
  private static final Path WORKSHOP =
      Path.of("src/test/resources/golden/workshop/answers").toAbsolutePath();

  @TempDir Path dir;

  private CommandRun withEnvironment(Map<String, String> environment) {
    return CommandRun.with(
        new Context(
            new ByteArrayInputStream(new byte[0]),
            Clock.fixed(CommandRun.NOW, ZoneOffset.UTC),
            environment,
            dir));
  }

  private static String mode(Path file) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  @Test
  void reportsAreOwnerOnlyByDefault() throws Exception {
    CommandRun.in(dir)
        .run("score", WORKSHOP.toString(), "-o", "out", "--format", "md,json")
        .assertSuccess();

    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files.toList())
          .isNotEmpty()
          .allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"));
    }
  }

  @Test
  void theFileModeVariableRelaxesReportsAndAnswersFiles() throws Exception {
    CommandRun run = withEnvironment(Map.of(Context.FILE_MODE, "0640"));
    run.run("score", WORKSHOP.toString(), "-o", "out", "--format", "md,html").assertSuccess();
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files.toList())
          .isNotEmpty()
          .allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-r-----"));
    }

    AssessRun.piped(
            dir,
            AssessRun.START,
            Map.of(Context.FILE_MODE, "644"),
            "4\nq\n",
            "--organisation",
            "X",
            "--respondent",
            "Y",
            "-a",
            "a.yaml")
        .exits(0);
    assertThat(mode(dir.resolve("a.yaml"))).isEqualTo("rw-r--r--");
  }

  @Test
  void aFileModeThatIsNotOneIsAUsageError() {
    withEnvironment(Map.of(Context.FILE_MODE, "0755"))
        .run("score", WORKSHOP.toString(), "-o", "out")
        .assertUsageError()
        .assertErr()
        .isEqualTo(
            "ccg-diag score: CCG_DIAG_FILE_MODE=0755 is not a mode for data files; use an octal mode that lets the owner"
                + " read and write and grants no execute bit, such as 0600 or 0640\nRun 'ccg-diag score --help' for usage.\n");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  /** The names in the workshop's answers files, and each surname on its own. */
  private static List<String> respondentNames() throws Exception {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(WORKSHOP)) {
      for (Path file : files.toList()) {
        Matcher name = Pattern.compile("name: \"([^\"]+)\"").matcher(Files.readString(file));
        assertThat(name.find()).as(file.toString()).isTrue();
        names.add(name.group(1));
        names.add(name.group(1).substring(name.group(1).lastIndexOf(' ') + 1));
      }
    }
    return names;
  }

  @Test
  void anonymiseNamesNoRespondentInAnyOutput() throws Exception {
    List<String> names = respondentNames();
    CommandRun.Result named =
        CommandRun.in(dir).run("score", WORKSHOP.toString(), "-o", "named", "--format", "json");
    named.assertSuccess();
    assertThat(Files.readString(dir.resolve("named/nhs-riverside-ccg--2012-03.json")))
        .as("without --anonymise")
        .contains(names.get(0));

    CommandRun.Result run =
        CommandRun.in(dir)
            .run(
                "score",
                "--anonymise",
                WORKSHOP.toString(),
                "-o",
                "out",
                "--format",
                "md,json,html");
    run.assertSuccess();
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      List<Path> outputs = files.toList();
      assertThat(outputs)
          .extracting(f -> f.getFileName().toString())
          .contains(
              "nhs-riverside-ccg--2012-03.md",
              "nhs-riverside-ccg--2012-03.json",
              "nhs-riverside-ccg--2012-03.html",
              "summary.md",
              "summary.json",
              "summary.csv",
              "summary.html");
      for (Path output : outputs) {
        assertThat(Files.readString(output))
            .as(output.toString())
            .doesNotContainIgnoringCase(names.toArray(String[]::new));
      }
    }
    assertThat(run.out() + run.err()).doesNotContainIgnoringCase(names.toArray(String[]::new));
    assertThat(Files.readString(dir.resolve("out/nhs-riverside-ccg--2012-03.md")))
        .contains("A member of the leadership team: ");
    JsonNode notes =
        new ObjectMapper()
            .readTree(dir.resolve("out/nhs-riverside-ccg--2012-03.json").toFile())
            .path("notes");
    assertThat(notes)
        .isNotEmpty()
        .allSatisfy(
            note -> assertThat(note.get("respondent").isNull()).as(note.toString()).isTrue());
  }

  @Test
  void anonymisedWarningsAboutARepeatedRespondentNameNoOne() throws Exception {
    Path answers = Files.createDirectories(dir.resolve("answers"));
    String first = Files.readString(WORKSHOP.resolve("helen-price.yaml"));
    Files.writeString(answers.resolve("first.yaml"), first);
    Files.writeString(
        answers.resolve("second.yaml"), first.replace("updated: 2012-03-", "updated: 2012-04-"));

    CommandRun.Result run = CommandRun.in(dir).run("score", "--anonymise", "answers", "-o", "out");

    run.assertSuccess()
        .assertErr()
        .contains("first.yaml: warning: another answer set of the same respondent (self), ")
        .doesNotContain("Helen", "Price");
    assertThat(Files.readString(dir.resolve("out/nhs-riverside-ccg--2012-03.md")))
        .contains("1 earlier answer set of the same person was replaced by a later one")
        .doesNotContain("Helen", "first.yaml", "second.yaml");
  }
}
