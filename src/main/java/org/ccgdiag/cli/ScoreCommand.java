package org.ccgdiag.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ccgdiag.batch.BaselineFiles;
import org.ccgdiag.batch.Baselines;
import org.ccgdiag.batch.Batch;
import org.ccgdiag.batch.BatchProgress;
import org.ccgdiag.batch.BatchScorer;
import org.ccgdiag.batch.OutputDirectory;
import org.ccgdiag.batch.ReportFormat;
import org.ccgdiag.files.AtomicFile;
import org.ccgdiag.files.InputFiles;
import org.ccgdiag.files.InputIdentity;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.report.Numbers;
import org.ccgdiag.report.ReportViews;
import org.ccgdiag.report.Run;
import org.ccgdiag.report.group.ClusterSummary;
import org.ccgdiag.scoring.Naming;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Scores answer files: one to stdout, or many into a directory of reports with a cluster summary.
 */
@Command(
    name = "score",
    description = {
      "Score answer files and write development-needs reports.",
      "",
      "One answer file and no -o: its report goes to stdout. A spreadsheet (*.csv or *.xlsx,",
      "a header row, then one row per respondent) is read as one answer file per row.",
      "With -o OUT (needed for more than one file): the files are grouped by",
      "organisation (ignoring case and surrounding spaces); OUT gets a report per",
      "organisation and format, named from the organisation, and the group's",
      "summary: summary.json, summary.csv and summary.md (and summary.html or",
      "summary.pdf with --format html or pdf). Files inside OUT are not read.",
      "Files that cannot be read are reported on stderr and skipped, the rest are",
      "scored, and the exit code is 1.",
      ""
    })
final class ScoreCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin QuestionnaireOption questionnaireOption;

  @Option(
      names = "--format",
      split = ",",
      paramLabel = "FORMAT",
      defaultValue = "md",
      converter = ReportFormatConverter.class,
      completionCandidates = CompletionCommand.ReportFormats.class,
      description =
          "Report formats, comma-separated: md, json, html, pdf, xlsx (default: md; several, or pdf or xlsx, need -o).")
  List<ReportFormat> formats;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Directory for the reports and the summary (created if missing).")
  String output;

  @Mixin BaselineOption baselineOption;

  @Option(
      names = "--anonymise",
      description =
          "Name no respondent in any report, summary or warning: notes are by \"a member of the"
              + " team\" (in the questionnaire's words), the JSON report's respondent is null.")
  boolean anonymise;

  private int jobs = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      defaultValue = "auto",
      converter = WhenConverter.class,
      description = "Progress bar on stderr with -o: auto (when it is a terminal), always, never.")
  ProgressBarDisplay.When progress;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "Answer files, spreadsheets of answers (*.csv or *.xlsx, one row per respondent), or directories to search for "
              + InputFiles.PATTERNS
              + ".")
  List<String> paths;

  ScoreCommand(Context context) {
    this.context = context;
  }

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Files to read and organisations to score in parallel (default: all cores).")
  void setJobs(int n) {
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + n);
    }
    jobs = n;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Run run = new Run(context.clock().instant());
    // The questionnaire loads while the input files are listed: both are start-up work on the disk.
    QuestionnaireOption.Loading loading = questionnaireOption.loadMeanwhile(context);
    if (output != null && output.isBlank()) {
      throw usage("-o is empty: name the folder for the reports (-o . for the current one)");
    }
    Path out = output == null ? null : context.resolve(output);
    InputFiles.Found found =
        InputFiles.expand(paths.stream().map(context::resolve).toList(), context::display);
    Path outside = out == null ? null : out.toAbsolutePath().normalize();
    List<Path> files =
        out == null
            ? found.files()
            : found.files().stream().filter(f -> !isInside(f, outside)).toList();
    Set<ReportFormat> chosen = new LinkedHashSet<>(formats);
    if (out == null && files.size() > 1) {
      throw usage(
          files.size()
              + " answer files found: use -o OUT to write a report per organisation and the summary");
    }
    if (out == null && chosen.stream().anyMatch(ReportFormat::binary)) {
      throw usage(
          "--format "
              + chosen.iterator().next().extension()
              + " writes files, not text to print: use -o OUT");
    }
    if (out == null && chosen.size() > 1) {
      throw usage(
          "several formats (--format "
              + String.join(",", chosen.stream().map(ReportFormat::extension).toList())
              + ") need -o OUT; without it the report goes to stdout in one format");
    }
    Diagnostics.print(found.problems(), err);
    if (files.isEmpty()) {
      if (found.errors() == 0) {
        throw new UserException(
            "ccg-diag score: no answer files ("
                + InputFiles.PATTERNS
                + ") found in "
                + String.join(" ", paths));
      }
      return ExitCode.INVALID_INPUT.code();
    }
    Questionnaire questionnaire = loading.get(err);
    Baselines baselines = baselineOption.read(context, questionnaire, err);
    if (baselines == null) {
      return ExitCode.INVALID_INPUT.code();
    }
    int exit =
        out == null
            ? toStdout(questionnaire, files, chosen.iterator().next(), baselines, found.errors())
            : toDirectory(questionnaire, files, out, chosen, baselines, found.errors(), run);
    if (baselines instanceof BaselineFiles used) {
      Diagnostics.print(used.warnings(), err);
    }
    return exit;
  }

  private int toStdout(
      Questionnaire questionnaire,
      List<Path> files,
      ReportFormat format,
      Baselines baselines,
      int failedPaths) {
    BatchScorer scorer =
        new BatchScorer(questionnaire, 1, context::display, BatchProgress.NONE, naming());
    Batch batch = read(scorer, files);
    Diagnostics.print(batch.problems(), spec.commandLine().getErr());
    if (batch.organisations().size() > 1) {
      // A spreadsheet can hold several organisations' rows: one report each needs a directory.
      throw usage(
          questionnaire.terms().organisation().count(batch.organisations().size())
              + " in "
              + context.display(files.get(0))
              + ": use -o OUT to write a report for each and the summary");
    }
    if (baselineOption.unusable(context, batch, baselines, spec.commandLine().getErr())) {
      return ExitCode.INVALID_INPUT.code();
    }
    PrintWriter out = spec.commandLine().getOut();
    try {
      scorer.score(
          batch,
          (organisation, report, progress) -> {
            out.print(format.render(ReportViews.of(report, progress)));
            out.flush();
          },
          baselines);
    } catch (IOException e) {
      throw new UserException(
          ExitCode.INVALID_INPUT, "ccg-diag score: " + Diagnostics.describe(e), e);
    }
    return exitCode(failedPaths + batch.failedFiles());
  }

  private int toDirectory(
      Questionnaire questionnaire,
      List<Path> files,
      Path out,
      Set<ReportFormat> chosen,
      Baselines baselines,
      int failedPaths,
      Run run) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserException(
          context.display(out) + ": not a directory; -o needs a directory for the reports");
    }
    PrintWriter err = spec.commandLine().getErr();
    Batch batch;
    ClusterSummary summary;
    try (ProgressBarDisplay display =
            ProgressBarDisplay.choose(progress, err, context.isTerminal());
        OutputDirectory directory = new OutputDirectory(out, chosen, context.fileMode(), run)) {
      BatchScorer scorer =
          new BatchScorer(questionnaire, jobs, context::display, display, naming());
      batch = read(scorer, files);
      display.close(); // the bar goes before the messages are printed
      Diagnostics.print(batch.problems(), err);
      refuseOutputOverInput(directory.files(batch.organisations()), files);
      if (baselineOption.unusable(context, batch, baselines, err)) {
        return ExitCode.INVALID_INPUT.code();
      }
      if (batch.answerSets() == 0) {
        // Empty summaries beside the old reports would say the folder's reports were of nothing.
        err.println(
            "ccg-diag score: nothing was scored (every file failed, see above); "
                + context.display(out)
                + " was left as it was");
        err.flush();
        return ExitCode.INVALID_INPUT.code();
      }
      AtomicFile.removeStaleLeftovers(out);
      summary = scorer.score(batch, directory, baselines);
      directory.writeSummary(summary);
    } catch (IOException e) {
      throw new UserException(
          ExitCode.INVALID_INPUT,
          context.display(out) + ": cannot write the reports: " + Diagnostics.describe(e),
          e);
    }
    int failed = failedPaths + batch.failedFiles();
    long organisations = summary.latest().size();
    spec.commandLine()
        .getOut()
        .printf(
            "Scored %s for %s%s%s; reports and summary in %s%n",
            batch.answerSets() == batch.scoredFiles()
                ? Numbers.count(batch.scoredFiles(), "answer file", "answer files")
                : Numbers.count(batch.answerSets(), "answer set", "answer sets")
                    + " from "
                    + Numbers.count(batch.scoredFiles(), "file", "files"),
            questionnaire.terms().organisation().count(organisations),
            organisations == summary.organisations().size()
                ? ""
                : " (" + summary.organisations().size() + " rounds in all)",
            failed == 0 ? "" : "; " + failed + " failed (see the messages above)",
            context.display(out));
    spec.commandLine().getOut().flush();
    return exitCode(failed);
  }

  /**
   * No report or summary may replace an answer file, the questionnaire or a baseline, whatever name
   * reaches them.
   */
  private void refuseOutputOverInput(List<Path> outputs, List<Path> files) {
    InputIdentity inputs = new InputIdentity().addAll(files);
    questionnaireOption.file(context).ifPresent(inputs::add);
    inputs.addAll(baselineOption.inputs(context));
    inputs
        .firstClash(outputs)
        .ifPresent(
            clash -> {
              throw usage(
                  "-o "
                      + output
                      + ": "
                      + clash.message(context::display)
                      + "; write the reports to another folder"
                      + baselineOption.readByThisRun());
            });
  }

  private Naming naming() {
    return anonymise ? Naming.ANONYMOUS : Naming.NAMED;
  }

  /**
   * Unreadable files are problems in the batch, so the only failure left here is being interrupted.
   */
  private static Batch read(BatchScorer scorer, List<Path> files) {
    try {
      return scorer.read(files);
    } catch (IOException e) {
      throw new UserException(
          ExitCode.INVALID_INPUT, "ccg-diag score: " + Diagnostics.describe(e), e);
    }
  }

  /**
   * @param directory absolute and normalised (once, not for each of thousands of files)
   */
  private static boolean isInside(Path file, Path directory) {
    return file.toAbsolutePath().normalize().startsWith(directory);
  }

  private static int exitCode(int failed) {
    return failed == 0 ? ExitCode.OK.code() : ExitCode.INVALID_INPUT.code();
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  static final class WhenConverter implements ITypeConverter<ProgressBarDisplay.When> {
    @Override
    public ProgressBarDisplay.When convert(String value) {
      for (ProgressBarDisplay.When when : ProgressBarDisplay.When.values()) {
        if (when.name().equalsIgnoreCase(value.strip())) {
          return when;
        }
      }
      throw new TypeConversionException("'" + value + "' is not one of auto, always, never");
    }
  }
}
