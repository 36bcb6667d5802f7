package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code questionnaires template}: a short questionnaire that validates, every field used and
 * explained.
 */
class TemplateCommandTest {

  /** The fields of brief section 2 at the top level, in terms and in questions. */
  private static final Set<String> FIELDS =
      Set.of(
          "format",
          "id",
          "version",
          "title",
          "description",
          "min_coverage",
          "target",
          "levels",
          "scales",
          "domains",
          "areas",
          "questions",
          "resources",
          "terms",
          "dimensions",
          "framework",
          "numbered_domains",
          "retired",
          "organisation",
          "team",
          "group",
          "statement",
          "domain",
          "area",
          "dimension",
          "options",
          "key",
          "label",
          "score",
          "kind",
          "min",
          "beyond",
          "guidance",
          "scale",
          "weight",
          "reverse",
          "source",
          "evidence",
          "stakeholder_text",
          "mirrors",
          "intro",
          "url");

  @Test
  void itValidatesAsItIs(@TempDir Path dir) throws IOException {
    CommandRun.Result template =
        CommandRun.in(dir).run("questionnaires", "template").assertSuccess();
    Files.writeString(dir.resolve("mine.yaml"), template.out(), StandardCharsets.UTF_8);

    CommandRun.in(dir)
        .run("validate", "mine.yaml")
        .assertSuccess()
        .assertOut()
        .contains("valid questionnaire my-questionnaire");
    assertThat(template.out().lines().count()).isLessThan(120);
  }

  @Test
  void everyFieldIsUsedAndEveryUseExplained(@TempDir Path dir) {
    String text = CommandRun.in(dir).run("questionnaires", "template").assertSuccess().out();
    for (String field : FIELDS) {
      Matcher use = Pattern.compile("(?m)(^|[\\s{,-])" + field + ":").matcher(text);
      assertThat(use.find()).as("the template uses '%s'", field).isTrue();
    }
    // Each top-level field's line carries a comment saying what it is.
    text.lines()
        .filter(line -> line.matches("[a-z_]+:.*"))
        .forEach(line -> assertThat(line).as("a comment on: %s", line).contains("# "));
  }
}
