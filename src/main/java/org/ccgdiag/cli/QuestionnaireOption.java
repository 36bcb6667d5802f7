package org.ccgdiag.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ccgdiag.load.Problems;
import org.ccgdiag.questionnaire.BundledQuestionnaires;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.QuestionnaireReader;
import picocli.CommandLine.Option;

/** The -q option shared by the commands: a YAML file path or the id of a bundled questionnaire. */
final class QuestionnaireOption {

  @Option(
      names = {"-q", "--questionnaire"},
      paramLabel = "QUESTIONNAIRE",
      description = "Questionnaire: a YAML file or the id of a bundled one (default: ${DEFAULT-VALUE}).",
      defaultValue = BundledQuestionnaires.DEFAULT_ID)
  String questionnaire;

  /** Loads the questionnaire, or throws a {@link UserException} listing every problem. */
  Questionnaire load(Context context, PrintWriter err) {
    Path path = context.resolve(questionnaire);
    if (!Files.exists(path)) {
      return BundledQuestionnaires.load(questionnaire)
          .orElseThrow(
              () ->
                  new UserException(
                      questionnaire + ": no such file, and no bundled questionnaire has that id (bundled: "
                          + String.join(", ", BundledQuestionnaires.ids()) + ")"));
    }
    Problems problems = new Problems(questionnaire);
    Optional<Questionnaire> loaded = QuestionnaireReader.read(path, problems);
    Diagnostics.print(problems, err);
    return loaded.orElseThrow(() -> new UserException(questionnaire + ": the questionnaire is not valid (see above)"));
  }
}
