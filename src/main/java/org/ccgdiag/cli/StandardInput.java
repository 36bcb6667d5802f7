package org.ccgdiag.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard input, or an empty one when the program was started with it closed ({@code <&-}).
 *
 * <p>With descriptor 0 closed, the JVM's first open file gets descriptor 0 (the kernel hands out
 * the lowest free one): its own {@code lib/modules}, or the application's jar. {@code System.in} is
 * simply descriptor 0, so it would read that file, and assess would take its bytes for answers. On
 * Linux, {@code /proc/self/fd/0} tells what descriptor 0 is; elsewhere nothing is checked.
 */
final class StandardInput {
  private static final Path DESCRIPTOR_0 = Path.of("/proc/self/fd/0");

  private StandardInput() {}

  static InputStream open() {
    return isBorrowed(DESCRIPTOR_0) ? InputStream.nullInputStream() : System.in;
  }

  /**
   * Whether the descriptor behind {@code link} is a file the JVM opened for itself, not the user's
   * input.
   */
  static boolean isBorrowed(Path link) {
    try {
      Path target = Files.readSymbolicLink(link);
      if (!target.isAbsolute() || !Files.exists(target)) {
        return false; // pipe:[...], socket:[...], a deleted file: input the user gave
      }
      Path real = target.toRealPath();
      if (real.startsWith(Path.of(System.getProperty("java.home")).toRealPath())) {
        return true;
      }
      for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
        if (!entry.isEmpty()
            && Files.exists(Path.of(entry))
            && Path.of(entry).toRealPath().equals(real)) {
          return true;
        }
      }
      return false;
    } catch (IOException | UnsupportedOperationException e) {
      return false; // no /proc (not Linux): standard input as it is
    }
  }
}
