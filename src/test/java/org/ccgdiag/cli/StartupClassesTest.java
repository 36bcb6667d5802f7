package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Short commands start fast because they load only what they use: a child JVM lists the classes it
 * loads. --help and --version load neither YAML nor Jackson (nor JLine), and a command builds no
 * other command's model (Main.rootFor); the PDF renderer loads only for PDFs.
 */
class StartupClassesTest {

  @ParameterizedTest
  @ValueSource(strings = {"--help", "--version", "score --help", "assess --help"})
  void helpAndVersionLoadNoParserClass(String args) throws Exception {
    assertThat(loadedClasses(args))
        .contains("org.ccgdiag.cli.Main")
        .doesNotContain("org.yaml.", "com.fasterxml.", "org.jline.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "validate questionnaires/ccg-authorisation.yaml"})
  void aCommandLoadsNoOtherCommand(String args) throws Exception {
    assertThat(loadedClasses(args))
        .contains("org.ccgdiag.cli.Main")
        .doesNotContain(
            "org.ccgdiag.cli.AssessCommand",
            "org.ccgdiag.cli.ScoreCommand",
            "org.ccgdiag.cli.CompletionCommand");
  }

  /** The PDF renderer (openhtmltopdf, PDFBox, Batik, jsoup) loads for the pdf format only. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "--help",
        "score --help",
        "score -o target/startup-classes --format md,json,html src/test/resources/golden/rounds/answers"
      })
  void onlyThePdfFormatLoadsThePdfRenderer(String args) throws Exception {
    assertThat(loadedClasses(args))
        .contains("org.ccgdiag.cli.Main")
        .doesNotContain(
            "com.openhtmltopdf.",
            "org.apache.pdfbox.",
            "org.apache.batik.",
            "org.jsoup.",
            "org.ccgdiag.report.pdf.");
  }

  private static String loadedClasses(String args) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-verbose:class",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args.split(" ")));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String loaded = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(loaded).isZero();
    return loaded;
  }
}
