package org.ccgdiag.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.ImportPlan;
import org.ccgdiag.answers.SpreadsheetReader;
import org.ccgdiag.files.AtomicFile;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Turns spreadsheets of answers into answers files, one per row. */
@Command(
    name = "import",
    description = {
      "Turn spreadsheets of answers (CSV or .xlsx: a header row, then one row per respondent)",
      "into answers files in DIR, one per row, named from the organisation, the",
      "respondent and the round; they can then be corrected by hand, resumed with",
      "'assess -a FILE', validated and scored like any answers file.",
      "Nothing is written when a spreadsheet has an error or a file of that name",
      "exists already with other content: an import never overwrites. A file that",
      "already holds what the import would write is skipped, so an interrupted import",
      "is finished by running it again."
    })
final class ImportCommand implements Callable<Integer> {
  private final Context context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin QuestionnaireOption questionnaireOption;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      required = true,
      description = "Directory for the answers files (created if missing).")
  String output;

  @Parameters(
      paramLabel = "SPREADSHEET",
      arity = "1..*",
      description =
          "Spreadsheets of answers (*.csv, or *.xlsx: its sheet named Answers, else its first).")
  List<String> spreadsheets;

  ImportCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path directory = context.resolve(output);
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new UserException(
          context.display(directory)
              + ": not a directory; -o needs a directory for the answers files");
    }
    Questionnaire questionnaire = questionnaireOption.load(context, err);
    List<Answers> sets = new ArrayList<>();
    boolean failed = false;
    for (String spreadsheet : spreadsheets) {
      Path file = context.resolve(spreadsheet);
      Problems problems = new Problems(context.display(file));
      sets.addAll(SpreadsheetReader.read(file, questionnaire, problems));
      Diagnostics.print(problems, err);
      failed |= problems.hasErrors();
    }
    if (failed) {
      throw new UserException(
          "ccg-diag import: nothing imported; correct the spreadsheets above and import again");
    }
    ImportPlan plan = ImportPlan.of(sets, directory);
    int already;
    try {
      List<Path> clashes = plan.clashes();
      if (!clashes.isEmpty()) {
        clashes.forEach(
            clash ->
                err.println(
                    context.display(clash)
                        + ": exists already; an import never overwrites an answers file"));
        throw new UserException(
            "ccg-diag import: nothing imported; move the files above away, or import into another directory");
      }
      already = plan.written().size();
      AtomicFile.removeStaleLeftovers(directory);
      plan.write(context.fileMode());
    } catch (IOException e) {
      throw new UserException(
          ExitCode.INVALID_INPUT,
          context.display(directory)
              + ": cannot write the answers files: "
              + Diagnostics.describe(e),
          e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Imported %d answer set%s into %s%s:%n",
        sets.size(),
        sets.size() == 1 ? "" : "s",
        context.display(directory),
        already == 0 ? "" : " (" + already + " already there, as an earlier import wrote them)");
    plan.targets().forEach(target -> out.println("  " + context.display(target.file())));
    out.flush();
    return ExitCode.OK.code();
  }
}
