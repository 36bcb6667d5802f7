package org.ccgdiag.cli;

import java.io.PrintWriter;
import org.ccgdiag.questionnaire.BundledQuestionnaires;
import org.ccgdiag.questionnaire.Questionnaire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** Lists the bundled questionnaires. */
@Command(
    name = "questionnaires",
    description = "List the bundled questionnaires (id, version, title, counts).",
    subcommands = {ExportQuestionnaireCommand.class, TemplateCommand.class})
final class ListQuestionnairesCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-20s %-8s %s%n", "ID", "VERSION", "TITLE");
    for (String id : BundledQuestionnaires.ids()) {
      Questionnaire q = BundledQuestionnaires.load(id).orElseThrow();
      out.printf("%-20s %-8s %s (%s)%n", q.id(), q.version(), q.title(), q.size());
    }
    out.printf(
        "%nExport one to adapt it: ccg-diag questionnaires export ID > my-questionnaire.yaml%n");
    out.printf(
        "Or start from a short one: ccg-diag questionnaires template > my-questionnaire.yaml%n");
    out.flush();
  }
}
