package org.ccgdiag.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.ccgdiag.problem.Problem;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.SmallQuestionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answer's votes (brief section 3): read with located errors, kept in the scale's order, written
 * back the same.
 */
class VotesTest {
  private static final Questionnaire SMALL = SmallQuestionnaire.load();

  @TempDir Path dir;

  private Optional<Answers> read(String answers, Problems problems) throws IOException {
    Path file = dir.resolve("a.yaml");
    Files.writeString(
        file,
        "format: ccg-diag/answers@1\nquestionnaire: {id: small-test, version: 1.0.0}\n"
            + "organisation: NHS Example CCG\nrespondent: {name: Team, perspective: self, consensus: 6}\nanswers:\n"
            + answers,
        StandardCharsets.UTF_8);
    return AnswersReader.read(file, SMALL, problems);
  }

  @Test
  void votesAreReadInTheScalesOrderAndWrittenBackTheSame() throws IOException {
    Problems problems = new Problems("a.yaml");
    Answers answers =
        read("  clinical-focus.1: {answer: \"2\", votes: {\"2\": 2, dk: 1, \"1\": 3}}\n", problems)
            .orElseThrow();
    assertThat(problems.sorted()).isEmpty();
    assertThat(answers.answer("clinical-focus.1").votes())
        .containsExactly(Map.entry("1", 3), Map.entry("2", 2), Map.entry("dk", 1));
    assertThat(answers.answer("clinical-focus.1").voters()).isEqualTo(6);

    Path written = dir.resolve("b.yaml");
    AnswersWriter.write(answers, written, org.ccgdiag.files.FileMode.PRIVATE);
    Problems again = new Problems("b.yaml");
    assertThat(AnswersReader.read(written, SMALL, again)).contains(answers);
    assertThat(again.sorted()).isEmpty();
  }

  @Test
  void aKeyNotInTheScaleOrACountThatIsNoNumberOfPeopleIsLocated() throws IOException {
    Problems problems = new Problems("a.yaml");
    read(
        "  clinical-focus.1: {answer: \"2\", votes: {\"7\": 2, \"1\": 0, \"2\": many}}\n",
        problems);
    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .containsExactly(
            "a.yaml:6:43: '7' is not an answer to question 1 (clinical-focus.1); its scale 'agreement' has keys 1, 2, dk, na",
            "a.yaml:6:56: in the votes on question 1 (clinical-focus.1), the count for '1' must be a whole number of people from 1 to 1000",
            "a.yaml:6:64: in the votes on question 1 (clinical-focus.1), the count for '2' must be a whole number of people from 1 to 1000");
  }
}
