package org.ccgdiag.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The files a run reads, known by what they are rather than by how they were named, so that no
 * output of the run is ever written over one of them: {@code ./a.yaml}, {@code sub/../a.yaml}, a
 * symbolic link and a hard link to {@code a.yaml} are all {@code a.yaml}. A file that exists is
 * known by its file key (device and inode), or its real path where the system has no keys; one that
 * does not exist yet (the answers file of a new session) by where it will be, links followed.
 */
public final class InputIdentity {
  private final Map<Object, Path> inputs = new HashMap<>();

  /** Whether an input does not exist yet: only then can an output that does not exist be one. */
  private boolean anyLocation;

  /**
   * Adds an input of the run, as the user named it; an input that cannot be looked at is left out.
   */
  public InputIdentity add(Path input) {
    identity(input, true)
        .ifPresent(
            key -> {
              inputs.putIfAbsent(key, input);
              anyLocation |= key instanceof Location;
            });
    return this;
  }

  public InputIdentity addAll(List<Path> inputs) {
    inputs.forEach(this::add);
    return this;
  }

  /** The input that writing {@code output} would replace, if it is one. */
  public Optional<Path> inputAt(Path output) {
    // A batch checks thousands of new reports: without an input yet to be made, a stat each is
    // enough.
    return identity(output, anyLocation).map(inputs::get);
  }

  /** The first of {@code outputs} that is an input, with that input. */
  public Optional<Clash> firstClash(List<Path> outputs) {
    for (Path output : outputs) {
      Optional<Path> input = inputAt(output);
      if (input.isPresent()) {
        return Optional.of(new Clash(output, input.get()));
      }
    }
    return Optional.empty();
  }

  /** An output that is the same file as an input of the run. */
  public record Clash(Path output, Path input) {
    /** What is wrong, naming paths as {@code display} does. */
    public String message(Function<Path, String> display) {
      String out = display.apply(output);
      String in = display.apply(input);
      return out
          + (out.equals(in) ? " is" : " is " + in + ",")
          + " an input of this run; an output is never written over an input";
    }
  }

  private static Optional<Object> identity(Path path, boolean orLocation) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      Object key = attributes.fileKey();
      return Optional.of(key != null ? key : path.toRealPath());
    } catch (IOException e) {
      return orLocation ? location(path) : Optional.empty();
    }
  }

  /** Where a file that does not exist yet would be: links followed, its folder's real path. */
  private static Optional<Object> location(Path path) {
    try {
      Path file = AtomicFile.throughLinks(path);
      Path folder = file.getParent();
      return Optional.of(
          new Location(
              Files.isDirectory(folder) ? folder.toRealPath().resolve(file.getFileName()) : file));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Kept apart from real paths of existing files: only a file that does not exist has a location.
   */
  private record Location(Path path) {}
}
