package org.ccgdiag.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.ccgdiag.answers.AnswerSets;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.problem.Problem;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.report.compare.Comparison;
import org.ccgdiag.report.compare.ReportSnapshot;
import org.ccgdiag.report.group.ClusterSummary;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.Naming;
import org.ccgdiag.scoring.Scorer;
import org.ccgdiag.scoring.Tally;

/**
 * Scores many answer files at once, in two parallel stages: {@link #read} parses each file and adds
 * it to its organisation's tally (no parsed file is kept), then {@link #score} scores each
 * organisation and hands its report on. Every result is put in file or organisation order, never in
 * the order threads finish, so the output does not depend on the number of jobs.
 */
public final class BatchScorer {
  /**
   * Room in a set's order for the rows of one file: more than a spreadsheet within the size limit
   * holds.
   */
  private static final int ROW_BITS = 24;

  private final Questionnaire questionnaire;
  private final int jobs;
  private final Function<Path, String> display;
  private final BatchProgress progress;
  private final Naming naming;

  /**
   * The questionnaire's scorer, worked out on a thread of its own while the files are read: its
   * tables took tens of milliseconds of still-interpreted code before any file could be read.
   * Started by the first {@link #read} (or {@link #score}), so making a scorer starts no thread.
   */
  private FutureTask<Scorer> scorer;

  /**
   * @param jobs how many threads to use, at least 1
   * @param display how problems name a file (e.g. relative to the working directory)
   */
  public BatchScorer(
      Questionnaire questionnaire,
      int jobs,
      Function<Path, String> display,
      BatchProgress progress) {
    this(questionnaire, jobs, display, progress, Naming.NAMED);
  }

  /**
   * @param naming whether reports and warnings name the respondents
   */
  public BatchScorer(
      Questionnaire questionnaire,
      int jobs,
      Function<Path, String> display,
      BatchProgress progress,
      Naming naming) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
    }
    this.questionnaire = questionnaire;
    this.jobs = jobs;
    this.display = display;
    this.progress = progress;
    this.naming = naming;
  }

  /**
   * Reads the files (in the order given, which fixes the order of notes and warnings) and groups
   * them by organisation and round. A file with errors is skipped; its warnings, such as answers
   * given to another version of the questionnaire, also go into its group's report, and so does a
   * warning for each file left out as a repeat of another (see {@link Tally#settle()}).
   */
  public Batch read(List<Path> files) throws IOException {
    startScorer();
    Map<Organisation.Key, Tally> tallies = new ConcurrentHashMap<>();
    // Each slot is written by the one thread that read that file; joining the threads publishes
    // them.
    List<List<Problem>> problems = new ArrayList<>(Collections.nCopies(files.size(), List.of()));
    boolean[] failed = new boolean[files.size()];
    int[] setsPerFile = new int[files.size()];
    progress.begin(BatchProgress.Stage.READING, files.size());
    Workers.forEachIndex(
        files.size(),
        jobs,
        index -> {
          Problems found = new Problems(display.apply(files.get(index)));
          List<Answers> sets = AnswerSets.read(files.get(index), questionnaire, found);
          List<Problem> sorted = found.sorted();
          problems.set(index, sorted);
          failed[index] = sets.isEmpty();
          setsPerFile[index] = sets.size();
          String file = display.apply(files.get(index));
          Set<Tally> warned = new HashSet<>();
          for (int row = 0; row < sets.size(); row++) {
            Answers a = sets.get(row);
            // A spreadsheet's rows keep their order within the file's place in the batch.
            long order = ((long) index << ROW_BITS) + row;
            Tally tally =
                tallies.computeIfAbsent(
                    Organisation.key(a.organisation(), a.round()),
                    k -> new Tally(questionnaire, naming));
            tally.add(a, order, sets.size() == 1 ? file : file + " (answer set " + (row + 1) + ")");
            if (warned.add(tally)) {
              sorted.forEach(p -> tally.warn(p.file() + ": " + p.message(), order));
            }
          }
          progress.advance();
        });
    List<Organisation> organisations = Organisation.inOrder(tallies, OutputDirectory.SUMMARY);
    List<Problem> found = new ArrayList<>(problems.stream().flatMap(List::stream).toList());
    // Each group settles on its own (repeats found, sets counted): on every thread, reported in
    // order.
    List<List<Tally.Repeat>> repeats =
        new ArrayList<>(Collections.nCopies(organisations.size(), List.of()));
    Workers.forEachIndex(
        organisations.size(),
        jobs,
        index -> repeats.set(index, organisations.get(index).tally().settle()));
    for (List<Tally.Repeat> group : repeats) {
      for (Tally.Repeat repeat : group) {
        found.add(new Problem(repeat.file(), null, Problem.Severity.WARNING, repeat.message()));
      }
    }
    int failedFiles = 0;
    for (boolean f : failed) {
      failedFiles += f ? 1 : 0;
    }
    return new Batch(
        organisations,
        found,
        files.size(),
        failedFiles,
        java.util.Arrays.stream(setsPerFile).sum());
  }

  /** Scores every group, giving each report to {@code sink}; returns the summary. */
  public ClusterSummary score(Batch batch, ReportSink sink) throws IOException {
    return score(batch, sink, Baselines.NONE);
  }

  /**
   * Scores every group, giving each report and its progress to {@code sink}; returns the summary.
   * An organisation's rounds are scored in order by one thread, each measured against the round
   * before it; its first round (or a group without a round) against {@code baselines}.
   */
  public ClusterSummary score(Batch batch, ReportSink sink, Baselines baselines)
      throws IOException {
    List<Organisation> groups = batch.organisations();
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      if (i == 0 || !groups.get(i).sameOrganisationAs(groups.get(i - 1))) {
        starts.add(i);
      }
    }
    starts.add(groups.size());
    startScorer();
    Scorer scorer = Workers.result(this.scorer);
    ClusterSummary.Builder summary = ClusterSummary.builder(questionnaire, groups.size());
    progress.begin(BatchProgress.Stage.SCORING, groups.size());
    Workers.forEachIndex(
        starts.size() - 1,
        jobs,
        unit -> {
          ReportSnapshot previous = null;
          for (int index = starts.get(unit); index < starts.get(unit + 1); index++) {
            Organisation group = groups.get(index);
            Findings report = scorer.report(group.tally());
            ReportSnapshot now = ReportSnapshot.of(report, group.slug() + ".json");
            ReportSnapshot before =
                previous != null ? previous : baselines.before(group).orElse(null);
            Comparison since =
                before == null || !before.questionnaireId().equals(now.questionnaireId())
                    ? null
                    : Comparison.of(before, now);
            sink.accept(group, report, since);
            summary.add(index, group.slug(), report, since);
            previous = group.round() == null ? null : now;
            progress.advance();
          }
        });
    return summary.build(batch.files(), batch.failedFiles());
  }

  /** Starts working out the scorer's tables, once; read and score are called on one thread. */
  private void startScorer() {
    if (scorer == null) {
      scorer = new FutureTask<>(() -> Scorer.of(questionnaire));
      Thread tables = new Thread(scorer, "ccg-diag-scorer");
      tables.setDaemon(true);
      tables.start();
    }
  }
}
