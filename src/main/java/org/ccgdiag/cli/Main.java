package org.ccgdiag.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.text.Visible;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** Entry point: builds the one configured {@link CommandLine} that both main and the tests use. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Picocli otherwise looks for Groovy on the class path when it first creates an object.
    System.setProperty("picocli.disable.closures", "true");
    System.exit(run(args));
  }

  static int run(String... args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    return commandLine(rootFor(args), Context.system(), out, err).execute(args);
  }

  /**
   * The command line with every subcommand, its exception handling, exit codes and streams set up.
   */
  public static CommandLine commandLine(Context context, PrintWriter out, PrintWriter err) {
    return commandLine(CcgDiagCommand.WithAll.class, context, out, err);
  }

  /**
   * The root command with the subcommands these arguments need: none for a version request alone,
   * only the named one when the arguments start with it (after {@code --debug}), and all of them
   * otherwise: the top-level help and usage list them, a mistyped name is matched against them, and
   * completion describes them.
   */
  static Class<? extends CcgDiagCommand> rootFor(String... args) {
    boolean version = false;
    for (String arg : args) {
      switch (arg) {
        case "--debug" -> {}
        case "--version", "-V" -> version = true;
        default -> {
          return version ? CcgDiagCommand.WithAll.class : rootNaming(arg);
        }
      }
    }
    return version ? CcgDiagCommand.class : CcgDiagCommand.WithAll.class;
  }

  private static Class<? extends CcgDiagCommand> rootNaming(String subcommand) {
    return switch (subcommand) {
      case "assess" -> CcgDiagCommand.WithAssess.class;
      case "score" -> CcgDiagCommand.WithScore.class;
      case "compare" -> CcgDiagCommand.WithCompare.class;
      case "import" -> CcgDiagCommand.WithImport.class;
      case "validate" -> CcgDiagCommand.WithValidate.class;
      case "questionnaires" -> CcgDiagCommand.WithQuestionnaires.class;
      default -> CcgDiagCommand.WithAll.class;
    };
  }

  static CommandLine commandLine(
      Class<? extends CcgDiagCommand> root, Context context, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(root, new Factory(context));
    commandLine.setOut(out);
    commandLine.setErr(err);
    Hooks hooks = new Hooks();
    commandLine.setExecutionExceptionHandler(hooks);
    commandLine.setParameterExceptionHandler(hooks);
    commandLine.setExecutionStrategy(hooks);
    applyToAll(commandLine.getCommandSpec());
    commandLine
        .getHelpSectionMap()
        .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new CommandList());
    if (!context.environment().containsKey("CLICOLOR_FORCE") && !context.isTerminal()) {
      commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
    }
    return commandLine;
  }

  private static void applyToAll(CommandSpec spec) {
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
    Examples.addTo(spec);
    spec.usageMessage().description(paragraphs(spec.usageMessage().description()));
    spec.subcommands().values().forEach(sub -> applyToAll(sub.getCommandSpec()));
  }

  /**
   * A description's lines as written in the source, joined into paragraphs that picocli wraps at
   * word boundaries to the terminal's width (lines kept as written would be broken again
   * mid-sentence). An empty line ends a paragraph; a line that starts with spaces (an example)
   * stays on its own.
   */
  static String[] paragraphs(String[] lines) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : lines) {
      boolean own = line.isEmpty() || line.startsWith(" ");
      if (own || paragraph.isEmpty()) {
        if (!paragraph.isEmpty()) {
          paragraphs.add(paragraph.toString());
          paragraph.setLength(0);
        }
        if (own) {
          paragraphs.add(line);
        } else {
          paragraph.append(line);
        }
      } else {
        paragraph.append(' ').append(line.strip());
      }
    }
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph.toString());
    }
    return paragraphs.toArray(String[]::new);
  }

  /** Runs the chosen subcommand; a bare {@code ccg-diag} is a usage error that prints the usage. */
  private static int execute(ParseResult parseResult) {
    CommandLine commandLine = parseResult.commandSpec().commandLine();
    if (parseResult.subcommand() == null
        && !commandLine.isUsageHelpRequested()
        && !commandLine.isVersionHelpRequested()) {
      commandLine.usage(commandLine.getErr());
      return ExitCode.USAGE.code();
    }
    return new CommandLine.RunLast().execute(parseResult);
  }

  private static int handleExecutionException(
      Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (debug(parseResult)) {
      e.printStackTrace(err);
    }
    if (e instanceof UserException user && user.exitCode() == ExitCode.USAGE) {
      return usageError(commandLine, user.getMessage());
    }
    if (e instanceof UserException user) {
      err.println(Visible.oneLine(user.getMessage()));
      err.flush();
      return user.exitCode().code();
    }
    err.println(
        "ccg-diag: internal error: "
            + e
            + (debug(parseResult) ? "" : " (run with --debug for details)"));
    err.flush();
    return ExitCode.INTERNAL.code();
  }

  private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(
        commandLine.getCommandSpec().qualifiedName() + ": " + Visible.oneLine(e.getMessage()));
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println(helpHint(commandLine));
    }
    err.flush();
    return ExitCode.USAGE.code();
  }

  /**
   * A usage error found while running (a {@link UserException} with {@link ExitCode#USAGE}), shown
   * as picocli's own: the command's name, the message on one line, the help hint.
   */
  private static int usageError(CommandLine commandLine, String message) {
    PrintWriter err = commandLine.getErr();
    err.println(commandLine.getCommandSpec().qualifiedName() + ": " + Visible.oneLine(message));
    err.println(helpHint(commandLine));
    err.flush();
    return ExitCode.USAGE.code();
  }

  private static String helpHint(CommandLine commandLine) {
    return "Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.";
  }

  private static boolean debug(ParseResult parseResult) {
    for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Main's handlers as picocli's interfaces. A class, not method references: a lambda class that
   * implements one of picocli's interfaces (an old class-file version) is made at run time and
   * keeps those interfaces out of the class-data-sharing archive.
   */
  private static final class Hooks
      implements CommandLine.IExecutionStrategy,
          CommandLine.IExecutionExceptionHandler,
          CommandLine.IParameterExceptionHandler {
    @Override
    public int execute(ParseResult parseResult) {
      return Main.execute(parseResult);
    }

    @Override
    public int handleExecutionException(
        Exception e, CommandLine commandLine, ParseResult parseResult) {
      return Main.handleExecutionException(e, commandLine, parseResult);
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
      return Main.handleParameterException(e, args);
    }
  }

  /** Creates commands, giving the {@link Context} to those whose constructor takes it. */
  private record Factory(Context context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      // A search rather than getDeclaredConstructor(Context.class), whose exception for every class
      // without one is slow while the program starts.
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (constructor.getParameterCount() == 1
            && constructor.getParameterTypes()[0] == Context.class) {
          return type.cast(constructor.newInstance(context));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
