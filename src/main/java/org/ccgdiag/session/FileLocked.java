package org.ccgdiag.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ccgdiag.load.Documents;

/**
 * A lock on one file (by key: device and inode), through a channel open on it; NONE where none
 * could be taken. It refuses a second session that names the same file otherwise (a hard link),
 * which the sidecar lock of {@link AnswersFile} cannot know, and its channel reads the file while
 * it is held.
 */
record FileLocked(FileChannel channel, Object key) {
  static final FileLocked NONE = new FileLocked(null, null);

  /**
   * The files (by key) this process has locked, for the reason {@link AnswersFile} keeps its lock
   * files.
   */
  private static final Set<Object> HELD = ConcurrentHashMap.newKeySet();

  /**
   * Locks the file at {@code path} itself; empty when another session holds it (under any name).
   * Nothing to lock when it does not exist, is not a regular file (a pipe would block a read), has
   * no key, or cannot be opened for writing (its save would fail anyway, and say why).
   */
  static Optional<FileLocked> lock(Path path) throws IOException {
    BasicFileAttributes attributes = DiskState.attributesOrNull(path);
    if (attributes == null || !attributes.isRegularFile() || attributes.fileKey() == null) {
      return Optional.of(NONE);
    }
    Object key = attributes.fileKey();
    if (!HELD.add(key)) {
      return Optional.empty();
    }
    FileChannel file = null;
    boolean locked = false;
    try {
      file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
      if (!tryLock(file)) {
        return Optional.empty();
      }
      locked = true;
      return Optional.of(new FileLocked(file, key));
    } catch (AccessDeniedException e) {
      return Optional.of(NONE);
    } finally {
      if (!locked) {
        HELD.remove(key);
        if (file != null) {
          file.close();
        }
      }
    }
  }

  static boolean tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock() != null;
    } catch (OverlappingFileLockException e) {
      // This process holds it under another name of the same file (a hard link).
      return false;
    }
  }

  /**
   * The bytes of the file at {@code path}, through this lock's channel when the lock is on this
   * very file: closing another descriptor of a file drops every lock this process holds on it
   * (POSIX record locks).
   */
  byte[] content(Path path, BasicFileAttributes attributes) throws IOException {
    if (attributes.size() > Documents.MAX_BYTES) {
      return new byte
          [0]; // too large to resume (the reader says so): its size and time stand for it
    }
    if (channel == null || !key.equals(attributes.fileKey())) {
      return Files.readAllBytes(path);
    }
    long size = Math.min(channel.size(), Documents.MAX_BYTES);
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
      // reads until full, or until a file cut short meanwhile ends
    }
    return java.util.Arrays.copyOf(buffer.array(), buffer.position());
  }

  void release() throws IOException {
    if (channel != null) {
      try {
        channel.close();
      } finally {
        HELD.remove(key);
      }
    }
  }
}
