package org.ccgdiag.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.ccgdiag.files.FileMode;
import org.ccgdiag.load.Edits;
import org.ccgdiag.load.Reading;
import org.ccgdiag.problem.Problem;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.SmallQuestionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writing an answers file and reading it back gives the same answers. */
class AnswersWriterTest {
  private static final Questionnaire SMALL = SmallQuestionnaire.load();
  private static final Instant STARTED = Instant.parse("2026-11-25T10:02:11Z");

  @TempDir Path dir;

  private Answers writeAndRead(Answers answers) throws IOException {
    Path file = dir.resolve("answers.yaml");
    AnswersWriter.write(answers, file, FileMode.PRIVATE);
    Problems problems = new Problems(file.toString());
    Answers read = AnswersReader.read(file, SMALL, problems).orElse(null);
    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .as("problems reading back:\n%s", Files.readString(file))
        .isEmpty();
    return read;
  }

  private static Answers answers(
      String organisation, Respondent respondent, Map<String, Answer> byQuestion) {
    Answers answers = Answers.start(QuestionnaireRef.of(SMALL), organisation, respondent, STARTED);
    Instant now = STARTED;
    for (Map.Entry<String, Answer> entry : byQuestion.entrySet()) {
      now = now.plusSeconds(61);
      answers = answers.with(entry.getKey(), entry.getValue(), now);
    }
    return answers;
  }

  static Stream<Answers> answerSets() {
    Map<String, Answer> all = new LinkedHashMap<>();
    all.put(
        "clinical-focus.1",
        new Answer("2", "Practice leads meet monthly: see the minutes, 'Q3' & \"Q4\""));
    all.put("clinical-focus.2", new Answer("dk", "Line one\nline two\n  indented: yes\n"));
    all.put(
        "leadership.1", new Answer(null, "- starts like a list item; # not a comment; ünïcødé ✓"));
    return Stream.of(
        Answers.start(
            QuestionnaireRef.of(SMALL),
            "NHS Example CCG",
            new Respondent(null, null, "self"),
            STARTED),
        answers("NHS Example CCG", new Respondent("Dr A Smith", "Clinical lead", "self"), all),
        answers("- : odd, organisation #1", new Respondent("yes", "null", "member-practice"), all)
            .withComplete(true),
        answers(
                "NHS Example CCG",
                new Respondent("Dr A Smith", null, "self"),
                Map.of("clinical-focus.1", new Answer("1", null)))
            .withComplete(true));
  }

  @ParameterizedTest
  @MethodSource("answerSets")
  void writeThenReadGivesEqualAnswers(Answers answers) throws IOException {
    assertThat(writeAndRead(answers)).isEqualTo(answers);
  }

  @Test
  void aFileReadThenWrittenReadsBackTheSame() throws IOException {
    Answers original =
        Reading.of(
                "small-answers.yaml",
                Edits.resource(AnswersWriterTest.class, "small-answers.yaml"),
                (root, problems) -> AnswersReader.read(root, SMALL, problems))
            .valid();

    assertThat(writeAndRead(original)).isEqualTo(original);
  }

  @Test
  void theWrittenFileIsPlainBlockYamlInTheFormat() throws IOException {
    Path file = dir.resolve("answers.yaml");
    AnswersWriter.write(
        answers(
            "NHS Example CCG",
            new Respondent("Dr A Smith", null, "self"),
            Map.of("clinical-focus.1", new Answer("2", null))),
        file,
        FileMode.PRIVATE);

    assertThat(Files.readAllLines(file))
        .startsWith(
            "format: ccg-diag/answers@1", "questionnaire:", "  id: small-test", "  version: 1.0.0")
        .contains(
            "organisation: NHS Example CCG",
            "complete: false",
            "answers:",
            "  clinical-focus.1:",
            "    answer: '2'")
        .noneMatch(line -> line.contains("&") || line.contains("*") || line.contains("!!"));
  }
}
