package org.ccgdiag.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ccgdiag.files.AtomicFile;
import org.ccgdiag.report.ClusterSummary;
import org.ccgdiag.report.ClusterSummaryCsv;
import org.ccgdiag.report.ClusterSummaryJson;
import org.ccgdiag.report.ClusterSummaryMarkdown;
import org.ccgdiag.scoring.Report;

/**
 * The output directory of a batch: {@code <slug>.<ext>} for each organisation and requested
 * format, and the cluster summary as {@code summary.json}, {@code summary.csv} and {@code
 * summary.md}. Every file is written atomically.
 */
public final class OutputDirectory implements ReportSink {
  /** The base name of the summary files, which no organisation's slug may take. */
  public static final String SUMMARY = "summary";

  private final Path directory;
  private final List<ReportFormat> formats;

  public OutputDirectory(Path directory, Set<ReportFormat> formats) {
    this.directory = directory;
    this.formats = List.copyOf(formats);
  }

  public Path directory() {
    return directory;
  }

  @Override
  public void accept(Organisation organisation, Report report) throws IOException {
    for (ReportFormat format : formats) {
      write(organisation.slug() + "." + format.extension(), format.render(report));
    }
  }

  public void writeSummary(ClusterSummary summary) throws IOException {
    write(SUMMARY + ".json", ClusterSummaryJson.render(summary));
    write(SUMMARY + ".csv", ClusterSummaryCsv.render(summary));
    write(SUMMARY + ".md", ClusterSummaryMarkdown.render(summary, formats.contains(ReportFormat.MARKDOWN)));
  }

  private void write(String fileName, String content) throws IOException {
    AtomicFile.write(directory.resolve(fileName), content.getBytes(StandardCharsets.UTF_8));
  }
}
