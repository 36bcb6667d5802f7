package org.ccgdiag.cli;

import java.io.PrintWriter;
import org.ccgdiag.questionnaire.BundledQuestionnaires;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints a bundled questionnaire's YAML, comments included, for authors to adapt. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Print a bundled questionnaire as YAML on stdout, ready to adapt.")
final class ExportQuestionnaireCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The id of a bundled questionnaire.")
  String id;

  @Override
  public void run() {
    String text =
        BundledQuestionnaires.text(id)
            .orElseThrow(
                () ->
                    new UserException(
                        id + ": no bundled questionnaire has this id (bundled: "
                            + String.join(", ", BundledQuestionnaires.ids()) + ")"));
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    out.flush();
  }
}
