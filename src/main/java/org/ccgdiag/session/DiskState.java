package org.ccgdiag.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

/**
 * What an answers file was when a session last read or wrote it: which file (its key: device and
 * inode), its size, its time and a hash of its content. The time alone misses an edit within its
 * resolution, and the size one that keeps the length; the hash misses neither.
 */
record DiskState(Object fileKey, long size, FileTime modified, byte[] sha256) {

  static DiskState of(BasicFileAttributes attributes, byte[] content) {
    return new DiskState(
        attributes.fileKey(), attributes.size(), attributes.lastModifiedTime(), sha256(content));
  }

  /** The attributes of the file at {@code path} now; null when there is none. */
  static BasicFileAttributes attributesOrNull(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** Whether the file the attributes describe may still be this one: the hash is then checked. */
  boolean sameFile(BasicFileAttributes attributes) {
    return Objects.equals(fileKey, attributes.fileKey())
        && size == attributes.size()
        && modified.equals(attributes.lastModifiedTime());
  }

  boolean sameContent(byte[] content) {
    return Arrays.equals(sha256, sha256(content));
  }

  private static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
