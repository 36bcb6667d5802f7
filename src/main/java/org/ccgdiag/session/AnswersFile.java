package org.ccgdiag.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.Objects;
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
import org.ccgdiag.load.Documents;
import org.ccgdiag.load.Node;
import org.ccgdiag.problem.Problems;
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
 *
 * <p>The file itself is locked too, where the system knows files by a key (device and inode): the
 * one the session opened and, after each save, the one it wrote; so a hard link, another name of
 * the same file that the sidecar cannot know, is refused as well ({@link FileLocked}).
 *
 * <p>Before each save the session checks that the file is still what it last read or wrote (the
 * same file, size, time and content): an edit saved from elsewhere meanwhile is never written over.
 * The session's answers then go to a side file beside it ({@link ChangedOnDisk}).
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

  /**
   * The lock on the file the session opened, for its whole length (hard links to it keep that
   * file).
   */
  private final FileLocked opened;

  /** The lock on the file last written, when it is another than {@link #opened}. */
  private FileLocked written = FileLocked.NONE;

  /** What the file was when last read or written; null while it does not exist. */
  private DiskState known;

  private AnswersFile(
      Path path,
      Path lockPath,
      FileChannel channel,
      FileMode mode,
      FileLocked opened,
      DiskState known) {
    this.path = path;
    this.lockPath = lockPath;
    this.channel = channel;
    this.mode = mode;
    this.opened = opened;
    this.known = known;
  }

  /**
   * The answers file changed on disk while a session had it open (edited and saved elsewhere,
   * replaced, deleted): it was left as it is, and the answers the session was saving are in {@link
   * #sideFile()}.
   */
  public static final class ChangedOnDisk extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path sideFile;

    ChangedOnDisk(String message, Path sideFile) {
      super(message);
      this.sideFile = sideFile;
    }

    public Path sideFile() {
      return sideFile;
    }
  }

  /** {@link #lock(Path, FileMode)} for a file created owner-only. */
  public static Optional<AnswersFile> lock(Path path) throws IOException {
    return lock(path, FileMode.PRIVATE);
  }

  /**
   * Locks the answers file at {@code path} (which need not exist yet) for a session; empty when
   * another session holds it. Creates the directory if needed; a new answers file gets {@code
   * mode}.
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
      if (!FileLocked.tryLock(channel)) {
        return Optional.empty();
      }
      // Who holds it, for the message a second session shows.
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
      Optional<FileLocked> file = FileLocked.lock(absolute);
      if (file.isEmpty()) {
        return Optional.empty(); // in use under another name (a hard link)
      }
      try {
        // Held now, so no other write to the file can be under way: what is left was killed
        // mid-write.
        AtomicFile.removeLeftovers(absolute);
        AnswersFile answers =
            new AnswersFile(
                absolute, lockPath, channel, mode, file.get(), stateOf(absolute, file.get()));
        locked = true;
        return Optional.of(answers);
      } finally {
        if (!locked) {
          file.get().release();
        }
      }
    } finally {
      if (!locked) {
        HELD.remove(lockPath);
        if (channel != null) {
          channel.close();
        }
      }
    }
  }

  /**
   * What the file is now, read through the lock's channel when it has one; null when there is no
   * file.
   */
  private static DiskState stateOf(Path path, FileLocked lock) throws IOException {
    BasicFileAttributes attributes = DiskState.attributesOrNull(path);
    if (attributes == null || !attributes.isRegularFile()) {
      return null;
    }
    return DiskState.of(attributes, lock.content(path, attributes));
  }

  /** The process id of the session holding the lock on this answers file, when it can be read. */
  public static OptionalLong holder(Path path) {
    try {
      String text =
          Files.readString(lockPathOf(path.toAbsolutePath().normalize()), StandardCharsets.US_ASCII)
              .strip();
      return OptionalLong.of(Long.parseLong(text));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * Where a new session's answers go when no file is named: in {@code directory}, named from the
   * organisation and the round ({@code nhs-example-ccg--2012-01.yaml}, so rounds sort in order), or
   * the date when there is no round ({@code nhs-example-ccg-2026-11-25.yaml}). A name already taken
   * (an earlier session) gets a number, so a new session never resumes someone else's answers by
   * accident.
   */
  public static Path defaultPath(
      Path directory, String organisation, String round, LocalDate date) {
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

  /**
   * Reads the existing answers, checked against the questionnaire; empty with problems when
   * unusable.
   */
  public Optional<Answers> read(Questionnaire questionnaire, Problems problems) {
    FileLocked lock = current();
    if (lock.channel() == null) {
      Optional<Answers> answers = AnswersReader.read(path, questionnaire, problems);
      remember(lock);
      return answers;
    }
    try {
      BasicFileAttributes attributes = DiskState.attributesOrNull(path);
      if (attributes == null
          || !attributes.isRegularFile()
          || attributes.size() > Documents.MAX_BYTES) {
        return AnswersReader.read(
            path, questionnaire, problems); // it says what is wrong, opening nothing
      }
      byte[] bytes = lock.content(path, attributes);
      known = DiskState.of(attributes, bytes);
      Node root = Documents.parse(bytes, Documents.isJson(path), problems);
      return root == null ? Optional.empty() : AnswersReader.read(root, questionnaire, problems);
    } catch (IOException e) {
      problems.error(null, "cannot read the file: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Replaces the file atomically: a crash at any moment leaves the old answers or the new. A
   * symbolic link stays a link: the file it points to is replaced. When the file changed on disk
   * since the session last read or wrote it, nothing is written over it: {@link ChangedOnDisk}.
   */
  public void save(Answers answers) throws IOException {
    String change = change();
    if (change != null) {
      Path side = sideFile();
      AnswersWriter.write(answers, side, mode);
      throw new ChangedOnDisk(
          "the answers file changed on disk while this session had it open: it " + change, side);
    }
    byte[] content = AnswersWriter.write(answers, path, mode);
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    if (!Objects.equals(attributes.fileKey(), current().key())) {
      written.release();
      written = FileLocked.lock(path).orElse(FileLocked.NONE);
    }
    known = DiskState.of(attributes, content);
  }

  /** How the file changed since the session last read or wrote it; null when it did not. */
  private String change() throws IOException {
    BasicFileAttributes now = DiskState.attributesOrNull(path);
    if (known == null) {
      return now == null ? null : "was created by someone else";
    }
    if (now == null) {
      return "was deleted or moved";
    }
    if (!known.sameFile(now) || !known.sameContent(current().content(path, now))) {
      return "was edited";
    }
    return null;
  }

  private void remember(FileLocked lock) {
    try {
      known = stateOf(path, lock);
    } catch (IOException e) {
      known = null; // unreadable: its save will say why
    }
  }

  /** The lock on the file the session last read or wrote. */
  private FileLocked current() {
    return written.channel() != null ? written : opened;
  }

  /**
   * Beside the answers file: {@code NAME.unsaved.yaml}, numbered rather than replacing an earlier
   * one.
   */
  private Path sideFile() {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    Path side = path.resolveSibling(stem + ".unsaved.yaml");
    for (int n = 2; Files.exists(side, LinkOption.NOFOLLOW_LINKS); n++) {
      side = path.resolveSibling(stem + ".unsaved-" + n + ".yaml");
    }
    return side;
  }

  @Override
  public void close() throws IOException {
    try {
      written.release();
      opened.release();
    } finally {
      try {
        channel.close();
      } finally {
        HELD.remove(lockPath);
      }
    }
  }
}
