package org.ccgdiag.load;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Hostile and broken files that must each give one located line (or one {@code FILE: message} line
 * when no position applies), quickly and with bounded memory. Shared by the loader tests and the
 * {@code validate} tests; the big ones are generated when used, never committed.
 */
public final class BadInputs {
  /** Deep enough to overflow a recursive parser's stack many times over. */
  public static final int HOSTILE_DEPTH = 20_000;

  /**
   * What reading one bad file may allocate, all told: a small multiple of the largest file accepted
   * (an expanded alias bomb or a recursive parse of 20,000 levels would take far more).
   */
  public static final long MEMORY_BOUND = 16L * Documents.MAX_BYTES;

  private BadInputs() {}

  /** What an action returned, and the bytes the current thread allocated while running it. */
  public record Allocation<T>(T result, long bytes) {}

  public static <T> Allocation<T> allocation(Supplier<T> action) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    T result = action.get();
    return new Allocation<>(result, threads.getCurrentThreadAllocatedBytes() - before);
  }

  /**
   * One bad file: its name (the extension picks YAML or JSON), its bytes, and the one line it must
   * give, {@code at} being {@code LINE:COLUMN} or null when no position applies.
   */
  public record BadInput(
      String name, String file, Supplier<byte[]> bytes, String at, String message) {

    /** The line {@code validate} prints for it. */
    public String expectedLine() {
      return expectedLine(file);
    }

    /** The line {@code validate} prints for it when it is named {@code displayed}. */
    public String expectedLine(String displayed) {
      return displayed + (at == null ? "" : ":" + at) + ": " + message;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static BadInput text(String name, String file, String text, String at, String message) {
    return new BadInput(name, file, () -> text.getBytes(StandardCharsets.UTF_8), at, message);
  }

  private static BadInput bytes(String name, String file, byte[] bytes, String at, String message) {
    return new BadInput(name, file, () -> bytes.clone(), at, message);
  }

  private static String tooDeep() {
    return "the document is nested too deeply (the limit is " + Documents.MAX_DEPTH + " levels)";
  }

  /**
   * The first collection too many is opened after MAX_DEPTH openers of {@code width} characters.
   */
  private static String deepColumn(int width) {
    return "1:" + (Documents.MAX_DEPTH * width + 1);
  }

  public static List<BadInput> all() {
    return List.of(
        text(
            "malformed YAML: a colon in plain text",
            "answers.yaml",
            "format: ccg-diag/answers@1\norganisation: NHS: Example CCG\n",
            "2:18",
            "YAML syntax error: mapping values are not allowed here; check the indentation, and put text that"
                + " contains ': ' in quotes"),
        text(
            "malformed YAML: an unclosed list",
            "answers.yaml",
            "format: [ccg-diag\n",
            "2:1",
            "YAML syntax error: expected ',' or ']', but got <stream end> (while parsing a flow sequence)"),
        text(
            "malformed YAML: a tab for indentation",
            "answers.yaml",
            "respondent:\n\tname: A\n",
            "2:1",
            "YAML syntax error: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB)"
                + " for indentation) (while scanning for the next token); indent with spaces, not tabs"),
        text(
            "malformed JSON",
            "answers.json",
            "{\"format\": \"ccg-diag/answers@1\",}",
            "1:33",
            "JSON syntax error: Unexpected character ('}' (code 125)): was expecting double-quote to start field name"),
        text(
            "JSON with text after the document",
            "answers.json",
            "{}\n{}\n",
            "2:1",
            "unexpected text after the end of the JSON document"),
        bytes(
            "binary: a PNG header",
            "logo.yaml",
            new byte[] {
              (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R'
            },
            "1:1",
            "the file is not UTF-8 text (byte 0x89); save it as UTF-8"),
        bytes(
            "binary: NUL bytes",
            "answers.yaml",
            "format: ccg\0\0\0\n".getBytes(StandardCharsets.UTF_8),
            "1:12",
            "the file contains a control character (U+0000) that YAML does not allow; is it a binary file?"),
        bytes(
            "not UTF-8: a Latin-1 é",
            "answers.yaml",
            "format: ccg-diag/answers@1\norganisation: Caf\u00e9 CCG\n"
                .getBytes(StandardCharsets.ISO_8859_1),
            "2:18",
            "the file is not UTF-8 text (byte 0xE9); save it as UTF-8"),
        bytes(
            "not UTF-8: a Latin-1 é in JSON",
            "answers.json",
            "{\"organisation\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1),
            "1:22",
            "the file is not UTF-8 text (byte 0xE9); save it as UTF-8"),
        text("an empty file", "answers.yaml", "", null, "the file is empty"),
        text("a whitespace-only file", "answers.yaml", "  \n\t\n   \n", null, "the file is empty"),
        text("a comment-only file", "answers.yaml", "# nothing yet\n", null, "the file is empty"),
        text("an empty JSON file", "answers.json", "\n", null, "the file is empty"),
        text(
            "a billion laughs alias bomb",
            "answers.yaml",
            billionLaughs(),
            "1:4",
            "anchors (&a) are not allowed; write the value out in full"),
        text(
            "an alias",
            "answers.yaml",
            "format: ccg-diag/answers@1\norganisation: *name\n",
            "2:15",
            "aliases (*name) are not allowed; write the value out in full"),
        text(
            "20,000-deep flow lists",
            "answers.yaml",
            "[".repeat(HOSTILE_DEPTH) + "]".repeat(HOSTILE_DEPTH),
            deepColumn(1),
            tooDeep()),
        text(
            "20,000-deep flow mappings",
            "answers.yaml",
            "{a: ".repeat(HOSTILE_DEPTH) + "b" + "}".repeat(HOSTILE_DEPTH),
            deepColumn(4),
            tooDeep()),
        text(
            "20,000-deep block lists",
            "answers.yaml",
            "- ".repeat(HOSTILE_DEPTH) + "x\n",
            deepColumn(2),
            tooDeep()),
        text(
            "block-indented mappings, as deep as fits in the size limit",
            "answers.yaml",
            blockMappings(2_000),
            (Documents.MAX_DEPTH + 1) + ":" + (Documents.MAX_DEPTH + 1),
            tooDeep()),
        text(
            "20,000-deep JSON arrays",
            "answers.json",
            "[".repeat(HOSTILE_DEPTH) + "]".repeat(HOSTILE_DEPTH),
            deepColumn(1),
            tooDeep()),
        text(
            "20,000-deep JSON objects",
            "answers.json",
            "{\"a\":".repeat(HOSTILE_DEPTH) + "1" + "}".repeat(HOSTILE_DEPTH),
            deepColumn(5),
            tooDeep()),
        text(
            "a second YAML document",
            "answers.yaml",
            "format: ccg-diag/answers@1\n---\nformat: again\n",
            "2:1",
            "the file holds more than one YAML document (a second '---'); keep one per file"),
        text(
            "a python/object tag",
            "answers.yaml",
            "format: !!python/object:os.system [ls]\n",
            "1:9",
            "YAML tags (!!python/object:os.system) are not allowed; remove it"),
        text(
            "a local tag",
            "answers.yaml",
            "organisation: !ccg Example\n",
            "1:15",
            "YAML tags (!ccg) are not allowed; remove it"),
        new BadInput(
            "a file larger than the limit",
            "answers.yaml",
            BadInputs::tooBig,
            null,
            "the file is "
                + (Documents.MAX_BYTES + 1)
                + " bytes, larger than the limit of "
                + Documents.MAX_BYTES));
  }

  /**
   * Nine lists of nine references, nine levels deep: a billion strings if aliases were expanded.
   */
  private static String billionLaughs() {
    StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    String previous = "a";
    for (char c = 'b'; c <= 'i'; c++) {
      yaml.append(c)
          .append(": &")
          .append(c)
          .append(" [")
          .append(String.join(", ", Collections.nCopies(9, "*" + previous)))
          .append("]\n");
      previous = String.valueOf(c);
    }
    return yaml.toString();
  }

  /** {@code a:} on each line, one space deeper each time (20,000 levels would take 200 MB). */
  private static String blockMappings(int depth) {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      yaml.append(" ".repeat(i)).append("a:\n");
    }
    return yaml.toString();
  }

  private static byte[] tooBig() {
    byte[] bytes = new byte[Documents.MAX_BYTES + 1];
    Arrays.fill(bytes, (byte) 'x');
    bytes[0] = '#';
    return bytes;
  }
}
