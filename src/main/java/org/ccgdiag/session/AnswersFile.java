package org.ccgdiag.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.AnswersReader;
import org.ccgdiag.answers.AnswersWriter;
import org.ccgdiag.files.AtomicFile;
import org.ccgdiag.files.FileMode;
import org.ccgdiag.files.Slugs;
import org.ccgdiag.load.Problems;
import org.ccgdiag.questionnaire.Questionnaire;

/**
 * The answers file of a session, locked for as long as it is open so that a second session on the
 * same file is refused instead of silently overwriting the first.
 *
 * <p>The lock is an OS lock on a sidecar file {@code .NAME.lock} next to the answers file: the
 * answers file itself cannot carry it, because every save replaces it by an atomic rename (a new
 * file, unlocked). An OS lock dies with its process, so a crashed or killed session never blocks
 * resuming. The sidecar file is left in place: deleting it would let a session that opened it just
 * before the deletion lock a file that no longer has a name, while another locks its replacement.
 */
public final class AnswersFile implements AutoCloseable {

  /**
   * Lock files held by this process. Java's locks belong to the whole process, and on some systems
   * closing any channel on a file drops all of them, so a second attempt must not even open it.
   */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path path;
  private final Path lockPath;
  /** Holds the lock: closing it releases the lock. */
  private final FileChannel channel;
  private final FileMode mode;

  private AnswersFile(Path path, Path lockPath, FileChannel channel, FileMode mode) {
    this.path = path;
    this.lockPath = lockPath;
    this.channel = channel;
    this.mode = mode;
  }

  /** {@link #lock(Path, FileMode)} for a file created owner-only. */
  public static Optional<AnswersFile> lock(Path path) throws IOException {
    return lock(path, FileMode.PRIVATE);
  }

  /**
   * Locks the answers file at {@code path} (which need not exist yet) for a session; empty when
   * another session holds it. Creates the directory if needed; a new answers file gets {@code mode}.
   */
  public static Optional<AnswersFile> lock(Path path, FileMode mode) throws IOException {
    Path absolute = path.toAbsolutePath().normalize();
    Files.createDirectories(AtomicFile.throughLinks(absolute).getParent());
    Path lockPath = lockPathOf(absolute);
    if (!HELD.add(lockPath)) {
      return Optional.empty();
    }
    FileChannel channel = null;
    boolean locked = false;
    try {
      channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      if (!tryLock(channel)) {
        return Optional.empty();
      }
      // Who holds it, for the message a second session shows.
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
      locked = true;
      // Held now, so no other write to the file can be under way: what is left was killed mid-write.
      AtomicFile.removeLeftovers(absolute);
      return Optional.of(new AnswersFile(absolute, lockPath, channel, mode));
    } finally {
      if (!locked) {
        HELD.remove(lockPath);
        if (channel != null) {
          channel.close();
        }
      }
    }
  }

  private static boolean tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock() != null;
    } catch (OverlappingFileLockException e) {
      // This process holds it under another name of the same file (a hard link).
      return false;
    }
  }

  /** The process id of the session holding the lock on this answers file, when it can be read. */
  public static OptionalLong holder(Path path) {
    try {
      String text = Files.readString(lockPathOf(path.toAbsolutePath().normalize()), StandardCharsets.US_ASCII).strip();
      return OptionalLong.of(Long.parseLong(text));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * Where a new session's answers go when no file is named: in {@code directory}, named from the
   * organisation and the round ({@code nhs-example-ccg--2012-01.yaml}, so rounds sort in order),
   * or the date when there is no round ({@code nhs-example-ccg-2026-11-25.yaml}). A name already
   * taken (an earlier session) gets a number, so a new session never resumes someone else's
   * answers by accident.
   */
  public static Path defaultPath(Path directory, String organisation, String round, LocalDate date) {
    String stem = Slugs.of(organisation) + (round == null ? "-" + date : "--" + Slugs.of(round));
    Path candidate = directory.resolve(stem + ".yaml");
    for (int n = 2; Files.exists(candidate); n++) {
      candidate = directory.resolve(stem + "-" + n + ".yaml");
    }
    return candidate;
  }

  /**
   * The sidecar lock file, next to the file the answers really are in (symbolic links followed, to
   * the file and to its directory) so that every name of it, a link included, takes the same lock.
   */
  private static Path lockPathOf(Path absolute) throws IOException {
    Path real = AtomicFile.throughLinks(absolute);
    return real.getParent().toRealPath().resolve("." + real.getFileName() + ".lock");
  }

  public Path path() {
    return path;
  }

  public boolean exists() {
    return Files.exists(path);
  }

  /** Reads the existing answers, checked against the questionnaire; empty with problems when unusable. */
  public Optional<Answers> read(Questionnaire questionnaire, Problems problems) {
    return AnswersReader.read(path, questionnaire, problems);
  }

  /**
   * Replaces the file atomically: a crash at any moment leaves the old answers or the new. A
   * symbolic link stays a link: the file it points to is replaced.
   */
  public void save(Answers answers) throws IOException {
    AnswersWriter.write(answers, path, mode);
  }

  @Override
  public void close() throws IOException {
    try {
      channel.close();
    } finally {
      HELD.remove(lockPath);
    }
  }
}
