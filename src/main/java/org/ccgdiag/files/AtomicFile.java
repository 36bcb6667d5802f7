package org.ccgdiag.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes files so that a reader, or a process killed at any moment, sees either the old content or
 * the new, never a half-written file: temp file in the same directory, sync, atomic rename. A new
 * file gets the {@link FileMode} asked for (owner-only by default); a replaced one keeps its
 * permissions; a symbolic link is written through, never replaced.
 */
public final class AtomicFile {
  /** Whether a write must survive a power cut, or only a crash of the process. */
  public enum Durability {
    /** Synced to disk before and after the rename: for answers, which only the user can redo. */
    SYNCED,
    /** Atomic but not synced: for reports, which can be made again; syncing each costs up to 1 ms. */
    UNSYNCED
  }

  private static final String TEMP_SUFFIX = ".tmp";

  /** Links followed before giving up, as Linux does (ELOOP). */
  private static final int MAX_LINKS = 40;

  private AtomicFile() {}

  public static void write(Path target, byte[] content, Durability durability, FileMode mode) throws IOException {
    boolean sync = durability == Durability.SYNCED;
    // Through symbolic links: the rename must replace the file a link points to, never the link.
    Path absolute = throughLinks(target.toAbsolutePath());
    Path directory = absolute.getParent();
    Files.createDirectories(directory);
    Set<PosixFilePermission> permissions = existingPermissions(absolute);
    Path temp = Files.createTempFile(directory, tempPrefix(absolute), TEMP_SUFFIX);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        if (sync) {
          channel.force(true);
        }
      }
      // A file being replaced keeps the permissions it had, so a chmod by the user lasts.
      setPermissions(temp, permissions != null ? permissions : mode.permissions());
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      if (sync) {
        syncDirectory(directory);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Removes the temp files that writes to {@code target} left behind when their process was killed
   * mid-write. Only for a caller that knows no other write to the file is under way (a session
   * holding the file's lock).
   */
  public static void removeLeftovers(Path target) throws IOException {
    Path absolute = throughLinks(target.toAbsolutePath());
    String prefix = tempPrefix(absolute);
    try (DirectoryStream<Path> leftovers =
        Files.newDirectoryStream(absolute.getParent(), p -> isTempName(p.getFileName().toString(), prefix))) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
    }
  }

  /** The file a path names once symbolic links are followed (it need not exist). */
  public static Path throughLinks(Path path) throws IOException {
    Path current = path.toAbsolutePath().normalize();
    for (int hops = 0; Files.isSymbolicLink(current); hops++) {
      if (hops == MAX_LINKS) {
        throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
      }
      current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
    }
    return current;
  }

  private static String tempPrefix(Path absolute) {
    return "." + absolute.getFileName() + ".";
  }

  /** {@code .NAME.<digits>.tmp}, as createTempFile names them: nothing else is ever deleted. */
  private static boolean isTempName(String name, String prefix) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) {
      return false;
    }
    String middle = name.substring(prefix.length(), name.length() - TEMP_SUFFIX.length());
    return !middle.isEmpty() && middle.chars().allMatch(Character::isDigit);
  }

  private static Set<PosixFilePermission> existingPermissions(Path file) throws IOException {
    try {
      return Files.exists(file) ? Files.getPosixFilePermissions(file) : null;
    } catch (UnsupportedOperationException e) {
      return null; // not a POSIX file system: the default permissions stand
    }
  }

  /** createTempFile made the file owner-only (0600), which stands where POSIX permissions are unknown. */
  private static void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException {
    try {
      Files.setPosixFilePermissions(file, permissions);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system (Windows): the folder's access rules apply
    }
  }

  /** Makes the rename itself durable; not every platform can open a directory, which is fine. */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Best effort: the data is already synced, only the rename might be lost on power failure.
    }
  }
}
