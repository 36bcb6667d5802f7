package org.ccgdiag.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ccgdiag.batch.MiniFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24, item 3: a statement mirroring one that has no scale is a located error, not a crash.
 */
class MirrorWithoutScaleTest {
  @TempDir Path work;

  private void writeQuestionnaire() throws IOException {
    String mini = Files.readString(MiniFiles.questionnaireFile());
    String edited =
        mini.replace(
                "{id: lead.2, domain: lead, text: The vision is shared., scale: five}",
                "{id: lead.2, domain: lead, text: The vision is shared.}")
            .replace(
                "{id: plan.2, domain: plan, text: The plan is costed., scale: five}",
                "{id: plan.2, domain: plan, text: The plan is costed., scale: five, reverse: true, mirrors: lead.2}");
    Files.writeString(work.resolve("q.yaml"), edited);
    Files.writeString(
        work.resolve("a.yaml"),
        MiniFiles.answers(
            "NHS A CCG", "1.0.0", "A", java.util.Arrays.asList("4", null, "2", "1"), null));
  }

  @Test
  void validateReportsTheMissingScaleAndNothingElseBreaks() throws IOException {
    writeQuestionnaire();

    CommandRun.in(work)
        .run("validate", "q.yaml")
        .assertInvalidInput()
        .assertErr()
        .contains("q.yaml:")
        .contains("'scale'")
        .doesNotContain("internal error");
    CommandRun.in(work)
        .run("validate", "-q", "q.yaml", "a.yaml")
        .assertInvalidInput()
        .assertErr()
        .contains("'scale'")
        .doesNotContain("internal error");
    CommandRun.in(work)
        .run("score", "-q", "q.yaml", "a.yaml")
        .assertInvalidInput()
        .assertErr()
        .doesNotContain("internal error");
  }

  @Test
  void theMirroredStatementMissingItsScaleTheOtherWayRound() throws IOException {
    String mini = Files.readString(MiniFiles.questionnaireFile());
    Files.writeString(
        work.resolve("q.yaml"),
        mini.replace(
                "{id: lead.2, domain: lead, text: The vision is shared., scale: five}",
                "{id: lead.2, domain: lead, text: The vision is shared., mirrors: plan.2}")
            .replace(
                "{id: plan.2, domain: plan, text: The plan is costed., scale: five}",
                "{id: plan.2, domain: plan, text: The plan is costed., scale: five, reverse: true}"));

    CommandRun.in(work)
        .run("validate", "q.yaml")
        .assertInvalidInput()
        .assertErr()
        .contains("'scale'")
        .doesNotContain("internal error");
  }
}
