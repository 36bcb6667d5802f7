package org.ccgdiag.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.batch.ReportFormat;
import org.ccgdiag.problem.Problem;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.report.ComparisonView;
import org.ccgdiag.report.compare.Comparison;
import org.ccgdiag.report.compare.ReportSnapshot;
import org.ccgdiag.report.html.ComparisonHtml;
import org.ccgdiag.report.json.ComparisonJson;
import org.ccgdiag.report.json.SnapshotReader;
import org.ccgdiag.report.markdown.ComparisonMarkdown;
import org.ccgdiag.text.Visible;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Compares two JSON reports of one questionnaire: what changed between two rounds. */
@Command(
    name = "compare",
    header = "Show the progress between two JSON reports of one questionnaire.",
    description = {
      "Per domain and area: the score before, after and the change, and the levels",
      "crossed; the needs closed, opened and remaining; the share of the gap to",
      "target closed; the statements that moved most. The reports come from",
      "'score --format json' and must be of the same questionnaire.",
      "",
      "Example:",
      "  ccg-diag compare jan/nhs-x-ccg--2012-01.json jul/nhs-x-ccg--2012-07.json"
    })
final class CompareCommand implements Callable<Integer> {
  private final Context context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "md|json|html",
      defaultValue = "md",
      converter = ReportFormatConverter.class,
      completionCandidates = CompletionCommand.ReportFormats.class,
      description = "The comparison's format (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier JSON report.")
  String before;

  @Parameters(index = "1", paramLabel = "AFTER", description = "The later JSON report.")
  String after;

  CompareCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (format.binary()) {
      // The progress is in a report's PDF or workbook, which has a page of its own for it.
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "compare writes md, json or html; for a PDF or a workbook use score --baseline BEFORE --format "
              + format.extension()
              + " -o OUT");
    }
    PrintWriter err = spec.commandLine().getErr();
    Optional<ReportSnapshot> earlier = read(before, err);
    Optional<ReportSnapshot> later = read(after, err);
    if (earlier.isEmpty() || later.isEmpty()) {
      return ExitCode.INVALID_INPUT.code();
    }
    ReportSnapshot a = earlier.get();
    ReportSnapshot b = later.get();
    if (!a.questionnaireId().equals(b.questionnaireId())) {
      err.println(
          b.source()
              + ": a report of questionnaire '"
              + b.questionnaireId()
              + "', but "
              + a.source()
              + " is of '"
              + a.questionnaireId()
              + "'; compare needs two reports of the same questionnaire");
      err.flush();
      return ExitCode.INVALID_INPUT.code();
    }
    if (!sameOrganisation(a, b)) {
      err.println(
          "warning: "
              + b.source()
              + " is a report of "
              + name(b.organisation())
              + ", "
              + a.source()
              + " of "
              + name(a.organisation())
              + ": the changes are between two organisations, not progress");
    }
    Comparison comparison = Comparison.of(a, b);
    comparison.warnings().forEach(w -> err.println("warning: " + w));
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (format) {
          case JSON -> ComparisonJson.render(comparison);
          case MARKDOWN -> ComparisonMarkdown.render(ComparisonView.of(comparison));
          case HTML -> ComparisonHtml.render(ComparisonView.of(comparison));
          case XLSX, PDF -> throw new IllegalStateException("refused before the reports were read");
        });
    out.flush();
    return ExitCode.OK.code();
  }

  /** As score groups answers: trimmed, case-insensitive. */
  private static boolean sameOrganisation(ReportSnapshot a, ReportSnapshot b) {
    return a.organisation() == null
        ? b.organisation() == null
        : b.organisation() != null
            && Answers.organisationKey(a.organisation())
                .equals(Answers.organisationKey(b.organisation()));
  }

  private static String name(String organisation) {
    return organisation == null ? "no organisation" : "'" + Visible.oneLine(organisation) + "'";
  }

  private Optional<ReportSnapshot> read(String file, PrintWriter err) {
    Path path = context.resolve(file);
    Problems problems = new Problems(context.display(path));
    Optional<ReportSnapshot> snapshot = SnapshotReader.read(path, context.display(path), problems);
    Diagnostics.print(problems.sorted().stream().filter(Problem::isError).toList(), err);
    return snapshot;
  }
}
