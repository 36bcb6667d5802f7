package org.ccgdiag.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccgdiag.files.FileKinds;
import org.ccgdiag.problem.Position;
import org.ccgdiag.problem.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads untrusted YAML or JSON into a {@link Node} tree with positions. Limits keep a hostile file
 * cheap: a size cap, a nesting cap, no anchors or aliases (the formats never need them, and they
 * are how "billion laughs" documents blow up), no tags, no duplicate keys.
 */
public final class Documents {

  /** Largest file accepted; real questionnaires and answer files are a few tens of KiB. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  /** Deepest nesting accepted; the formats need five levels. */
  public static final int MAX_DEPTH = 20;

  private Documents() {}

  /** Whether a path names a JSON file (by its extension); anything else is read as YAML. */
  public static boolean isJson(Path path) {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /** Reads and parses a file; returns null after recording the problem when that fails. */
  public static Node read(Path path, Problems problems) {
    byte[] bytes = readBytes(path, problems);
    return bytes == null ? null : parse(bytes, isJson(path), problems);
  }

  /**
   * A file's text (UTF-8, a leading byte-order mark removed) within the same size limit, for other
   * formats such as spreadsheets; null after recording the problem when it cannot be read.
   */
  public static String readText(Path path, Problems problems) {
    byte[] bytes = readBytes(path, problems);
    return bytes == null ? null : decode(bytes, problems);
  }

  private static byte[] readBytes(Path path, Problems problems) {
    byte[] bytes;
    try {
      // Only a regular file is opened: opening a named pipe would wait for a writer forever.
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        problems.error(null, "not a regular file (a pipe, a device or a directory)");
        return null;
      }
      long size = attributes.size();
      if (size > MAX_BYTES) {
        problems.error(
            null, "the file is " + size + " bytes, larger than the limit of " + MAX_BYTES);
        return null;
      }
      try (InputStream in = Files.newInputStream(path)) {
        // Into an array of the file's size (a batch reads thousands of files); never more than the
        // limit, whatever the size said: the file may have changed since.
        byte[] sized = new byte[(int) size];
        int read = in.readNBytes(sized, 0, sized.length);
        int next = read < sized.length ? -1 : in.read();
        if (next < 0) {
          bytes = read < sized.length ? Arrays.copyOf(sized, read) : sized;
        } else {
          byte[] rest = in.readNBytes(MAX_BYTES - read);
          bytes = Arrays.copyOf(sized, read + 1 + rest.length);
          bytes[read] = (byte) next;
          System.arraycopy(rest, 0, bytes, read + 1, rest.length);
        }
      }
      if (bytes.length > MAX_BYTES) {
        problems.error(null, "the file is larger than the limit of " + MAX_BYTES + " bytes");
        return null;
      }
    } catch (NoSuchFileException e) {
      problems.error(null, "no such file");
      return null;
    } catch (IOException e) {
      problems.error(null, "cannot read the file: " + e.getMessage());
      return null;
    }
    return bytes;
  }

  /** Reads a stream (a bundled resource) with the same limits. */
  public static Node read(InputStream in, boolean json, Problems problems) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      problems.error(null, "the file is larger than the limit of " + MAX_BYTES + " bytes");
      return null;
    }
    return parse(bytes, json, problems);
  }

  /**
   * Parses UTF-8 bytes as JSON or YAML; returns null after recording the problem when that fails.
   */
  public static Node parse(byte[] bytes, boolean json, Problems problems) {
    String text = decode(bytes, problems);
    if (text == null) {
      return null;
    }
    if (text.isBlank()) {
      problems.error(null, "the file is empty");
      return null;
    }
    return json
        ? JsonDocuments.parse(text, problems)
        : CanonicalYaml.parseOr(text, () -> parseYaml(text, problems));
  }

  private static String decode(byte[] bytes, Problems problems) {
    String binary = FileKinds.binary(bytes);
    if (binary != null) {
      problems.error(null, binary);
      return null;
    }
    if (isAscii(bytes)) {
      return new String(
          bytes, StandardCharsets.ISO_8859_1); // a copy: no decoder, nothing to report
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      String text = decoder.decode(buffer).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      // The buffer stops at the bad byte: the text before it gives the position.
      int bad = buffer.position();
      String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
      problems.error(
          Position.ofOffset(before, before.length()),
          "the file is not UTF-8 text (byte 0x"
              + String.format("%02X", bytes[bad] & 0xff)
              + "); save it as UTF-8");
      return null;
    }
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  // ---- YAML ----

  private static Node parseYaml(String text, Problems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_BYTES);
    // Nodes are built straight from the parser's events: SnakeYAML's composer and tag resolver
    // would double the cost of batch scoring, and the formats only need text, lists and mappings.
    try {
      return new YamlEvents(new ParserImpl(new WholeTextReader(text), options), problems)
          .document();
    } catch (Unsupported e) {
      problems.error(e.at, e.getMessage());
    } catch (MarkedYAMLException e) {
      problems.error(position(e.getProblemMark()), describe(e));
    } catch (ReaderException e) {
      problems.error(
          Position.ofOffset(
              text,
              text.offsetByCodePoints(
                  0, Math.min(e.getPosition(), text.codePointCount(0, text.length())))),
          String.format(
              "the file contains a control character (U+%04X) that YAML does not allow; is it a binary file?",
              e.getCodePoint()));
    } catch (YAMLException e) {
      problems.error(null, limitMessage(e.getMessage()));
    } catch (NumberFormatException e) {
      // SnakeYAML 2.x parses a hex escape (x, u or U after a backslash) with no digits after it
      // without checking them.
      problems.error(
          null,
          "not valid YAML: a \\x, \\u or \\U escape in a double-quoted text is not followed by its hex digits");
    }
    return null;
  }

  private static String limitMessage(String message) {
    String m = message == null ? "" : message;
    if (m.contains("depth") || m.contains("Depth")) {
      return tooDeep();
    }
    if (m.contains("code points")) {
      return "the document is larger than the limit of " + MAX_BYTES + " characters";
    }
    return "YAML error: " + m;
  }

  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
    String context = e.getContext();
    String message = "YAML syntax error: " + problem;
    if (context != null && !context.isBlank() && !problem.contains(context)) {
      message += " (" + context + ")";
    }
    if (problem.contains("mapping values are not allowed")) {
      message += "; check the indentation, and put text that contains ': ' in quotes";
    } else if (problem.contains("found character '\\t'") || problem.contains("\\t(TAB)")) {
      message += "; indent with spaces, not tabs";
    }
    return message;
  }

  static Position position(Mark mark) {
    return mark == null ? null : new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }

  static void addEntry(
      List<Node.Entry> entries,
      Map<String, Position> seen,
      Node key,
      Node value,
      Problems problems) {
    if (!(key instanceof Node.Scalar scalar) || scalar.isNull()) {
      problems.error(key.position(), "a key must be plain text, not " + key.kind());
      return;
    }
    Position first = seen.putIfAbsent(scalar.text(), scalar.position());
    if (first != null) {
      problems.error(
          scalar.position(),
          "duplicate key '"
              + scalar.text()
              + "' (first at line "
              + first.line()
              + "); remove one of them");
      return;
    }
    entries.add(new Node.Entry(scalar, value));
  }

  /** A construct the formats do not allow, found while parsing. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Position at;

    Unsupported(Position at, String message) {
      super(message, null, false, false);
      this.at = at;
    }

    Unsupported(Mark mark, String message) {
      this(position(mark), message);
    }
  }

  static String tooDeep() {
    return "the document is nested too deeply (the limit is " + MAX_DEPTH + " levels)";
  }
}
