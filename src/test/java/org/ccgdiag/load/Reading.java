package org.ccgdiag.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.ccgdiag.problem.Problem;
import org.ccgdiag.problem.Problems;

/**
 * What reading one file gave: the value (empty when the file is not valid) and every problem, as
 * the lines {@code validate} prints ({@code FILE:LINE:COLUMN: message}). Shared by the loader
 * tests.
 */
public record Reading<T>(Optional<T> value, List<Problem> problems) {

  /** Parses a text as the named file would be (JSON by extension) and builds a value from it. */
  public static <T> Reading<T> of(
      String file, String text, BiFunction<Node, Problems, Optional<T>> build) {
    Problems problems = new Problems(file);
    Node root =
        Documents.parse(text.getBytes(StandardCharsets.UTF_8), file.endsWith(".json"), problems);
    Optional<T> value = root == null ? Optional.empty() : build.apply(root, problems);
    return new Reading<>(value, problems.sorted());
  }

  /** The problems as printed, one line each. */
  public List<String> lines() {
    return problems.stream().map(Problem::toString).toList();
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** The value of a file that must be valid; fails with its problems otherwise. */
  public T valid() {
    if (value.isEmpty() || !errors().isEmpty()) {
      throw new AssertionError("expected a valid file, but:\n" + String.join("\n", lines()));
    }
    return value.get();
  }
}
