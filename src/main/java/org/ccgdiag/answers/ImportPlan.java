package org.ccgdiag.answers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ccgdiag.files.FileMode;
import org.ccgdiag.files.Slugs;

/**
 * Where imported answer sets go: one answers file each in a directory, named from the organisation,
 * the respondent and the round ({@code nhs-riverside-ccg--dr-asha-patel--2012-03.yaml}; {@code
 * respondent} when the row names none), with {@code -2}, {@code -3}, ... for a name taken by an
 * earlier set. Every name is known before anything is written, so a clash with an existing file
 * stops the import before it starts; a file that already holds what would be written is skipped.
 */
public record ImportPlan(List<Target> targets) {

  /** One answer set and the file it goes to. */
  public record Target(Path file, Answers answers) {}

  public ImportPlan {
    targets = List.copyOf(targets);
  }

  public static ImportPlan of(List<Answers> sets, Path directory) {
    Set<String> taken = new HashSet<>();
    List<Target> targets = new ArrayList<>();
    for (Answers answers : sets) {
      String base = baseName(answers);
      String name = base;
      for (int n = 2; !taken.add(name); n++) {
        name = base + "-" + n;
      }
      targets.add(new Target(directory.resolve(name + ".yaml"), answers));
    }
    return new ImportPlan(targets);
  }

  /** Slugs keep each part to plain letters, digits and hyphens; "--" separates the parts. */
  private static String baseName(Answers answers) {
    String respondent = answers.respondent().name();
    String name =
        Slugs.of(answers.organisation())
            + "--"
            + Slugs.of(respondent == null ? "respondent" : respondent);
    return answers.round() == null ? name : name + "--" + Slugs.of(answers.round());
  }

  /**
   * The files that exist already with other content: an import never overwrites one. A file with
   * just what the import would write is no clash: an import killed part way is finished by running
   * it again.
   */
  public List<Path> clashes() throws IOException {
    List<Path> clashes = new ArrayList<>();
    for (Target target : targets) {
      if (Files.exists(target.file(), LinkOption.NOFOLLOW_LINKS) && !isWritten(target)) {
        clashes.add(target.file());
      }
    }
    return clashes;
  }

  /** The targets whose file already holds what the import would write there. */
  public List<Target> written() throws IOException {
    List<Target> written = new ArrayList<>();
    for (Target target : targets) {
      if (isWritten(target)) {
        written.add(target);
      }
    }
    return written;
  }

  /** Writes every file not already written, each atomically, in order. */
  public void write(FileMode mode) throws IOException {
    for (Target target : targets) {
      if (!isWritten(target)) {
        AnswersWriter.write(target.answers(), target.file(), mode);
      }
    }
  }

  /**
   * Whether the target is a plain file (not a link to something else) with the content it would be
   * given.
   */
  private static boolean isWritten(Target target) throws IOException {
    Path file = target.file();
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    byte[] expected = AnswersWriter.toYaml(target.answers()).getBytes(StandardCharsets.UTF_8);
    return Files.size(file) == expected.length && Arrays.equals(Files.readAllBytes(file), expected);
  }
}
