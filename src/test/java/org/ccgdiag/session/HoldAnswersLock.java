package org.ccgdiag.session;

import java.nio.file.Path;

/**
 * Run in a second JVM by the tests: locks the answers file named by its argument, says "locked" and
 * holds the lock until it is killed.
 */
public final class HoldAnswersLock {
  private HoldAnswersLock() {}

  public static void main(String[] args) throws Exception {
    AnswersFile file = AnswersFile.lock(Path.of(args[0])).orElseThrow();
    System.out.println("locked " + file.path());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }

  /** Starts the holder in a new JVM with this test's class path, once it holds the lock. */
  public static Process start(Path answers) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                HoldAnswersLock.class.getName(),
                answers.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String line =
        new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))
            .readLine();
    if (line == null || !line.startsWith("locked")) {
      process.destroyForcibly();
      throw new IllegalStateException("the lock holder did not start: " + line);
    }
    return process;
  }
}
