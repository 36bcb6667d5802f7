package org.ccgdiag.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.AnswersReader;
import org.ccgdiag.answers.AnswersWriter;
import org.ccgdiag.answers.OrganisationName;
import org.ccgdiag.load.Documents;
import org.ccgdiag.load.Node;
import org.ccgdiag.load.Reading;
import org.ccgdiag.problem.Problem;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.QuestionnaireReader;
import org.ccgdiag.questionnaire.SmallQuestionnaire;

/**
 * Fuzz targets for the loaders. Each asserts what a load must end in, whatever the bytes: a model
 * with no errors, or no model and at least one error; every problem one visible line. The seed
 * corpus (LoadersFuzzTestInputs) replays in every test run; {@code JAZZER_FUZZ=1} explores.
 */
class LoadersFuzzTest {
  private static final Questionnaire SMALL = SmallQuestionnaire.load();

  @FuzzTest(maxDuration = "2m")
  void questionnaireLoads(byte[] bytes) {
    Problems problems = new Problems("q.yaml");
    Node root = Documents.parse(bytes, false, problems);
    Optional<Questionnaire> questionnaire =
        root == null ? Optional.empty() : QuestionnaireReader.read(root, problems);
    assertModelOrErrors(questionnaire, problems);
  }

  @FuzzTest(maxDuration = "2m")
  void answersLoad(FuzzedDataProvider data) {
    boolean json = data.consumeBoolean();
    Problems problems = new Problems(json ? "a.json" : "a.yaml");
    Node root = Documents.parse(data.consumeRemainingAsBytes(), json, problems);
    Optional<Answers> answers =
        root == null ? Optional.empty() : AnswersReader.read(root, SMALL, problems);
    assertModelOrErrors(answers, problems);
    // Whatever loads names an organisation that can be seen (issue 24: one of dropped characters
    // crashed score).
    answers.ifPresent(
        loaded ->
            assertThat(OrganisationName.isUsable(loaded.organisation()))
                .as(loaded.organisation())
                .isTrue());
    // Whatever loads, the writer writes back so that it loads equal.
    answers.ifPresent(loaded -> assertThat(readBack(loaded)).isEqualTo(loaded));
  }

  static Answers readBack(Answers answers) {
    String yaml = AnswersWriter.toYaml(answers);
    return Reading.of(
            "written.yaml", yaml, (root, problems) -> AnswersReader.read(root, SMALL, problems))
        .valid();
  }

  private static void assertModelOrErrors(Optional<?> model, Problems problems) {
    assertThat(model.isPresent())
        .as("a model exactly when there is no error: %s", problems.sorted())
        .isNotEqualTo(problems.hasErrors());
    for (Problem problem : problems.sorted()) {
      assertThat(problem.toString())
          .doesNotContainPattern("[\\x00-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]");
    }
  }
}
