package org.ccgdiag.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.AnswersReader;
import org.ccgdiag.answers.SpreadsheetReader;
import org.ccgdiag.files.InputFiles;
import org.ccgdiag.load.Documents;
import org.ccgdiag.load.Node;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.QuestionnaireReader;
import org.ccgdiag.text.Visible;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks questionnaire and answer files and reports every problem in each. */
@Command(
    name = "validate",
    description = {
      "Check questionnaire and answer files for every problem.",
      "Files are told apart by their 'format' field; answer files are checked against -q.",
      "Each problem is one line on stderr: PATH:LINE:COLUMN: message."
    })
final class ValidateCommand implements Callable<Integer> {
  /** Fields only a questionnaire has. */
  private static final Set<String> QUESTIONNAIRE_FIELDS =
      Set.of("levels", "scales", "domains", "areas", "questions");

  private final Context context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin QuestionnaireOption questionnaireOption;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Files, or directories to search for " + InputFiles.PATTERNS + ".")
  List<String> paths;

  ValidateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputFiles.Found found =
        InputFiles.expand(paths.stream().map(context::resolve).toList(), context::display);
    Diagnostics.print(found.problems(), err);
    boolean valid = found.errors() == 0;
    Answering answering = new Answering(err);
    for (Path file : found.files()) {
      Problems problems = new Problems(context.display(file));
      String summary = check(file, answering, problems);
      Diagnostics.print(problems, err);
      if (summary != null) {
        out.println(Visible.oneLine(problems.file() + ": valid " + summary));
      } else {
        valid = false;
      }
    }
    out.flush();
    return valid ? ExitCode.OK.code() : ExitCode.INVALID_INPUT.code();
  }

  /** Checks one file; what it holds when it is valid, else null (with the problems recorded). */
  private String check(Path file, Answering answering, Problems problems) {
    if (SpreadsheetReader.isSpreadsheet(file)) {
      return answering
          .questionnaire()
          .flatMap(q -> describe(SpreadsheetReader.read(file, q, problems), q))
          .orElse(null);
    }
    Node root = Documents.read(file, problems);
    if (root == null) {
      return null;
    }
    if (isQuestionnaire(root)) {
      return QuestionnaireReader.read(root, problems).map(ValidateCommand::describe).orElse(null);
    }
    return answering
        .questionnaire()
        .flatMap(q -> AnswersReader.read(root, q, problems))
        .map(ValidateCommand::describe)
        .orElse(null);
  }

  /**
   * The questionnaire answers are checked against: loaded once, on the first answers file; when it
   * fails, that is said once and the other files are still checked.
   */
  private final class Answering {
    private final PrintWriter err;
    private Questionnaire questionnaire;
    private boolean failed;

    Answering(PrintWriter err) {
      this.err = err;
    }

    Optional<Questionnaire> questionnaire() {
      if (questionnaire == null && !failed) {
        try {
          questionnaire = questionnaireOption.load(context, err);
        } catch (UserException e) {
          err.println(Visible.oneLine(e.getMessage()));
          failed = true;
        }
      }
      return Optional.ofNullable(questionnaire);
    }
  }

  /**
   * A file whose 'format' names the questionnaire format, or that has no answers format but a
   * questionnaire's fields (a misspelt or missing format is then reported as such, rather than as a
   * screenful of fields unknown to answers files); everything else is checked as answers.
   */
  private static boolean isQuestionnaire(Node root) {
    if (!(root instanceof Node.Mapping mapping)) {
      return false;
    }
    String format = null;
    boolean questionnaireFields = false;
    for (Node.Entry entry : mapping.entries()) {
      String key = entry.key().text();
      if (key.equals("format") && entry.value() instanceof Node.Scalar value && !value.isNull()) {
        format = value.text();
      }
      questionnaireFields |= QUESTIONNAIRE_FIELDS.contains(key);
    }
    if (format != null
        && (format.startsWith("ccg-diag/questionnaire") || format.startsWith("ccg-diag/answers"))) {
      return format.startsWith("ccg-diag/questionnaire");
    }
    return questionnaireFields;
  }

  private static String describe(Questionnaire q) {
    return "questionnaire " + q.id() + " " + q.version() + " (" + q.size() + ")";
  }

  private static Optional<String> describe(List<Answers> sets, Questionnaire q) {
    if (sets.isEmpty()) {
      return Optional.empty();
    }
    long organisations =
        sets.stream().map(a -> a.organisation().toLowerCase(Locale.ROOT)).distinct().count();
    return Optional.of(
        "spreadsheet of answers for "
            + q.id()
            + " ("
            + sets.size()
            + (sets.size() == 1 ? " row, " : " rows, ")
            + q.terms().organisation().count(organisations)
            + ")");
  }

  private static String describe(Answers a) {
    long answered = a.answers().values().stream().filter(x -> x.isAnswered()).count();
    return "answers for "
        + a.questionnaire().id()
        + " ("
        + a.organisation()
        + ", "
        + answered
        + " answered)";
  }
}
