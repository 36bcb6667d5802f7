package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command's {@code --help} at 80 columns (issue 20): no line is longer, and no line stops
 * mid-sentence while the next line's first word would still have fitted on it (how a hard-wrapped
 * description looks once wrapped again), and no option's description starts a new line
 * mid-sentence.
 */
class HelpWrapTest {
  private static final int WIDTH = 80;

  static Stream<List<String>> commands() {
    return Stream.of(
        List.of(),
        List.of("assess"),
        List.of("score"),
        List.of("compare"),
        List.of("import"),
        List.of("validate"),
        List.of("questionnaires"),
        List.of("questionnaires", "export"),
        List.of("questionnaires", "template"));
  }

  @ParameterizedTest(name = "{0} --help")
  @MethodSource("commands")
  void wrappedAtWordBoundaries(List<String> command, @TempDir Path dir) {
    List<String> args = new ArrayList<>(command);
    args.add("--help");
    System.setProperty("picocli.usage.width", String.valueOf(WIDTH));
    List<String> lines;
    try {
      lines = CommandRun.in(dir).run(args.toArray(String[]::new)).assertSuccess().outLines();
    } finally {
      System.clearProperty("picocli.usage.width");
    }
    assertThat(lines).hasSizeGreaterThan(3);
    if (command.isEmpty()) {
      // The program's description claims no field's structure: that is the questionnaire's.
      assertThat(String.join(" ", lines))
          .doesNotContain("knowledge")
          .doesNotContain("skills")
          .doesNotContain("mindsets")
          .contains("questionnaires template");
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      assertThat(line.length())
          .as("line %d of %s --help: %s", i + 1, command, line)
          .isLessThanOrEqualTo(WIDTH);
      if (i + 1 < lines.size()) {
        assertThat(brokenEarly(line, lines.get(i + 1)))
            .as(
                "%s --help breaks mid-sentence after: \"%s\" / \"%s\"",
                command, line, lines.get(i + 1))
            .isFalse();
        assertThat(newLineInDescription(line, lines.get(i + 1)))
            .as(
                "%s --help starts a new line inside a description after: \"%s\" / \"%s\"",
                command, line, lines.get(i + 1))
            .isFalse();
      }
    }
  }

  private static boolean brokenEarly(String line, String next) {
    String text = line.stripTrailing();
    // The synopsis and example commands are one to a line by design.
    if (text.startsWith("Usage:") || text.strip().startsWith("ccg-diag ")) {
      return false;
    }
    if (text.isEmpty()
        || next.isBlank()
        || indent(line) != indent(next)
        || text.matches(".*[.:!?]$")) {
      return false;
    }
    String firstWord = next.strip().split(" ", 2)[0];
    return text.length() + 1 + firstWord.length() <= WIDTH - 1;
  }

  /**
   * A description given as several strings prints each on a line of its own, indented less than the
   * wrapped lines before it: it reads as a sentence broken in the middle.
   */
  private static boolean newLineInDescription(String line, String next) {
    return !next.isBlank()
        && indent(next) < indent(line)
        && indent(next) > 4
        && !next.strip().startsWith("-");
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }
}
