package org.ccgdiag.cli;

import java.io.PrintWriter;
import org.ccgdiag.questionnaire.BundledQuestionnaires;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** Prints the short questionnaire a new author starts from. */
@Command(
    name = "template",
    description = {
      "Print a short questionnaire about nothing in particular, every field used once and",
      "explained by a comment, that validates as it is: where a new questionnaire starts.",
      "  ccg-diag questionnaires template > my-questionnaire.yaml"
    })
final class TemplateCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(BundledQuestionnaires.template());
    out.flush();
  }
}
