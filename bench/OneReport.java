import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.ccgdiag.batch.Batch;
import org.ccgdiag.batch.BatchProgress;
import org.ccgdiag.batch.BatchScorer;
import org.ccgdiag.batch.ReportFormat;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.QuestionnaireReader;
import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.ReportViews;

/**
 * What one organisation's report costs to render in each format, on one thread: the first render in
 * the JVM (classes loaded, templates and fonts read) and the median of the next ones. Uses the
 * first organisation of generated answers (bench/GenerateAnswers.java). Run by bench/one-report.sh.
 */
public class OneReport {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Questionnaire questionnaire =
        QuestionnaireReader.read(dir.resolve("questionnaire.yaml"), new Problems("questionnaire"))
            .orElseThrow();
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir.resolve("answers"))) {
      files = listing.sorted().toList();
    }
    BatchScorer scorer = new BatchScorer(questionnaire, 1, Path::toString, BatchProgress.NONE);
    Batch batch = scorer.read(files);
    List<ReportView> views = new ArrayList<>();
    scorer.score(
        batch,
        (organisation, report, progress) -> {
          synchronized (views) {
            if (views.isEmpty()) {
              views.add(ReportViews.of(report, progress));
            }
          }
        });
    ReportView view = views.get(0);
    System.out.println("| format | first render ms | median of next " + repeats + " ms | bytes |");
    System.out.println("| --- | ---: | ---: | ---: |");
    for (ReportFormat format :
        List.of(
            ReportFormat.MARKDOWN,
            ReportFormat.JSON,
            ReportFormat.HTML,
            ReportFormat.XLSX,
            ReportFormat.PDF)) {
      long t0 = System.nanoTime();
      int bytes = format.renderUtf8(view).length;
      long first = System.nanoTime() - t0;
      long[] next = new long[repeats];
      for (int i = 0; i < repeats; i++) {
        long t = System.nanoTime();
        format.renderUtf8(view);
        next[i] = System.nanoTime() - t;
      }
      Arrays.sort(next);
      System.out.printf(
          "| %s | %.1f | %.1f | %d |%n",
          format.extension(), first / 1e6, next[repeats / 2] / 1e6, bytes);
    }
  }
}
