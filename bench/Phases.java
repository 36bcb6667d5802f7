import java.nio.file.Files;
import java.nio.file.Path;
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
 * Where a batch's processor time goes, phase by phase, on one thread and without writing files:
 * reading (parse, check, tally), scoring, report views, JSON and Markdown rendering. Repeats the
 * whole batch so the later rounds show warmed-up code. Run by bench/phases.sh.
 */
public class Phases {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Questionnaire questionnaire =
        QuestionnaireReader.read(dir.resolve("questionnaire.yaml"), new Problems("questionnaire"))
            .orElseThrow();
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir.resolve("answers"))) {
      files = listing.sorted().toList();
    }
    System.out.println("| round | read ms | score ms | views ms | json ms | md ms | output MB |");
    System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (int round = 1; round <= rounds; round++) {
      BatchScorer scorer = new BatchScorer(questionnaire, 1, Path::toString, BatchProgress.NONE);
      long start = System.nanoTime();
      Batch batch = scorer.read(files);
      long read = System.nanoTime();
      long[] nanos = new long[3];
      long[] bytes = new long[1];
      scorer.score(
          batch,
          (organisation, report, progress) -> {
            long t0 = System.nanoTime();
            ReportView view = ReportViews.of(report, progress);
            long t1 = System.nanoTime();
            bytes[0] += ReportFormat.JSON.renderUtf8(view).length;
            long t2 = System.nanoTime();
            bytes[0] += ReportFormat.MARKDOWN.renderUtf8(view).length;
            long t3 = System.nanoTime();
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            nanos[2] += t3 - t2;
          });
      long scored = System.nanoTime() - read - nanos[0] - nanos[1] - nanos[2];
      System.out.printf(
          "| %d | %d | %d | %d | %d | %d | %d |%n",
          round,
          (read - start) / 1_000_000,
          scored / 1_000_000,
          nanos[0] / 1_000_000,
          nanos[1] / 1_000_000,
          nanos[2] / 1_000_000,
          bytes[0] >> 20);
    }
  }
}
