package org.ccgdiag.files;

import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * The permissions of the answers files and reports the program creates: owner-only (0600) unless
 * the user relaxes them, e.g. to 0640 for a shared folder. The owner can always read and write, so
 * a session can resume its own file.
 */
public record FileMode(Set<PosixFilePermission> permissions) {
  /** Readable and writable by the owner only: files hold people's names and candid notes. */
  public static final FileMode PRIVATE = new FileMode(PosixFilePermissions.fromString("rw-------"));

  private static final int OWNER_READ_WRITE = 0600;
  private static final int EXECUTE = 0111;

  public FileMode {
    permissions = Set.copyOf(permissions);
  }

  /**
   * An octal mode as chmod takes it ("0644", "640"); empty when it is not one, grants any execute
   * bit (these are data files) or takes reading or writing away from the owner.
   */
  public static Optional<FileMode> parse(String octal) {
    String digits = octal.strip();
    if (!digits.matches("[0-7]{3,4}") || (digits.length() == 4 && digits.charAt(0) != '0')) {
      return Optional.empty();
    }
    int mode = Integer.parseInt(digits, 8);
    if ((mode & OWNER_READ_WRITE) != OWNER_READ_WRITE || (mode & EXECUTE) != 0) {
      return Optional.empty();
    }
    StringBuilder symbolic = new StringBuilder();
    for (int shift = 6; shift >= 0; shift -= 3) {
      int bits = mode >> shift;
      symbolic.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-').append('-');
    }
    return Optional.of(new FileMode(PosixFilePermissions.fromString(symbolic.toString())));
  }

  @Override
  public String toString() {
    return PosixFilePermissions.toString(permissions);
  }
}
