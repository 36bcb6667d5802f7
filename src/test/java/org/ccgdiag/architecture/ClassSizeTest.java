package org.ccgdiag.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No source file of the program is longer than a newcomer reads in one sitting (issue 23): a class
 * that grows past this says more than one thing, and is split by what it does. Measured on the
 * source as the build's formatter check keeps it.
 */
class ClassSizeTest {
  private static final int MOST_LINES = 400;

  private record Source(Path file, long lines) {
    static Source of(Path file) {
      try (Stream<String> lines = Files.lines(file)) {
        return new Source(file, lines.count());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void everySourceFileOfTheProgramIsShort() throws IOException {
    List<String> tooLong;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      tooLong =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .map(Source::of)
              .filter(source -> source.lines() > MOST_LINES)
              .map(source -> source.file() + ": " + source.lines() + " lines")
              .sorted()
              .toList();
    }
    assertThat(tooLong).as("source files over %d lines", MOST_LINES).isEmpty();
  }
}
