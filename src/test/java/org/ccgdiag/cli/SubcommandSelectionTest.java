package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * main builds only the subcommand the arguments name ({@link Main#rootFor}); whatever it builds,
 * every run prints and exits exactly as with the whole command tree.
 */
class SubcommandSelectionTest {
  @TempDir Path dir;

  /** Every command of the whole tree, nested ones too, by the words that run it. */
  static List<String> everyCommand() {
    List<String> commands = new ArrayList<>();
    collect(
        Main.commandLine(
            context(Path.of(".")),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter())),
        "",
        commands);
    return commands;
  }

  private static void collect(CommandLine commandLine, String prefix, List<String> commands) {
    for (Map.Entry<String, CommandLine> sub : commandLine.getSubcommands().entrySet()) {
      commands.add(prefix + sub.getKey());
      collect(sub.getValue(), prefix + sub.getKey() + " ", commands);
    }
  }

  static Stream<String> runs() {
    List<String> runs =
        new ArrayList<>(
            List.of(
                "",
                "--version",
                "-V",
                "--debug --version",
                "--version --version",
                "--version validate",
                "-V foo",
                "--help",
                "-hV",
                "--debug",
                "--bogus",
                "valdate",
                "-- validate",
                "--debug validate --help",
                "validate -V",
                "validate",
                "validate --bogus",
                "validate score",
                "validate q.yaml",
                "--debug validate missing.yaml",
                "score --format jsn q.yaml",
                "questionnaires exprt",
                "questionnaires --version",
                "questionnaires export --version",
                "questionnaires export ccg-authorisation --format csv",
                "import",
                "compare",
                "completion foo"));
    for (String command : everyCommand()) {
      runs.add(command + " --help");
    }
    return runs.stream();
  }

  @ParameterizedTest(name = "ccg-diag {0}")
  @MethodSource("runs")
  void aRunPrintsAndExitsAsWithEveryCommand(String line) throws IOException {
    Files.copy(Path.of("questionnaires/ccg-authorisation.yaml"), dir.resolve("q.yaml"));
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");

    assertThat(run(Main.rootFor(args), args)).isEqualTo(run(CcgDiagCommand.WithAll.class, args));
  }

  @Test
  void eachCommandButCompletionIsBuiltAlone() {
    List<String> topLevel =
        everyCommand().stream().filter(command -> !command.contains(" ")).toList();
    for (String name : topLevel) {
      assertThat(build(Main.rootFor(name, "--help")).getSubcommands().keySet())
          .as(name)
          .containsExactlyElementsOf(name.equals("completion") ? topLevel : List.of(name));
    }
    assertThat(build(Main.rootFor("--debug", "validate")).getSubcommands())
        .containsOnlyKeys("validate");
    assertThat(build(Main.rootFor("--version")).getSubcommands()).isEmpty();
    assertThat(build(Main.rootFor("--help", "validate")).getSubcommands().keySet())
        .containsExactlyElementsOf(topLevel);
  }

  private CommandLine build(Class<? extends CcgDiagCommand> root) {
    return Main.commandLine(
        root,
        context(dir),
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
  }

  private List<Object> run(Class<? extends CcgDiagCommand> root, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine =
        Main.commandLine(
            root, context(dir), new PrintWriter(out, true), new PrintWriter(err, true));
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
    int exitCode = commandLine.execute(args);
    return List.of(exitCode, out.toString(), err.toString());
  }

  private static Context context(Path dir) {
    return new Context(
        new ByteArrayInputStream(new byte[0]),
        Clock.fixed(CommandRun.NOW, ZoneOffset.UTC),
        Map.of(),
        dir.toAbsolutePath());
  }
}
