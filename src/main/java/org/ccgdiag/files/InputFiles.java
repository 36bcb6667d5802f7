package org.ccgdiag.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ccgdiag.load.Problem;
import org.ccgdiag.load.Problems;

/** Expands the PATH arguments of a command into files: directories are searched recursively. */
public final class InputFiles {
  /** What a directory is searched for: answers files, questionnaires and spreadsheets of answers. */
  private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json", ".csv");

  /** The patterns searched for, as messages and help texts name them. */
  public static final String PATTERNS = "*.yaml, *.yml, *.json or *.csv";

  private InputFiles() {}

  /** The files found, and a problem for each argument that does not exist or cannot be read. */
  public record Found(List<Path> files, List<Problem> problems) {
    /** How many arguments could not be used at all (warnings do not count). */
    public int errors() {
      return (int) problems.stream().filter(Problem::isError).count();
    }
  }

  public static boolean isDataFile(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  /**
   * Files in argument order; each directory's files in sorted order, so output never depends on
   * the file system. A directory without data files is a warning; {@code display} names paths in
   * messages.
   */
  public static Found expand(List<Path> paths, Function<Path, String> display) {
    Set<Path> files = new LinkedHashSet<>();
    List<Problem> problems = new ArrayList<>();
    for (Path path : paths) {
      Problems p = new Problems(display.apply(path));
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
          List<Path> found = walk.filter(Files::isRegularFile).filter(InputFiles::isDataFile).sorted().toList();
          if (found.isEmpty()) {
            p.warning(null, "no " + PATTERNS + " files in this directory");
          }
          files.addAll(found);
        } catch (IOException | UncheckedIOException e) {
          p.error(null, "cannot read the directory: " + e.getMessage());
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        p.error(null, Files.exists(path) ? "not a file or directory" : "no such file or directory");
      }
      problems.addAll(p.sorted());
    }
    return new Found(List.copyOf(files), problems);
  }
}
