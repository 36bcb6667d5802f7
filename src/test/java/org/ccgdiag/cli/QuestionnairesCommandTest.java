package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ccgdiag.load.Reading;
import org.ccgdiag.questionnaire.BundledQuestionnaires;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.QuestionnaireReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccg-diag questionnaires} and {@code questionnaires export ID}. */
class QuestionnairesCommandTest {
  private static final String ID = BundledQuestionnaires.DEFAULT_ID;

  @TempDir Path dir;

  private CommandRun.Result run(String... args) {
    return CommandRun.in(dir).run(args);
  }

  @Test
  void listsEveryBundledQuestionnaireWithItsIdVersionAndTitle() {
    CommandRun.Result result = run("questionnaires").assertSuccess();

    result.assertOutLines().first().asString().matches("ID\\s+VERSION\\s+TITLE");
    for (String id : BundledQuestionnaires.ids()) {
      Questionnaire q = BundledQuestionnaires.load(id).orElseThrow();
      result
          .assertOutLines()
          .anySatisfy(
              line ->
                  assertThat(line.split("\\s+", 3))
                      .containsExactly(
                          q.id(),
                          q.version(),
                          q.title()
                              + " ("
                              + q.domains().size()
                              + " domains, "
                              + q.areas().size()
                              + " areas, "
                              + q.questions().size()
                              + " statements)"));
    }
    result.assertOut().contains("ccg-diag questionnaires export ID");
    result.assertErr().isEmpty();
  }

  @Test
  void exportPrintsTheQuestionnaireAsShipped() {
    CommandRun.Result result = run("questionnaires", "export", ID).assertSuccess();

    assertThat(result.out()).isEqualTo(BundledQuestionnaires.text(ID).orElseThrow());
    result.assertErr().isEmpty();
  }

  @Test
  void theExportValidatesAndReadsAsTheBundledQuestionnaire() throws IOException {
    CommandRun run = CommandRun.in(dir);
    Files.writeString(
        dir.resolve("my-questionnaire.yaml"),
        run.run("questionnaires", "export", ID).assertSuccess().out());

    run.run("validate", "my-questionnaire.yaml")
        .assertSuccess()
        .assertOutLines()
        .singleElement()
        .asString()
        .startsWith("my-questionnaire.yaml: valid questionnaire " + ID + " ");
    Reading<Questionnaire> reading =
        Reading.of(
            "my-questionnaire.yaml",
            Files.readString(dir.resolve("my-questionnaire.yaml")),
            QuestionnaireReader::read);
    assertThat(reading.value()).contains(BundledQuestionnaires.load(ID).orElseThrow());
  }

  @Test
  void anAdaptedExportCanBeUsedWithMinusQ() throws IOException {
    CommandRun run = CommandRun.in(dir);
    String adapted =
        run.run("questionnaires", "export", ID)
            .out()
            .replace("\nid: " + ID + "\n", "\nid: our-ccg\n");
    Files.writeString(dir.resolve("ours.yaml"), adapted);
    Files.writeString(
        dir.resolve("answers.yaml"),
        "format: ccg-diag/answers@1\nquestionnaire: {id: our-ccg}\norganisation: NHS Example CCG\nanswers:\n  plans.1: \"5\"\n");

    run.run("validate", "-q", "ours.yaml", "answers.yaml")
        .assertSuccess()
        .assertOutLines()
        .containsExactly("answers.yaml: valid answers for our-ccg (NHS Example CCG, 1 answered)");
  }

  @Test
  void exportingAnUnknownIdIsOneLineAndExit1() {
    CommandRun.Result result = run("questionnaires", "export", "nhs-trust").assertInvalidInput();

    result
        .assertErrLines()
        .containsExactly(
            "nhs-trust: no bundled questionnaire has this id (bundled: "
                + String.join(", ", BundledQuestionnaires.ids())
                + ")");
    result.assertOut().isEmpty();
  }
}
