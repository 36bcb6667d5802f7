package org.ccgdiag.batch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.ccgdiag.files.AtomicFile;
import org.ccgdiag.files.FileMode;
import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.ReportViews;
import org.ccgdiag.report.Run;
import org.ccgdiag.report.compare.Comparison;
import org.ccgdiag.report.csv.ClusterSummaryCsv;
import org.ccgdiag.report.group.ClusterSummary;
import org.ccgdiag.report.html.ClusterSummaryHtml;
import org.ccgdiag.report.json.ClusterSummaryJson;
import org.ccgdiag.report.markdown.ClusterSummaryMarkdown;
import org.ccgdiag.report.pdf.PdfReport;
import org.ccgdiag.report.xlsx.SummaryWorkbook;
import org.ccgdiag.scoring.Findings;

/**
 * The output directory of a batch: {@code <slug>.<ext>} for each organisation and requested format,
 * and the cluster summary as {@code summary.json}, {@code summary.csv} and {@code summary.md} (and
 * {@code summary.html}, {@code summary.pdf}, {@code summary.xlsx} with those formats). Every file
 * is written atomically (a reader never sees half a file), but not synced to disk: reports can be
 * made again, and a sync per file cost up to 1 ms.
 *
 * <p>Reports are rendered on the calling (worker) thread and written by a few writer threads of
 * their own, so that file-system latency does not hold up scoring. Close it to stop the writers.
 */
public final class OutputDirectory implements ReportSink, AutoCloseable {
  /** The base name of the summary files, which no organisation's slug may take. */
  public static final String SUMMARY = "summary";

  /**
   * One writer per core, between two and eight: more threads creating files in one directory than
   * there are cores only queue on the directory's lock (its spinning was kernel time of its own).
   */
  private static final int WRITERS =
      Math.min(8, Math.max(2, Runtime.getRuntime().availableProcessors()));

  /** Rendered reports waiting for a writer, at most: keeps memory bounded when the disk is slow. */
  private static final int QUEUED = 32;

  private final Path directory;
  private final List<ReportFormat> formats;
  private final FileMode mode;
  private final ExecutorService writers;
  private final Semaphore queued = new Semaphore(QUEUED);
  private final AtomicReference<IOException> failure = new AtomicReference<>();
  private final Run run;

  /**
   * @param mode the permissions of the files it creates
   * @param run the run writing them: every report and the summary name it, so that a reader can
   *     tell which reports a summary was written with after a run killed half-way
   */
  public OutputDirectory(Path directory, Set<ReportFormat> formats, FileMode mode, Run run) {
    this.directory = directory;
    this.run = run;
    this.mode = mode;
    this.formats = List.copyOf(formats);
    AtomicInteger count = new AtomicInteger();
    this.writers =
        Executors.newFixedThreadPool(
            WRITERS,
            task -> {
              Thread thread = new Thread(task, "ccg-diag-writer-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Renders the organisation's report in each format and queues the files; a failed write shows
   * here or in {@link #writeSummary}.
   */
  @Override
  public void accept(Organisation organisation, Findings report, Comparison progress)
      throws IOException {
    ReportView view = ReportViews.of(report, progress, run);
    for (ReportFormat format : formats) {
      byte[] content = format.renderUtf8(view);
      Path file = directory.resolve(organisation.slug() + "." + format.extension());
      throwIfFailed();
      try {
        queued.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while writing " + file);
      }
      writers.execute(
          () -> {
            try {
              AtomicFile.write(file, content, AtomicFile.Durability.UNSYNCED, mode);
            } catch (IOException e) {
              failure.compareAndSet(null, e);
            } finally {
              queued.release();
            }
          });
    }
  }

  /** Every file the batch writes here: each group's reports, then the summary files. */
  public List<Path> files(List<Organisation> organisations) {
    List<Path> files = new ArrayList<>();
    for (Organisation organisation : organisations) {
      formats.forEach(
          format -> files.add(directory.resolve(organisation.slug() + "." + format.extension())));
    }
    for (String extension :
        formats.contains(ReportFormat.HTML)
            ? List.of("json", "csv", "md", "html")
            : List.of("json", "csv", "md")) {
      files.add(directory.resolve(SUMMARY + "." + extension));
    }
    return files;
  }

  /**
   * Waits for every report to be written, then writes the summary files; they are rendered
   * meanwhile, each on a writer thread of its own (the batch's serial end).
   */
  public void writeSummary(ClusterSummary batchSummary) throws IOException {
    ClusterSummary summary = batchSummary.of(run);
    Map<String, Future<byte[]>> summaries = new LinkedHashMap<>(); // by extension
    summaries.put("json", writers.submit(() -> utf8(ClusterSummaryJson.render(summary))));
    summaries.put("csv", writers.submit(() -> utf8(ClusterSummaryCsv.render(summary))));
    summaries.put(
        "md",
        writers.submit(
            () ->
                utf8(
                    ClusterSummaryMarkdown.render(
                        summary, formats.contains(ReportFormat.MARKDOWN)))));
    if (formats.contains(ReportFormat.HTML)) {
      summaries.put("html", writers.submit(() -> utf8(ClusterSummaryHtml.render(summary))));
    }
    // Lambdas, not method references, so that the PDF renderer and the workbook writer load only
    // when asked for.
    if (formats.contains(ReportFormat.PDF)) {
      summaries.put("pdf", writers.submit(() -> PdfReport.render(summary)));
    }
    if (formats.contains(ReportFormat.XLSX)) {
      summaries.put("xlsx", writers.submit(() -> SummaryWorkbook.render(summary)));
    }
    writers.shutdown();
    try {
      writers.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the reports");
    }
    throwIfFailed(); // no summary after a report that could not be written
    for (Map.Entry<String, Future<byte[]>> rendered : summaries.entrySet()) {
      write(SUMMARY + "." + rendered.getKey(), Workers.result(rendered.getValue()));
    }
  }

  /**
   * Stops the writers; reports still queued are not written (the batch failed, or it is done).
   * Waits for a write under way, so that nothing is written after the command has returned.
   */
  @Override
  public void close() {
    writers.shutdownNow();
    try {
      writers.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void throwIfFailed() throws IOException {
    IOException e = failure.get();
    if (e != null) {
      throw e;
    }
  }

  private void write(String fileName, byte[] content) throws IOException {
    AtomicFile.write(directory.resolve(fileName), content, AtomicFile.Durability.UNSYNCED, mode);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
