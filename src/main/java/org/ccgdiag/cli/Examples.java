package org.ccgdiag.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/** An example at the foot of each command's --help, for the commands that do not show their own. */
final class Examples {
  private static final Map<String, List<String>> BY_COMMAND =
      Map.of(
          "ccg-diag assess",
              List.of(
                  "ccg-diag assess --organisation \"Riverside\" --respondent \"Dr A Smith\" --report example.md",
                  "ccg-diag assess -a riverside-2012-01-10.yaml      # resume"),
          "ccg-diag score",
              List.of(
                  "ccg-diag score answers.yaml > report.md",
                  "ccg-diag score --format md,json,html -o reports/ answers/"),
          "ccg-diag import", List.of("ccg-diag import -o answers/ survey-export.csv"),
          "ccg-diag validate",
              List.of(
                  "ccg-diag validate my-questionnaire.yaml",
                  "ccg-diag validate -q my-questionnaire.yaml answers/"),
          "ccg-diag questionnaires", List.of("ccg-diag questionnaires"),
          "ccg-diag questionnaires export",
              List.of(
                  "ccg-diag questionnaires export ccg-authorisation > my-questionnaire.yaml",
                  "ccg-diag questionnaires export ccg-authorisation --format csv > survey.csv"));

  private Examples() {}

  /** Adds the example to a command's footer, unless its footer already shows one. */
  static void addTo(CommandSpec spec) {
    List<String> lines = BY_COMMAND.get(spec.qualifiedName());
    UsageMessageSpec usage = spec.usageMessage();
    if (lines == null || String.join("\n", usage.footer()).contains("Example")) {
      return;
    }
    String[] footer = new String[usage.footer().length + 1 + lines.size()];
    System.arraycopy(usage.footer(), 0, footer, 0, usage.footer().length);
    footer[usage.footer().length] = "%n" + (lines.size() == 1 ? "Example:" : "Examples:");
    for (int i = 0; i < lines.size(); i++) {
      footer[usage.footer().length + 1 + i] = "  " + lines.get(i).replace("%", "%%");
    }
    usage.footer(footer);
  }
}
