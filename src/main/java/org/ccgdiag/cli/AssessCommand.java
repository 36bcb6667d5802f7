package org.ccgdiag.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The interactive workshop session (being built: see the assess issue). */
@Command(name = "assess", mixinStandardHelpOptions = true, description = "Run the interactive self-assessment session.")
final class AssessCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("ccg-diag assess: not yet available");
  }
}
