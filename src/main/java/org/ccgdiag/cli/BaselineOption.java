package org.ccgdiag.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ccgdiag.batch.BaselineFiles;
import org.ccgdiag.batch.Baselines;
import org.ccgdiag.batch.Batch;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;
import picocli.CommandLine.Option;

/** score's --baseline: the earlier run whose scores the reports show the change since. */
final class BaselineOption {
  @Option(
      names = "--baseline",
      paramLabel = "PREVIOUS",
      description =
          "Show the change since an earlier run: a JSON report, or with -o an earlier OUT folder or"
              + " its summary.json. Rounds of one organisation in the same batch are compared without"
              + " it.")
  String baseline;

  /**
   * The --baseline files, {@link Baselines#NONE} without the option; null (problems printed) when
   * they cannot be read.
   */
  Baselines read(Context context, Questionnaire questionnaire, PrintWriter err) {
    if (baseline == null) {
      return Baselines.NONE;
    }
    Path path = context.resolve(baseline);
    Problems problems = new Problems(context.display(path));
    Optional<BaselineFiles> files =
        BaselineFiles.read(path, questionnaire, context::display, problems);
    Diagnostics.print(problems, err);
    return files.isPresent() ? files.get() : null;
  }

  /** Says so (nothing is written) when --baseline can be used by no group of the batch. */
  boolean unusable(Context context, Batch batch, Baselines baselines, PrintWriter err) {
    Optional<String> unusable =
        baselines instanceof BaselineFiles files
            ? files.unusable(batch.organisations())
            : Optional.empty();
    unusable.ifPresent(
        why -> {
          err.println(context.display(context.resolve(baseline)) + ": " + why);
          err.flush();
        });
    return unusable.isPresent();
  }

  /** The files --baseline reads, which no report or summary may replace. */
  List<Path> inputs(Context context) {
    return baseline == null ? List.of() : BaselineFiles.inputs(context.resolve(baseline));
  }

  /**
   * Why an output folder that would replace an input is refused, when --baseline is one of them.
   */
  String readByThisRun() {
    return baseline == null ? "" : " (--baseline " + baseline + " is read by this run)";
  }
}
