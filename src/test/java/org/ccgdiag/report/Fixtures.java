package org.ccgdiag.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.AnswersReader;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.BundledQuestionnaires;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.QuestionnaireReader;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.Scorer;
import org.ccgdiag.scoring.Tally;

/** Builds reports the way the program does: real files, the real readers, Tally and Scorer. */
public final class Fixtures {
  private Fixtures() {}

  /** A file or directory under src/test/resources/org/ccgdiag/report/. */
  public static Path resource(String name) {
    URL url = Fixtures.class.getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource org/ccgdiag/report/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Questionnaire questionnaire(String name) {
    Problems problems = new Problems(name);
    return QuestionnaireReader.read(resource(name), problems)
        .orElseThrow(
            () ->
                new AssertionError(
                    "invalid test questionnaire " + name + ": " + problems.sorted()));
  }

  static Questionnaire bundled() {
    return BundledQuestionnaires.load(BundledQuestionnaires.DEFAULT_ID).orElseThrow();
  }

  public static Answers answers(Questionnaire questionnaire, Path file) {
    Problems problems = new Problems(file.toString());
    return AnswersReader.read(file, questionnaire, problems)
        .orElseThrow(
            () -> new AssertionError("invalid test answers " + file + ": " + problems.sorted()));
  }

  /** Scores the named answer files (resource names), in the order given. */
  public static Findings score(Questionnaire questionnaire, String... answerFiles) {
    return score(questionnaire, Stream.of(answerFiles).map(Fixtures::resource).toList());
  }

  public static Findings score(Questionnaire questionnaire, List<Path> files) {
    Tally tally = new Tally(questionnaire);
    for (int i = 0; i < files.size(); i++) {
      tally.add(answers(questionnaire, files.get(i)), i);
    }
    return Scorer.score(tally);
  }

  /** Every answers file of a resource directory, in file-name order. */
  static Findings scoreDirectory(Questionnaire questionnaire, String directory) {
    try (Stream<Path> files = Files.list(resource(directory))) {
      return score(
          questionnaire, files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The example workshop: NHS Riverside CCG, five leadership respondents, the bundled
   * questionnaire.
   */
  public static Findings workshop() {
    return scoreDirectory(bundled(), "/golden/workshop/answers");
  }

  /**
   * The text of a Markdown report from the heading containing {@code heading} to the next heading
   * of the same level.
   */
  public static String section(String md, String heading) {
    int start = md.indexOf(heading);
    assertThat(start).as("heading " + heading).isNotNegative();
    int lineStart = md.lastIndexOf('\n', start) + 1;
    String hashes = md.substring(lineStart, md.indexOf(' ', lineStart) + 1);
    int end = md.indexOf("\n" + hashes, start);
    return end < 0 ? md.substring(start) : md.substring(start, end);
  }
}
