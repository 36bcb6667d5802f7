package org.ccgdiag.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ccgdiag.load.Edits;
import org.ccgdiag.questionnaire.BundledQuestionnaires;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.SmallQuestionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ccg-diag validate}: questionnaires and answer files, every problem, exit 0 or 1. */
class ValidateCommandTest {
  private static final Questionnaire BUNDLED =
      BundledQuestionnaires.load(BundledQuestionnaires.DEFAULT_ID).orElseThrow();
  private static final String BUNDLED_SUMMARY =
      "valid questionnaire ccg-authorisation "
          + BUNDLED.version()
          + " ("
          + BUNDLED.domains().size()
          + " domains, "
          + BUNDLED.areas().size()
          + " areas, "
          + BUNDLED.questions().size()
          + " statements)";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private CommandRun.Result validate(String... args) {
    return CommandRun.in(dir)
        .run(Stream.concat(Stream.of("validate"), Stream.of(args)).toArray(String[]::new));
  }

  /** Answers to the bundled questionnaire, at its version. */
  private static String bundledAnswers(String version) {
    return String.join(
        "\n",
        "format: ccg-diag/answers@1",
        "questionnaire: {id: ccg-authorisation, version: " + version + "}",
        "organisation: NHS Example CCG",
        "respondent: {name: Dr A Smith, role: Clinical lead, perspective: self}",
        "answers:",
        "  clinical-focus.13: {answer: \"4\", note: \"Practice leads meet monthly\"}",
        "  clinical-focus.2: {answer: DK}",
        "  leadership.3: {note: \"To discuss\"}",
        "");
  }

  private static String smallAnswers() {
    return Edits.resource(org.ccgdiag.answers.AnswersReader.class, "small-answers.yaml");
  }

  @Test
  void theBundledQuestionnaireFileIsValid() throws IOException {
    Files.copy(
        Path.of("questionnaires", "ccg-authorisation.yaml"), dir.resolve("ccg-authorisation.yaml"));

    CommandRun.Result result = validate("ccg-authorisation.yaml").assertSuccess();

    result.assertOutLines().containsExactly("ccg-authorisation.yaml: " + BUNDLED_SUMMARY);
    result.assertErr().isEmpty();
  }

  @Test
  void aQuestionnaireIsCountedInItsOwnWords() throws IOException {
    for (String name : List.of("security-practices", "board-themes")) {
      Files.copy(
          GoldenReportsTest.GOLDEN.resolve(name).resolve("questionnaire.yaml"),
          dir.resolve(name + ".yaml"));
    }

    CommandRun.Result result =
        validate("security-practices.yaml", "board-themes.yaml").assertSuccess();

    result
        .assertOutLines()
        .containsExactly(
            "security-practices.yaml: valid questionnaire secure-delivery 2.0.0 (3 business functions, 3 security practices,"
                + " 6 assessment questions)",
            "board-themes.yaml: valid questionnaire parish-council-check 1.0.0 (3 themes, 6 criteria)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"answers.yaml", "answers.json"})
  void answersAreCheckedAgainstTheBundledQuestionnaireByDefault(String name) throws IOException {
    String json =
        "{\"format\": \"ccg-diag/answers@1\", \"questionnaire\": {\"id\": \"ccg-authorisation\", \"version\": \""
            + BUNDLED.version()
            + "\"}, \"organisation\": \"NHS Example CCG\", \"answers\": {\"clinical-focus.13\": \"4\","
            + " \"clinical-focus.2\": {\"answer\": \"DK\"}}}";
    write(name, name.endsWith(".json") ? json : bundledAnswers(BUNDLED.version()));

    CommandRun.Result result = validate(name).assertSuccess();

    result
        .assertOutLines()
        .containsExactly(
            name + ": valid answers for ccg-authorisation (NHS Example CCG, 2 answered)");
    result.assertErr().isEmpty();
  }

  @Test
  void answersAreCheckedAgainstTheQuestionnaireGiven() throws IOException {
    write("small.yaml", SmallQuestionnaire.text());
    write("answers.yaml", smallAnswers());

    validate("-q", "small.yaml", "answers.yaml")
        .assertSuccess()
        .assertOutLines()
        .containsExactly(
            "answers.yaml: valid answers for small-test (NHS Example CCG, 2 answered)");
    validate("--questionnaire", BundledQuestionnaires.DEFAULT_ID, "answers.yaml")
        .assertInvalidInput()
        .assertErrLines()
        .containsExactly(
            "answers.yaml:2:21: these answers are for questionnaire 'small-test', not 'ccg-authorisation'; choose the"
                + " right one with -q");
  }

  @Test
  void anotherVersionIsAWarningAndTheFileIsValid() throws IOException {
    write("answers.yaml", bundledAnswers("0.1.0"));

    CommandRun.Result result = validate("answers.yaml").assertSuccess();

    result
        .assertErrLines()
        .containsExactly(
            "answers.yaml:2:49: warning: these answers were given to version 0.1.0 of 'ccg-authorisation'; scored"
                + " against version "
                + BUNDLED.version());
    result.assertOutLines().singleElement().asString().startsWith("answers.yaml: valid answers");
  }

  @Test
  void everyProblemOfAFileIsOneLine() throws IOException {
    write(
        "small.yaml",
        SmallQuestionnaire.edited(
            "description: Two", "descripton: Two",
            "min_coverage: 0.5", "min_coverage: 1.5",
            "      - key: na", "      - key: q",
            "    dimension: knowledge", "    dimension: wisdom",
            "    weight: 2", "    weight: 0"));

    CommandRun.Result result = validate("small.yaml").assertInvalidInput();

    result.assertErrLines().hasSize(5).allMatch(line -> line.matches("small\\.yaml:\\d+:\\d+: .+"));
    result.assertOut().isEmpty();
  }

  @Test
  void withSeveralFilesTheOthersAreStillProcessed() throws IOException {
    write("a-questionnaire.yaml", SmallQuestionnaire.text());
    write("b-broken.yaml", SmallQuestionnaire.edited("    weight: 2", "    weight: 0"));
    write("c-answers.yaml", bundledAnswers(BUNDLED.version()));

    CommandRun.Result result =
        validate("a-questionnaire.yaml", "b-broken.yaml", "missing.yaml", "c-answers.yaml")
            .assertInvalidInput();

    result
        .assertOutLines()
        .containsExactly(
            "a-questionnaire.yaml: valid questionnaire small-test 1.0.0 (2 domains, 2 areas, 3 questions)",
            "c-answers.yaml: valid answers for ccg-authorisation (NHS Example CCG, 2 answered)");
    result
        .assertErrLines()
        .containsExactly(
            "missing.yaml: no such file or directory",
            "b-broken.yaml:57:13: the weight of question 1 ('clinical-focus.1') must be greater than 0");
  }

  @Test
  void aDirectoryIsSearchedForDataFilesInNameOrder() throws IOException {
    write("team/b/answers.yaml", bundledAnswers(BUNDLED.version()));
    write("team/a/small.yml", SmallQuestionnaire.text());
    write("team/notes.txt", "not a data file");

    CommandRun.Result result = validate("team").assertSuccess();

    result
        .assertOutLines()
        .containsExactly(
            Path.of("team", "a", "small.yml")
                + ": valid questionnaire small-test 1.0.0 (2 domains, 2 areas, 3 questions)",
            Path.of("team", "b", "answers.yaml")
                + ": valid answers for ccg-authorisation (NHS Example CCG, 2 answered)");
  }

  @Test
  void aDirectoryWithoutDataFilesIsAWarningNotAFailure() throws IOException {
    write("empty/notes.txt", "not a data file");
    write("answers.yaml", bundledAnswers(BUNDLED.version()));

    CommandRun.Result result = validate("empty", "answers.yaml").assertSuccess();

    result
        .assertErrLines()
        .containsExactly(
            "empty: warning: no *.yaml, *.yml, *.json, *.csv or *.xlsx files in this directory");
    result
        .assertOutLines()
        .containsExactly(
            "answers.yaml: valid answers for ccg-authorisation (NHS Example CCG, 2 answered)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"missing.yaml", "no-such-id"})
  void aQuestionnaireThatIsNeitherAFileNorBundledIsOneLine(String questionnaire)
      throws IOException {
    write("answers.yaml", bundledAnswers(BUNDLED.version()));

    CommandRun.Result result = validate("-q", questionnaire, "answers.yaml").assertInvalidInput();

    result
        .assertErrLines()
        .containsExactly(
            questionnaire
                + ": no such file, and no bundled questionnaire has that id (bundled: ccg-authorisation)");
    result.assertOut().isEmpty();
  }

  @Test
  @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aDeviceGivenAsTheQuestionnaireIsNeverRead() throws IOException {
    assumeTrue(Files.isReadable(Path.of("/dev/zero")), "needs /dev/zero");
    write("answers.yaml", bundledAnswers(BUNDLED.version()));

    validate("-q", "/dev/zero", "answers.yaml")
        .assertInvalidInput()
        .assertErrLines()
        .containsExactly(
            "/dev/zero: not a regular file (a pipe, a device or a directory)",
            "/dev/zero: the questionnaire is not valid (see above)");
  }

  @Test
  void anInvalidQuestionnaireReportsItsProblemsAndQuestionnaireFilesAreStillChecked()
      throws IOException {
    write("broken.yaml", SmallQuestionnaire.edited("    weight: 2", "    weight: 0"));
    write("answers.yaml", smallAnswers());
    write("small.yaml", SmallQuestionnaire.text());

    CommandRun.Result result =
        validate("-q", "broken.yaml", "answers.yaml", "small.yaml").assertInvalidInput();

    result
        .assertErrLines()
        .containsExactly(
            "broken.yaml:57:13: the weight of question 1 ('clinical-focus.1') must be greater than 0",
            "broken.yaml: the questionnaire is not valid (see above)");
    result
        .assertOutLines()
        .containsExactly(
            "small.yaml: valid questionnaire small-test 1.0.0 (2 domains, 2 areas, 3 questions)");
  }

  @Test
  void aQuestionnaireWithAMisspeltFormatIsCheckedAsAQuestionnaire() throws IOException {
    write(
        "small.yaml",
        SmallQuestionnaire.edited(
            "format: ccg-diag/questionnaire@1", "format: ccg-diag/questionaire@1"));

    validate("small.yaml")
        .assertInvalidInput()
        .assertErrLines()
        .containsExactly(
            "small.yaml:2:9: 'format' is 'ccg-diag/questionaire@1'; a questionnaire has format ccg-diag/questionnaire@1");
  }

  @Test
  void aQuestionnaireWithoutAFormatIsCheckedAsAQuestionnaire() throws IOException {
    write("small.yaml", SmallQuestionnaire.edited("format: ccg-diag/questionnaire@1\n", ""));

    validate("small.yaml")
        .assertInvalidInput()
        .assertErrLines()
        .containsExactly("small.yaml:2:1: the questionnaire has no 'format'; add it");
  }
}
