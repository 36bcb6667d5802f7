package org.ccgdiag.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes docs/example-report.md from the example workshop. Run it after changing the report or the
 * scoring: {@code mvn -B -q test -Dtest=ExampleReportTest -Dccgdiag.example=write}.
 */
class ExampleReportTest {
  @Test
  @EnabledIfSystemProperty(named = "ccgdiag.example", matches = "write")
  void writeExample() throws IOException {
    String markdown = MarkdownReport.render(Fixtures.workshop());
    Path docs = Path.of("docs");
    Files.createDirectories(docs);
    Files.writeString(docs.resolve("example-report.md"), markdown, StandardCharsets.UTF_8);
    assertThat(markdown).startsWith("# NHS Riverside CCG");
  }
}
