package org.ccgdiag.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ccgdiag.problem.Problems;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Differential property test of the canonical fast path against the SnakeYAML path: over generated
 * answer-like files and random mutations of them, whenever the fast path accepts a file its tree
 * (every position included) equals SnakeYAML's and SnakeYAML reports no problem; and {@link
 * Documents#parse} gives exactly the SnakeYAML path's tree and messages for every file.
 */
class CanonicalYamlTest {
  private static final String[] WORDS = {
    "3",
    "dk",
    "na",
    "true",
    "null",
    "~",
    "Null",
    "1.0.0",
    "St Mary's",
    "a: b",
    "x:y",
    "#1",
    "a #b",
    "-1",
    "- a",
    "[a]",
    "{a}",
    "a, b",
    "it's",
    "say \"hi\"",
    "é £ ✓",
    "&x",
    "*x",
    "!t",
    "|",
    ">",
    "%",
    "@",
    "`",
    "?",
    "",
    " a",
    "a ",
    "2026-11-25T10:02:11Z",
    "NHS North Leeds CCG",
    "a\\b",
    "0x1F",
    "yes",
    "\u2028",
    "tab\there",
    "𝔸",
  };

  /** Words that are plain scalars as they stand. */
  private static final String[] PLAIN = {
    "3",
    "dk",
    "na",
    "true",
    "null",
    "~",
    "1.0.0",
    "St Mary's",
    "x:y",
    "it's",
    "a, b",
    "é £ ✓",
    "a  b",
    "2026-11-25T10:02:11Z",
    "NHS North Leeds CCG",
    "a\\b",
    "say \"hi\"",
    "a-b",
    "a]",
    "a[b]",
  };

  private static final String[] INSERTS = {
    ":", " ", "#", "'", "\"", "\t", "\r", "\n", "\r\n", "{", "}", ",", "-", "&", "*", "!", "|", ">",
    "%", "@", "?", "[", "]", "\\", "\uFEFF", "\u0085", "é", "𝔸", "---\n", "...\n", "  ", "a", ": ",
    "~",
  };

  @Test
  void acceptedFilesGiveSnakeYamlsTreeAndPositions() throws Exception {
    Random random = new Random(13);
    int accepted = 0;
    int declined = 0;
    int literals = 0;
    for (int i = 0; i < 4000; i++) {
      String text = i % 2 == 0 ? handWritten(random) : dumped(random);
      if (random.nextBoolean()) {
        text = text.replace("\n", "\r\n");
      }
      for (int m = 0; m < 3; m++) {
        String variant = m == 0 ? text : mutate(text, random, 1 + random.nextInt(3));
        if (check(variant)) {
          accepted++;
          literals += variant.contains(": |-") ? 1 : 0;
        } else {
          declined++;
        }
      }
    }
    // Both paths must be well exercised, or the property proves little.
    assertThat(accepted).isGreaterThan(2000);
    assertThat(declined).isGreaterThan(3000);
    assertThat(literals).as("notes of several lines accepted").isGreaterThan(100);
  }

  @Test
  void theBenchmarksAndWritersFilesAreAccepted() throws Exception {
    String answers =
        "format: ccg-diag/answers@1\r\nquestionnaire: {id: bench-60, version: 1.0.0}\r\norganisation: NHS North Leeds CCG\r\n"
            + "respondent: {name: Respondent 2, role: GP board member, perspective: self}\r\n"
            + "started: 2026-11-25T10:02:11Z\r\ncomplete: true\r\nanswers:\r\n"
            + "  clinical-focus.1: {answer: \"3\"}\r\n  clinical-focus.2: {answer: dk, note: \"Needs work: see plan\"}\r\n"
            + "  clinical-focus.3:\r\n    answer: '4'\r\n    note: It's done\r\n  clinical-focus.4:\r\n";
    assertThat(CanonicalYaml.parse(answers)).isNotNull();
    assertThat(check(answers)).isTrue();
  }

  @Test
  void flowMappingsOfMoreThanEightKeysAndNullsTakeTheFullPath() throws Exception {
    String eight = "a: {k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8}\n";
    String nine = "a: {k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9}\n";
    assertThat(check(eight)).isTrue();
    assertThat(check(nine)).isFalse();
    assertThat(check("a: ~\nb: null\nc: Null\nd: NULL\ne: nul\nf: nulls\n")).isTrue();
    assertThat(check("null: 1\n")).isFalse();
    assertThat(check("~: 1\n")).isFalse();
  }

  /** Compares the two paths on one text; true when the fast path accepted it. */
  private static boolean check(String mutated) throws Exception {
    // As read from a file: a mutation may have split a surrogate pair.
    String text = new String(mutated.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    Problems slowProblems = new Problems("f");
    Node slow = snakeYaml(text, slowProblems);
    Problems viaDocuments = new Problems("f");
    Node documents = Documents.parse(text.getBytes(StandardCharsets.UTF_8), false, viaDocuments);
    Node fast = CanonicalYaml.parse(text);
    if (!text.isBlank() && !text.startsWith("\uFEFF")) {
      assertThat(documents).as(text).isEqualTo(slow);
      assertThat(viaDocuments.sorted()).as(text).isEqualTo(slowProblems.sorted());
    }
    if (fast == null) {
      return false;
    }
    assertThat(slowProblems.sorted()).as(text).isEmpty();
    assertThat(fast).as(text).isEqualTo(slow);
    return true;
  }

  private static Node snakeYaml(String text, Problems problems) throws Exception {
    Method parseYaml = Documents.class.getDeclaredMethod("parseYaml", String.class, Problems.class);
    parseYaml.setAccessible(true);
    try {
      return (Node) parseYaml.invoke(null, text, problems);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  /** An answers-like file in the canonical form, written by hand with random indents and values. */
  private static String handWritten(Random random) {
    StringBuilder out = new StringBuilder();
    int top = 1 + random.nextInt(5);
    for (int i = 0; i < top; i++) {
      String key = key(random, i);
      switch (random.nextInt(4)) {
        case 0 -> out.append(key).append(": ").append(scalar(random)).append('\n');
        case 1 -> out.append(key).append(": ").append(flow(random)).append('\n');
        case 2 -> out.append(key).append(":\n");
        default -> block(out, key, 0, random, random.nextInt(6));
      }
    }
    return random.nextInt(5) == 0 ? out.substring(0, out.length() - 1) : out.toString();
  }

  private static void block(StringBuilder out, String key, int indent, Random random, int depth) {
    out.append(" ".repeat(indent)).append(key).append(":\n");
    int inner = indent + 1 + random.nextInt(4);
    int entries = 1 + random.nextInt(5);
    for (int i = 0; i < entries; i++) {
      String name = key(random, i);
      int kind = random.nextInt(depth > 0 ? 4 : 3);
      if (kind == 3) {
        block(out, name, inner, random, depth - 1);
        continue;
      }
      out.append(" ".repeat(inner)).append(name).append(':');
      switch (kind) {
        case 0 -> out.append(' ').append(scalar(random));
        case 1 -> out.append(' ').append(flow(random));
        default -> {}
      }
      out.append('\n');
    }
  }

  /** Keys unique within a mapping (they end in its index), but one in thirty a repeat. */
  private static String key(Random random, int i) {
    String[] keys = {
      "format",
      "answer",
      "note",
      "clinical-focus.",
      "q_",
      "a",
      "x.y-",
      "null",
      "'",
      "'it''s ",
      "'null"
    };
    String key = random.nextInt(30) == 0 ? "answer" : keys[random.nextInt(keys.length)] + i;
    return key.startsWith("'") ? key + "'" : key;
  }

  private static String flow(Random random) {
    StringBuilder out = new StringBuilder("{");
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      out.append(i == 0 ? "" : ", ").append(key(random, i)).append(": ").append(scalar(random));
    }
    return out.append('}').toString();
  }

  /** Mostly scalars in the canonical form; one in ten any word as it stands, often not. */
  private static String scalar(Random random) {
    String word = WORDS[random.nextInt(WORDS.length)];
    int kind = random.nextInt(10);
    if (kind == 0) {
      return word;
    }
    if (kind < 4) {
      return PLAIN[random.nextInt(PLAIN.length)];
    }
    return kind < 7
        ? "'" + word.replace("'", "''") + "'"
        : "\"" + word.replace("\"", "").replace("\\", "") + "\"";
  }

  /**
   * What the answers writer would write for random entries (SnakeYAML's own dumper, block or flow).
   */
  private static String dumped(Random random) {
    Map<String, Object> top = new LinkedHashMap<>();
    top.put("format", "ccg-diag/answers@1");
    top.put("questionnaire", Map.of("id", "bench-60", "version", "1.0.0"));
    top.put("organisation", WORDS[random.nextInt(WORDS.length)]);
    Map<String, Object> answers = new LinkedHashMap<>();
    for (int i = 0; i < random.nextInt(8); i++) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("answer", WORDS[random.nextInt(WORDS.length)]);
      if (random.nextBoolean()) {
        String separator =
            List.of(" ", "\n", "\n\n", "\n  ", "\n\n\n")
                .get(random.nextInt(5)); // notes of several lines too
        entry.put(
            "note",
            WORDS[random.nextInt(WORDS.length)] + separator + WORDS[random.nextInt(WORDS.length)]);
      }
      if (random.nextInt(3) == 0) { // a room's votes: option keys such as '1' are quoted
        entry.put("votes", Map.of(WORDS[random.nextInt(WORDS.length)], random.nextInt(20)));
      }
      answers.put("q." + i, entry);
    }
    top.put("answers", answers);
    top.put("complete", random.nextBoolean());
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(List.of(DumperOptions.FlowStyle.values()).get(random.nextInt(3)));
    options.setWidth(100);
    options.setIndent(2 + random.nextInt(3));
    return new Yaml(options).dump(top);
  }

  private static String mutate(String text, Random random, int times) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < times; i++) {
      int at = random.nextInt(out.length() + 1);
      switch (random.nextInt(4)) {
        case 0 -> out.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
        case 1 -> {
          if (at < out.length()) {
            out.deleteCharAt(at);
          }
        }
        case 2 -> out.insert(at, ' ');
        default -> {
          int lineStart = out.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
          int lineEnd = out.indexOf("\n", at);
          if (lineEnd > lineStart) {
            out.insert(lineStart, out.substring(lineStart, lineEnd + 1));
          }
        }
      }
    }
    return out.toString();
  }
}
