package org.ccgdiag.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Batch scoring (being built: see the scoring issue). */
@Command(name = "score", mixinStandardHelpOptions = true, description = "Score answer files and write reports.")
final class ScoreCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("ccg-diag score: not yet available");
  }
}
