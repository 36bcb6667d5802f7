package org.ccgdiag.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that a reader, or a process killed at any moment, sees either the old content or
 * the new, never a half-written file: temp file in the same directory, sync, atomic rename.
 */
public final class AtomicFile {
  /** Whether a write must survive a power cut, or only a crash of the process. */
  public enum Durability {
    /** Synced to disk before and after the rename: for answers, which only the user can redo. */
    SYNCED,
    /** Atomic but not synced: for reports, which can be made again; syncing each costs up to 1 ms. */
    UNSYNCED
  }

  private AtomicFile() {}

  public static void write(Path target, byte[] content) throws IOException {
    write(target, content, Durability.SYNCED);
  }

  public static void write(Path target, byte[] content, Durability durability) throws IOException {
    boolean sync = durability == Durability.SYNCED;
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Files.createDirectories(directory);
    Path temp = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
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
      // createTempFile makes the file private (0600); reports and answers are ordinary documents.
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: keep the default permissions.
      }
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

  /** Makes the rename itself durable; not every platform can open a directory, which is fine. */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Best effort: the data is already synced, only the rename might be lost on power failure.
    }
  }
}
