package org.ccgdiag.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.batch.ReportFormat;
import org.ccgdiag.files.AtomicFile;
import org.ccgdiag.files.InputIdentity;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.report.ReportViews;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.Scorer;
import org.ccgdiag.scoring.Tally;
import org.ccgdiag.session.AnswersFile;
import org.ccgdiag.session.Session;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The interactive workshop session: asks each question, saves the answers file after every answer
 * or note, and ends with a summary (and the report, when asked for). The session's rules live in
 * {@link Session}; this class wires it to the console, the answers file and the report.
 */
@Command(
    name = "assess",
    sortOptions = false,
    description = {
      "Run the interactive self-assessment session. At each question type an option's",
      "key and Enter, or: n note, b back, s skip, ? guidance, g 14 / g d3 go to a",
      "question or a domain, r review the domain's answers, q save & quit (Ctrl-D and",
      "Ctrl-C save and quit too). The answers file is saved after every answer; run",
      "assess -a FILE again to resume at the first unanswered question, or to review",
      "a finished file. With standard input not a terminal, the same inputs are read",
      "line by line, so sessions can be scripted."
    })
final class AssessCommand implements Callable<Integer> {

  private final Context context;

  @Spec CommandSpec spec;

  @Mixin QuestionnaireOption questionnaireOption;

  @Option(
      names = {"-a", "--answers"},
      paramLabel = "ANSWERS",
      description =
          "The answers file: resumed when it exists, created when not. Default: a new file in the"
              + " current directory named from the organisation and the date.")
  String answersFile;

  @Mixin RespondentOptions respondentOptions;

  @Mixin RoomOptions roomOptions;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Write the report to FILE when the session ends.")
  String report;

  @Option(
      names = "--format",
      paramLabel = "md|json|html|pdf|xlsx",
      converter = ReportFormatConverter.class,
      completionCandidates = CompletionCommand.ReportFormats.class,
      description = "The report's format (default: from the --report file's extension, else md).")
  ReportFormat format;

  AssessCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    respondentOptions.check();
    Questionnaire questionnaire = questionnaireOption.load(context, spec.commandLine().getErr());
    try (AssessConsole console = AssessConsole.open(context, spec.commandLine().getOut())) {
      AssessView view = new AssessView(console.width());
      Optional<Answers> fresh = Optional.empty();
      Path path;
      if (answersFile != null) {
        path = context.resolve(answersFile);
      } else {
        fresh =
            Optional.of(
                respondentOptions.newAnswers(
                    console, view, questionnaire, roomOptions.room, context.clock()));
        path =
            AnswersFile.defaultPath(
                context.workingDirectory(),
                fresh.get().organisation(),
                respondentOptions.round,
                LocalDate.now(context.clock()));
      }
      refuseReportOverInput(path);
      refuseUnresumable(path, questionnaire);
      try (AnswersFile file = lock(path)) {
        Answers answers;
        if (file.exists()) {
          answers = resume(file, questionnaire);
        } else {
          answers =
              fresh.isPresent()
                  ? fresh.get()
                  : respondentOptions.newAnswers(
                      console, view, questionnaire, roomOptions.room, context.clock());
          save(file, answers);
        }
        return run(Session.resume(questionnaire, answers, context.clock()), file, console, view);
      }
    }
  }

  /**
   * The report must not replace the answers file or the questionnaire, whatever name reaches them.
   */
  private void refuseReportOverInput(Path answers) {
    if (report == null) {
      return;
    }
    InputIdentity inputs = new InputIdentity().add(answers);
    questionnaireOption.file(context).ifPresent(inputs::add);
    inputs
        .firstClash(List.of(context.resolve(report)))
        .ifPresent(
            clash -> {
              throw usage(
                  "--report "
                      + clash.message(context::display)
                      + "; name another file for the report");
            });
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private AnswersFile lock(Path path) {
    Optional<AnswersFile> locked;
    try {
      locked = AnswersFile.lock(path, context.fileMode());
    } catch (IOException e) {
      throw new UserException(
          ExitCode.INVALID_INPUT,
          context.display(path) + ": cannot lock the answers file: " + Diagnostics.describe(e),
          e);
    }
    return locked.orElseThrow(
        () ->
            new UserException(
                context.display(path)
                    + ": another assess session"
                    + AnswersFile.holder(path).stream()
                        .mapToObj(pid -> " (process " + pid + ")")
                        .findFirst()
                        .orElse("")
                    + " is using this answers file; quit that session first (q), then resume"));
  }

  /**
   * The answers of an existing file, checked against the questionnaire; refused, untouched, when
   * unusable.
   */
  private Answers resume(AnswersFile file, Questionnaire questionnaire) {
    String name = context.display(file.path());
    Problems problems = new Problems(name);
    Optional<Answers> answers = file.read(questionnaire, problems);
    Diagnostics.print(problems, spec.commandLine().getErr());
    return respondentOptions.matching(answers.orElseThrow(() -> refused(name)), name);
  }

  private static UserException refused(String name) {
    return new UserException(
        name + ": cannot resume these answers (see above); the file was left unchanged");
  }

  /**
   * A file that cannot be resumed is refused before its lock is taken, so that a refusal leaves no
   * lock file beside it; the locked read that follows checks it again.
   */
  private void refuseUnresumable(Path path, Questionnaire questionnaire) {
    if (!Files.isRegularFile(path)) {
      return;
    }
    String name = context.display(path);
    Problems problems = new Problems(name);
    Optional<Answers> answers =
        org.ccgdiag.answers.AnswersReader.read(path, questionnaire, problems);
    if (answers.isEmpty()) {
      Diagnostics.print(problems, spec.commandLine().getErr());
      throw refused(name);
    }
    respondentOptions.matching(answers.get(), name);
  }

  /**
   * The session, from the start (or the review of a finished file) to the summary or how to resume,
   * and the report.
   */
  private int run(Session start, AnswersFile file, AssessConsole console, AssessView view) {
    String fileName = context.display(file.path());
    String resume = commands().resume(file.path(), start.answers());
    AttributedString welcome = null;
    if (console.isScreen()) {
      welcome = view.line("Answers are saved after every answer in " + fileName, AssessView.PLAIN);
    } else {
      console.print(view.start(start, fileName, resume));
    }
    Session session;
    if (roomOptions.room) {
      try (WorkshopRoom phones =
          roomOptions.start(start, answers -> save(file, answers), console, view)) {
        session = new Workshop(console, phones::save, start, welcome, phones).run();
      }
    } else {
      session = new Workshop(console, answers -> save(file, answers), start, welcome, null).run();
    }
    if (session.isOver()) {
      Findings scored = Scorer.score(Tally.of(session.questionnaire(), asSelf(session.answers())));
      console.show(
          width ->
              new AssessScreens(width)
                  .summary(
                      new SummaryView(new AssessView(width))
                          .lines(session, scored, resume, commands().fullReport(file.path()))),
          0);
    } else {
      console.print(view.quit(session, fileName, resume));
    }
    if (report != null) {
      writeReport(session, console, view);
    }
    return ExitCode.OK.code();
  }

  /**
   * The answers as the leadership's own, so the summary on screen shows this respondent's view
   * whatever their perspective (the report applies the brief's rules to them as they are).
   */
  private static Answers asSelf(Answers answers) {
    Respondent r = answers.respondent();
    return new Answers(
        answers.questionnaire(),
        answers.organisation(),
        new Respondent(r.name(), r.role(), Respondent.SELF, r.consensus()),
        answers.started(),
        answers.updated(),
        answers.complete(),
        answers.answers(),
        answers.round());
  }

  private void writeReport(Session session, AssessConsole console, AssessView view) {
    Path path = context.resolve(report);
    ReportFormat chosen =
        format != null ? format : ReportFormat.ofFileName(report).orElse(ReportFormat.MARKDOWN);
    byte[] content =
        chosen.renderUtf8(
            ReportViews.of(Scorer.score(Tally.of(session.questionnaire(), session.answers()))));
    try {
      AtomicFile.write(path, content, AtomicFile.Durability.SYNCED, context.fileMode());
    } catch (IOException e) {
      throw new UserException(
          ExitCode.INVALID_INPUT,
          context.display(path) + ": cannot write the report: " + Diagnostics.describe(e),
          e);
    }
    console.print(view.reportWritten(context.display(path)));
  }

  private void save(AnswersFile file, Answers answers) {
    try {
      file.save(answers);
    } catch (AnswersFile.ChangedOnDisk e) {
      String name = context.display(file.path());
      throw new UserException(
          ExitCode.INVALID_INPUT,
          name
              + ": "
              + e.getMessage()
              + "; it was left as it is, and this session's answers were saved to "
              + context.display(e.sideFile())
              + ". Compare the two, keep the answers you want in "
              + name
              + " (or delete the side file), then resume with: "
              + commands().resume(file.path(), answers),
          e);
    } catch (IOException e) {
      throw new UserException(
          ExitCode.INVALID_INPUT,
          context.display(file.path())
              + ": cannot save the answers: "
              + Diagnostics.describe(e)
              + " (the last change was not saved)",
          e);
    }
  }

  private ShellCommands commands() {
    return new ShellCommands(context, questionnaireOption.questionnaire, report, format);
  }
}
