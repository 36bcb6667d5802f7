package org.ccgdiag.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.ccgdiag.load.Documents;
import org.ccgdiag.load.Node;
import org.ccgdiag.problem.Problems;

/**
 * The questionnaires shipped inside the program (the files of the repository's questionnaires/).
 */
public final class BundledQuestionnaires {

  public static final String DEFAULT_ID = "ccg-authorisation";

  private static final List<String> IDS = List.of(DEFAULT_ID);

  private BundledQuestionnaires() {}

  public static List<String> ids() {
    return IDS;
  }

  /** The YAML text of a bundled questionnaire, exactly as shipped (comments included). */
  public static Optional<String> text(String id) {
    if (!IDS.contains(id)) {
      return Optional.empty();
    }
    return Optional.of(read(id));
  }

  private static String read(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The short questionnaire a new author starts from (questionnaires/template.yaml), comments
   * included.
   */
  public static String template() {
    return read("template");
  }

  /** Loads a bundled questionnaire; empty when no bundled questionnaire has this id. */
  public static Optional<Questionnaire> load(String id) {
    if (!IDS.contains(id)) {
      return Optional.empty();
    }
    Problems problems = new Problems(id + ".yaml");
    try (InputStream in = open(id)) {
      Node root = Documents.read(in, false, problems);
      Optional<Questionnaire> questionnaire =
          root == null ? Optional.empty() : QuestionnaireReader.read(root, problems);
      // The build's tests validate every bundled file, so a failure here is a packaging bug.
      return Optional.of(
          questionnaire.orElseThrow(
              () ->
                  new IllegalStateException(
                      "bundled questionnaire is invalid: " + problems.sorted())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String id) {
    InputStream in =
        BundledQuestionnaires.class.getResourceAsStream(
            "/org/ccgdiag/questionnaires/" + id + ".yaml");
    if (in == null) {
      throw new IllegalStateException("bundled questionnaire missing from the jar: " + id);
    }
    return in;
  }
}
