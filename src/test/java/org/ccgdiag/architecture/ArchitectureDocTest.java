package org.ccgdiag.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md is the page a newcomer reads first (issue 23): every class, package and
 * member it names in code quotes ({@code `report.ReportViews`}, {@code `Session.enter`}, {@code
 * `ExactTest.agreesWithBigFractionOnRandomAndEdgeValues`}) must exist where it says, so that a
 * rename or a split that forgets the page fails the build instead of leaving the map wrong.
 */
class ArchitectureDocTest {
  private static final Path DOC = Path.of("docs/architecture.md");

  /** A quoted name: an optional package of ours, a type, and an optional member. */
  private static final Pattern NAME =
      Pattern.compile(
          "`(?:([a-z]+(?:\\.[a-z]+)*)\\.)?([A-Z][A-Za-z0-9]*)(?:\\.([a-zA-Z][A-Za-z0-9]*))?`");

  /** Where a type the page names that is not ours comes from (the slow paths are the JDK's). */
  private static final List<String> OTHER_PACKAGES =
      List.of(
          "java.lang.",
          "java.math.",
          "java.time.",
          "java.util.",
          "java.util.concurrent.",
          "org.apache.commons.numbers.fraction.");

  @Test
  void everyNameOnThePageIsInTheCode() throws IOException {
    Map<String, List<Path>> sources = sources();
    List<String> missing = new ArrayList<>();
    Set<String> checked = new LinkedHashSet<>();
    Matcher name = NAME.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
    while (name.find()) {
      checked.add(name.group());
      String problem = problem(name.group(1), name.group(2), name.group(3), sources);
      if (problem != null) {
        missing.add(name.group() + ": " + problem);
      }
    }
    assertThat(checked).as("names quoted on the page").hasSizeGreaterThan(100);
    assertThat(missing).as("names in %s that the code does not have", DOC).isEmpty();
  }

  private static String problem(
      String pkg, String type, String member, Map<String, List<Path>> sources) throws IOException {
    List<Path> files = sources.get(type);
    if (files == null) {
      files = declaring(type, sources);
    }
    if (files.isEmpty()) {
      return external(type, member);
    }
    if (pkg != null) {
      String folder = "org/ccgdiag/" + pkg.replace('.', '/') + "/";
      if (files.stream().noneMatch(file -> file.toString().replace('\\', '/').contains(folder))) {
        return "not in package " + pkg;
      }
    }
    if (member != null) {
      Pattern word = Pattern.compile("\\b" + member + "\\b");
      for (Path file : files) {
        if (word.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
          return null;
        }
      }
      return "no member " + member;
    }
    return null;
  }

  /** The files that declare {@code type} as a nested type (a step of the session, say). */
  private static List<Path> declaring(String type, Map<String, List<Path>> sources)
      throws IOException {
    Pattern declaration = Pattern.compile("\\b(?:class|record|interface|enum) " + type + "\\b");
    List<Path> found = new ArrayList<>();
    for (List<Path> files : sources.values()) {
      for (Path file : files) {
        if (declaration.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
          found.add(file);
        }
      }
    }
    return found;
  }

  private static String external(String type, String member) {
    for (String prefix : OTHER_PACKAGES) {
      try {
        Class<?> found = Class.forName(prefix + type);
        boolean has =
            member == null
                || Stream.concat(
                        Stream.of(found.getMethods()).map(java.lang.reflect.Method::getName),
                        Stream.of(found.getFields()).map(java.lang.reflect.Field::getName))
                    .anyMatch(member::equals);
        return has ? null : "no member " + member + " in " + found.getName();
      } catch (ClassNotFoundException e) {
        // try the next package
      }
    }
    return "no such class, ours or the JDK's";
  }

  /** Every Java file of the program and its tests, by type name. */
  private static Map<String, List<Path>> sources() throws IOException {
    Map<String, List<Path>> sources = new TreeMap<>();
    for (String root : List.of("src/main/java", "src/test/java")) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        files
            .filter(file -> file.toString().endsWith(".java"))
            .forEach(
                file -> {
                  String type = file.getFileName().toString().replace(".java", "");
                  sources.computeIfAbsent(type, k -> new ArrayList<>()).add(file);
                });
      }
    }
    return sources;
  }
}
