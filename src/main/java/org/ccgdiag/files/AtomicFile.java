package org.ccgdiag.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

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
    /**
     * Atomic but not synced: for reports, which can be made again; syncing each costs up to 1 ms.
     */
    UNSYNCED
  }

  private static final String TEMP_SUFFIX = ".tmp";

  private static final Set<OpenOption> CREATE_NEW =
      Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

  /** rw------- for a temp file until it has its content (a file of answers may hold notes). */
  private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(
          EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

  /**
   * How old a temp file must be for {@link #removeStaleLeftovers} to take it for a killed write's.
   */
  public static final Duration STALE = Duration.ofMinutes(1);

  /** Links followed before giving up, as Linux does (ELOOP). */
  private static final int MAX_LINKS = 40;

  private AtomicFile() {}

  public static void write(Path target, byte[] content, Durability durability, FileMode mode)
      throws IOException {
    boolean sync = durability == Durability.SYNCED;
    // Through symbolic links: the rename must replace the file a link points to, never the link.
    Path absolute = throughLinks(target.toAbsolutePath());
    Path directory = absolute.getParent();
    // Checked first: createDirectories on an existing directory costs a failed mkdir and two
    // exceptions,
    // for each of the thousands of reports a batch writes.
    if (!Files.isDirectory(directory)) {
      Files.createDirectories(directory);
    }
    Set<PosixFilePermission> permissions = existingPermissions(absolute);
    Temp temp = Temp.create(directory, tempPrefix(absolute));
    boolean moved = false;
    try {
      try (FileChannel channel = temp.channel()) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        if (sync) {
          channel.force(true);
        }
      }
      // A file being replaced keeps the permissions it had, so a chmod by the user lasts.
      setPermissions(temp.path(), permissions != null ? permissions : mode.permissions());
      try {
        Files.move(
            temp.path(),
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp.path(), absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      if (sync) {
        syncDirectory(directory);
      }
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp.path());
      }
    }
  }

  /**
   * A new temp file beside the target, created and opened for writing in one call (owner-only until
   * it has its content), named {@code .NAME.<digits>.tmp} as Files.createTempFile would name it.
   */
  private record Temp(Path path, FileChannel channel) {
    static Temp create(Path directory, String prefix) throws IOException {
      while (true) {
        Path path =
            directory.resolve(
                prefix
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())
                    + TEMP_SUFFIX);
        try {
          return new Temp(path, FileChannel.open(path, CREATE_NEW, OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
          // another write's temp file: draw another name
        } catch (UnsupportedOperationException e) {
          return new Temp(
              path, FileChannel.open(path, CREATE_NEW)); // not POSIX: the folder's rules apply
        }
      }
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
        Files.newDirectoryStream(
            absolute.getParent(), p -> isTempName(p.getFileName().toString(), prefix))) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
    }
  }

  /**
   * Removes from a folder the temp files of writes whose process was killed (kill -9 leaves them,
   * {@code .NAME.<digits>.tmp}): those not touched for {@link #STALE}, so that a write under way in
   * another process, which takes milliseconds, is never disturbed. A folder that cannot be listed,
   * or a file that cannot be removed, is left as it is: the run's own writes will say why.
   */
  public static void removeStaleLeftovers(Path directory) {
    long before = System.currentTimeMillis() - STALE.toMillis();
    try (DirectoryStream<Path> leftovers =
        Files.newDirectoryStream(directory, p -> isAnyTempName(p.getFileName().toString()))) {
      for (Path leftover : leftovers) {
        try {
          if (Files.getLastModifiedTime(leftover, LinkOption.NOFOLLOW_LINKS).toMillis() < before) {
            Files.deleteIfExists(leftover);
          }
        } catch (IOException e) {
          // another run removed it, or it is not ours to remove
        }
      }
    } catch (IOException e) {
      // not there yet, or not listable
    }
  }

  /** {@code .NAME.<digits>.tmp} for any NAME. */
  private static boolean isAnyTempName(String name) {
    int dot =
        name.endsWith(TEMP_SUFFIX)
            ? name.lastIndexOf('.', name.length() - TEMP_SUFFIX.length() - 1)
            : -1;
    return dot > 1 && name.startsWith(".") && isTempName(name, name.substring(0, dot + 1));
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

  /** {@code .NAME.<digits>.tmp}, as {@link Temp} names them: nothing else is ever deleted. */
  private static boolean isTempName(String name, String prefix) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) {
      return false;
    }
    String middle = name.substring(prefix.length(), name.length() - TEMP_SUFFIX.length());
    return !middle.isEmpty() && middle.chars().allMatch(Character::isDigit);
  }

  private static Set<PosixFilePermission> existingPermissions(Path file) throws IOException {
    try {
      // java.io's exists: Files.exists throws and catches an exception for every new file.
      return file.toFile().exists() ? Files.getPosixFilePermissions(file) : null;
    } catch (UnsupportedOperationException e) {
      return null; // not a POSIX file system: the default permissions stand
    }
  }

  /** The temp file was made owner-only (0600), which stands where POSIX permissions are unknown. */
  private static void setPermissions(Path file, Set<PosixFilePermission> permissions)
      throws IOException {
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
