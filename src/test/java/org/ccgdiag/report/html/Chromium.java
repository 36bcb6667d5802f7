package org.ccgdiag.report.html;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium for tests: screenshots and PDFs of an HTML file. Each run has its own
 * throw-away profile, nothing that reaches the network, and a time limit after which the browser
 * and its children are killed.
 */
public final class Chromium {
  static final long TIMEOUT_SECONDS = 60;

  static final String INSTALL =
      "Chromium is needed to check HTML reports: install Debian's package with"
          + " 'apt-get update && apt-get install -y chromium' (.ci/run does this under CI).";

  private final Path executable;

  private Chromium(Path executable) {
    this.executable = executable;
  }

  /** /usr/bin/chromium, else {@code chromium} or {@code chromium-browser} on the PATH. */
  public static Optional<Path> find() {
    Path debian = Path.of("/usr/bin/chromium");
    if (Files.isExecutable(debian)) {
      return Optional.of(debian);
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The browser, or: under CI (environment variable {@code CI} set) a failure saying how to install
   * it; elsewhere the test is skipped.
   */
  public static Chromium require() {
    Optional<Path> found = find();
    if (found.isEmpty()) {
      String ci = System.getenv("CI");
      if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
        fail(INSTALL);
      }
      assumeTrue(false, INSTALL);
    }
    return new Chromium(found.get());
  }

  /** Takes a screenshot of the page in a window of the given size. */
  public Path screenshot(Path html, int width, int height, Path png)
      throws IOException, InterruptedException {
    run(
        html,
        List.of(
            "--window-size=" + width + "," + height,
            "--hide-scrollbars",
            "--screenshot=" + png.toAbsolutePath()),
        png);
    return png;
  }

  /** Prints the page to PDF (A4 comes from the page's own print stylesheet). */
  public Path printToPdf(Path html, Path pdf) throws IOException, InterruptedException {
    run(html, List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath()), pdf);
    return pdf;
  }

  private void run(Path html, List<String> options, Path output)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile");
    Path log = Files.createTempFile("chromium", ".log");
    try {
      Files.deleteIfExists(output);
      List<String> command =
          new ArrayList<>(
              List.of(
                  executable.toString(),
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--no-first-run",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--user-data-dir=" + profile));
      command.addAll(options);
      command.add(html.toAbsolutePath().toUri().toString());
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        fail(
            "Chromium took more than "
                + TIMEOUT_SECONDS
                + " s and was killed: "
                + command
                + "\n"
                + Files.readString(log));
      }
      if (process.exitValue() != 0 || !Files.isRegularFile(output)) {
        fail(
            "Chromium exited with "
                + process.exitValue()
                + " and "
                + (Files.isRegularFile(output) ? "" : "no ")
                + "output: "
                + command
                + "\n"
                + Files.readString(log));
      }
    } finally {
      Files.deleteIfExists(log);
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
