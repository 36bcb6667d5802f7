package org.ccgdiag.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.ccgdiag.batch.ReportFormat;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the shell completion script; option values are offered as the options accept them. */
@Command(
    name = "completion",
    description = {
      "Print a completion script for bash and zsh: commands, options and their values complete on Tab."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  source <(ccg-diag completion)                      # this shell",
      "  ccg-diag completion > ~/.local/share/bash-completion/completions/ccg-diag"
    })
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("ccg-diag", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }

  /** The report formats as --format takes them (md, json, html), not as the enum names them. */
  static final class ReportFormats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ReportFormat.values()).map(ReportFormat::extension).iterator();
    }
  }
}
