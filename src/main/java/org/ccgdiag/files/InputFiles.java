package org.ccgdiag.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.ccgdiag.problem.Problem;
import org.ccgdiag.problem.Problems;

/** Expands the PATH arguments of a command into files: directories are searched recursively. */
public final class InputFiles {
  /**
   * What a directory is searched for: answers files, questionnaires and spreadsheets of answers.
   */
  private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json", ".csv", ".xlsx");

  /** The patterns searched for, as messages and help texts name them. */
  public static final String PATTERNS = "*.yaml, *.yml, *.json, *.csv or *.xlsx";

  private InputFiles() {}

  /** The files found, and a problem for each argument that does not exist or cannot be read. */
  public record Found(List<Path> files, List<Problem> problems) {
    /** How many arguments could not be used at all (warnings do not count). */
    public int errors() {
      return (int) problems.stream().filter(Problem::isError).count();
    }
  }

  /**
   * Whether a directory search takes the file: not hidden nor an Office lock file ({@code ~$name},
   * there while a workbook is open), and one of the extensions in any case. Plain loops, no stream
   * or lower-cased copy: it runs for every file of a batch's listing, while the code is still
   * interpreted, before any scoring can start.
   */
  public static boolean isDataFile(Path path) {
    String name = path.getFileName().toString();
    if (name.startsWith(".") || name.startsWith("~$")) {
      return false;
    }
    for (int e = 0; e < EXTENSIONS.size(); e++) {
      if (endsWithIgnoringAsciiCase(name, EXTENSIONS.get(e))) {
        return true;
      }
    }
    return false;
  }

  /** {@code name.toLowerCase(Locale.ROOT).endsWith(suffix)} for a lower-case ASCII suffix. */
  private static boolean endsWithIgnoringAsciiCase(String name, String suffix) {
    int start = name.length() - suffix.length();
    if (start < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      char c = name.charAt(start + i);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Files in argument order; each directory's files in sorted order, so output never depends on the
   * file system. A directory without data files is a warning; {@code display} names paths in
   * messages.
   */
  public static Found expand(List<Path> paths, Function<Path, String> display) {
    Set<Path> files = new LinkedHashSet<>();
    List<Problem> problems = new ArrayList<>();
    for (Path path : paths) {
      Problems p = new Problems(display.apply(path));
      if (Files.isDirectory(path)) {
        List<Path> found = search(path, display, problems);
        if (found.isEmpty()) {
          p.warning(null, "no " + PATTERNS + " files in this directory");
        }
        files.addAll(found);
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        p.error(null, Files.exists(path) ? "not a file or directory" : "no such file or directory");
      }
      problems.addAll(p.sorted());
    }
    return new Found(List.copyOf(files), problems);
  }

  /**
   * The data files under a directory, sorted, following links. What cannot be searched (a link that
   * loops back, a subdirectory without permission) is skipped with a warning naming it, and the
   * rest is still found; only regular files are taken, so a named pipe is never opened, and
   * anything else named like a data file (a link to nothing, a pipe, a socket) is a warning too.
   */
  private static List<Path> search(
      Path directory, Function<Path, String> display, List<Problem> problems) {
    List<Path> found = new ArrayList<>();
    List<Problem> skipped =
        new ArrayList<>(); // sorted at the end: the file system's order is no order
    var visitor =
        new SimpleFileVisitor<Path>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (isDataFile(file)) {
              if (attributes.isRegularFile()) {
                found.add(file);
              } else {
                // Named like a data file but not one: say so rather than skip it unseen.
                Problems p = new Problems(display.apply(file));
                p.warning(null, notRegular(file, attributes) + "; skipped");
                skipped.addAll(p.sorted());
              }
            } else if (attributes.isRegularFile()) {
              String what = FileKinds.unreadSpreadsheet(file.getFileName().toString());
              if (what != null) {
                Problems p = new Problems(display.apply(file));
                p.warning(
                    null,
                    "skipped: " + what + ", which ccg-diag does not read; " + FileKinds.SAVE_AS);
                skipped.addAll(p.sorted());
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            Problems p = new Problems(display.apply(file));
            p.warning(
                null,
                (e instanceof FileSystemLoopException
                        ? "a symbolic link back to a directory above it (a loop)"
                        : "cannot be read (" + reason(e) + ")")
                    + "; skipped");
            skipped.addAll(p.sorted());
            return FileVisitResult.CONTINUE;
          }
        };
    try {
      Files.walkFileTree(
          directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, visitor);
    } catch (IOException e) {
      visitor.visitFileFailed(
          directory, e); // the visitor never throws: this is the walk's own start failing
    }
    found.sort(null);
    skipped.sort(java.util.Comparator.comparing(Problem::file));
    problems.addAll(skipped);
    return found;
  }

  /**
   * What a file named like a data file is instead (links are followed: one seen as a link leads
   * nowhere).
   */
  private static String notRegular(Path file, BasicFileAttributes attributes) {
    if (attributes.isSymbolicLink()) {
      try {
        return "a symbolic link to nothing (" + Files.readSymbolicLink(file) + " does not exist)";
      } catch (IOException e) {
        return "a symbolic link to nothing";
      }
    }
    return "not a regular file (a named pipe, a socket or a device)";
  }

  /** Why a file could not be read, without the exception's class name. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? "input/output error" : e.getMessage();
  }
}
