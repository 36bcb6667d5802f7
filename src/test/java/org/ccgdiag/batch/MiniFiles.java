package org.ccgdiag.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.QuestionnaireReader;

/**
 * The batch tests' inputs: the small questionnaire {@code mini.yaml} (two domains of two questions,
 * one area, options worth 0, 25, 50, 75 and 100), its hand-computed cluster, and answer files
 * written on the fly.
 */
public final class MiniFiles {
  public static final List<String> QUESTIONS = List.of("lead.1", "lead.2", "plan.1", "plan.2");
  private static final List<String> KEYS = List.of("1", "2", "3", "4", "5", "dk", "na");

  private MiniFiles() {}

  public static Path resource(String name) {
    try {
      return Path.of(MiniFiles.class.getResource("/org/ccgdiag/batch/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Path questionnaireFile() {
    return resource("mini.yaml");
  }

  public static Questionnaire questionnaire() {
    Problems problems = new Problems("mini.yaml");
    return QuestionnaireReader.read(questionnaireFile(), problems)
        .orElseThrow(() -> new IllegalStateException(problems.sorted().toString()));
  }

  /** The cluster/ files, sorted as the commands read them. */
  public static List<Path> cluster() {
    try (Stream<Path> files = Files.list(resource("cluster"))) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An answers file for mini; {@code keys} answer the four questions in order (null: unanswered).
   */
  public static String answers(
      String organisation, String version, String respondent, List<String> keys, String note) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("format: ccg-diag/answers@1\n");
    yaml.append("questionnaire: {id: mini, version: ").append(version).append("}\n");
    yaml.append("organisation: ").append(quoted(organisation)).append('\n');
    yaml.append("respondent: {name: ").append(quoted(respondent)).append("}\n");
    yaml.append("answers:\n");
    for (int i = 0; i < QUESTIONS.size(); i++) {
      if (keys.get(i) != null) {
        yaml.append("  ")
            .append(QUESTIONS.get(i))
            .append(": {answer: ")
            .append(quoted(keys.get(i)));
        if (note != null && i == 0) {
          yaml.append(", note: ").append(quoted(note));
        }
        yaml.append("}\n");
      }
    }
    return yaml.toString();
  }

  /**
   * Writes {@code count} answer files for {@code organisations} organisations (names spelt in
   * varying case and spacing), with random but seeded answers, notes and an old version now and
   * then: enough variety that any dependence on thread timing would show.
   */
  public static void writeMany(Path directory, int count, int organisations, long seed)
      throws IOException {
    Random random = new Random(seed);
    Files.createDirectories(directory);
    for (int i = 0; i < count; i++) {
      int organisation = random.nextInt(organisations);
      String name = (random.nextBoolean() ? " NHS Place " : "nhs place ") + organisation;
      List<String> keys =
          QUESTIONS.stream()
              .map(q -> random.nextInt(10) == 0 ? null : KEYS.get(random.nextInt(KEYS.size())))
              .toList();
      String version = random.nextInt(8) == 0 ? "0.9.0" : "1.0.0";
      String note = random.nextInt(3) == 0 ? "Evidence " + i : null;
      Files.writeString(
          directory.resolve(String.format("answers-%04d.yaml", i)),
          answers(name, version, "Respondent " + i, keys, note),
          StandardCharsets.UTF_8);
    }
  }

  /** A YAML double-quoted scalar. */
  private static String quoted(String text) {
    return "\""
        + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t")
        + "\"";
  }
}
