package org.ccgdiag.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.BundledQuestionnaires;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.QuestionnaireReader;
import picocli.CommandLine.Option;

/** The -q option shared by the commands: a YAML file path or the id of a bundled questionnaire. */
final class QuestionnaireOption {

  @Option(
      names = {"-q", "--questionnaire"},
      paramLabel = "QUESTIONNAIRE",
      description =
          "Questionnaire: a YAML file or the id of a bundled one (default: ${DEFAULT-VALUE}).",
      defaultValue = BundledQuestionnaires.DEFAULT_ID)
  String questionnaire;

  /**
   * The questionnaire's file, an input of the run, when it names a file rather than a bundled one.
   */
  Optional<Path> file(Context context) {
    Path path = context.resolve(questionnaire);
    return Files.exists(path) ? Optional.of(path) : Optional.empty();
  }

  /** Loads the questionnaire, or throws a {@link UserException} listing every problem. */
  Questionnaire load(Context context, PrintWriter err) {
    Path path = context.resolve(questionnaire);
    if (!Files.exists(path)) {
      return BundledQuestionnaires.load(questionnaire)
          .orElseThrow(
              () ->
                  new UserException(
                      questionnaire
                          + ": no such file, and no bundled questionnaire has that id (bundled: "
                          + String.join(", ", BundledQuestionnaires.ids())
                          + ")"));
    }
    Problems problems = new Problems(questionnaire);
    Optional<Questionnaire> loaded = QuestionnaireReader.read(path, problems);
    Diagnostics.print(problems, err);
    return loaded.orElseThrow(
        () -> new UserException(questionnaire + ": the questionnaire is not valid (see above)"));
  }

  /**
   * Starts loading the questionnaire on another thread, for a command with other start-up work to
   * do meanwhile (score lists its input files); its messages wait for {@link Loading#get}, so they
   * come out where the command would have printed them.
   */
  Loading loadMeanwhile(Context context) {
    return new Loading(context);
  }

  /** A questionnaire being loaded on another thread. */
  final class Loading {
    private final StringWriter messages = new StringWriter();
    private final FutureTask<Questionnaire> task;

    private Loading(Context context) {
      PrintWriter buffered = new PrintWriter(messages);
      task = new FutureTask<>(() -> load(context, buffered));
      Thread thread = new Thread(task, "ccg-diag-questionnaire");
      thread.setDaemon(true); // a command that stops early does not wait for it
      thread.start();
    }

    /** Prints what loading printed, then gives the questionnaire or throws what loading threw. */
    Questionnaire get(PrintWriter err) {
      try {
        return task.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e.getCause()); // load throws nothing checked
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while loading the questionnaire", e);
      } finally {
        err.print(messages);
        err.flush();
      }
    }
  }
}
