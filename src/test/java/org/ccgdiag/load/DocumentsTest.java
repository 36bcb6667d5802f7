package org.ccgdiag.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ccgdiag.problem.Problem;
import org.ccgdiag.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing YAML and JSON into positioned nodes, and refusing what the formats never need. */
class DocumentsTest {

  @TempDir Path dir;

  private static Problems problems() {
    return new Problems("doc.yaml");
  }

  private static Node parse(String text, boolean json, Problems problems) {
    return Documents.parse(text.getBytes(StandardCharsets.UTF_8), json, problems);
  }

  private static Node parseValid(String text, boolean json) {
    Problems problems = problems();
    Node root = parse(text, json, problems);
    assertThat(problems.sorted()).as("problems").isEmpty();
    return root;
  }

  private static Node valueOf(Node node, String key) {
    return ((Node.Mapping) node)
        .entries().stream()
            .filter(e -> e.key().text().equals(key))
            .findFirst()
            .orElseThrow()
            .value();
  }

  static Stream<Arguments> theSameDocumentAsYamlAndJson() {
    return Stream.of(
        Arguments.of(
            false,
            "title: Example\nanswers:\n  q.1: {answer: \"4\", note: ~}\nlist: [a, 2]\n",
            List.of("1:1", "1:8", "3:3", "3:8", "3:17", "3:28", "4:7", "4:8", "4:11")),
        Arguments.of(
            true,
            "{\"title\": \"Example\",\n\"answers\": {\"q.1\": {\"answer\": \"4\", \"note\": null}},\n\"list\": [\"a\", 2]}",
            List.of("1:1", "1:11", "2:13", "2:20", "2:31", "2:44", "3:9", "3:10", "3:15")));
  }

  @ParameterizedTest(name = "json={0}")
  @MethodSource("theSameDocumentAsYamlAndJson")
  void everyNodeKnowsItsLineAndColumn(boolean json, String text, List<String> positions) {
    Node root = parseValid(text, json);
    Node answers = valueOf(root, "answers");
    Node answer = valueOf(answers, "q.1");
    Node.Sequence list = (Node.Sequence) valueOf(root, "list");

    assertThat(
            Stream.of(
                    root,
                    valueOf(root, "title"),
                    ((Node.Mapping) answers).entries().get(0).key(),
                    answer,
                    valueOf(answer, "answer"),
                    valueOf(answer, "note"),
                    list,
                    list.items().get(0),
                    list.items().get(1))
                .map(node -> node.position().toString()))
        .containsExactlyElementsOf(positions);
    assertThat(((Node.Scalar) valueOf(answer, "answer")).text()).isEqualTo("4");
    assertThat(((Node.Scalar) valueOf(answer, "note")).isNull()).isTrue();
    assertThat(((Node.Scalar) list.items().get(1)).text())
        .as("a number is kept as its text")
        .isEqualTo("2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"note:", "note: ~", "note: null", "note: Null"})
  void emptyAndNullYamlValuesAreNull(String yaml) {
    assertThat(((Node.Scalar) valueOf(parseValid(yaml, false), "note")).isNull()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"note: \"null\"", "note: 'null'", "note: !!str null"})
  void quotedNullIsText(String yaml) {
    assertThat(((Node.Scalar) valueOf(parseValid(yaml, false), "note")).text()).isEqualTo("null");
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    Node root = parseValid("\uFEFFformat: x\n", false);

    assertThat(((Node.Mapping) root).entries().get(0).key().text()).isEqualTo("format");
    assertThat(root.position()).hasToString("1:1");
  }

  @Test
  void everyDuplicateKeyIsReportedAndTheFirstValueKept() {
    Problems problems = problems();
    Node root = parse("a: 1\nb: 2\na: 3\nc:\n  d: 4\n  d: 5\n", false, problems);

    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .containsExactly(
            "doc.yaml:3:1: duplicate key 'a' (first at line 1); remove one of them",
            "doc.yaml:6:3: duplicate key 'd' (first at line 5); remove one of them");
    assertThat(((Node.Scalar) valueOf(root, "a")).text()).isEqualTo("1");
  }

  @Test
  void aDuplicateJsonKeyIsReportedToo() {
    Problems problems = new Problems("doc.json");
    parse("{\"format\": \"a\",\n \"format\": \"b\"}", true, problems);

    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .containsExactly(
            "doc.json:2:2: duplicate key 'format' (first at line 1); remove one of them");
  }

  @Test
  void aKeyMustBePlainText() {
    Problems problems = problems();
    Node root = parse("? [a, b]\n: c\nd: e\n", false, problems);

    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .containsExactly("doc.yaml:1:3: a key must be plain text, not a list");
    assertThat(((Node.Mapping) root).entries())
        .extracting(e -> e.key().text())
        .containsExactly("d");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.ccgdiag.load.BadInputs#all")
  @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aBadFileGivesOneLineWithBoundedMemory(BadInputs.BadInput bad) throws IOException {
    Path file = Files.write(dir.resolve(bad.file()), bad.bytes().get());
    Problems problems = new Problems(bad.file());

    BadInputs.Allocation<Node> reading = BadInputs.allocation(() -> Documents.read(file, problems));

    assertThat(reading.result()).isNull();
    assertThat(problems.sorted()).extracting(Problem::toString).containsExactly(bad.expectedLine());
    assertThat(reading.bytes())
        .as("bytes allocated while reading")
        .isLessThan(BadInputs.MEMORY_BOUND);
  }

  @ParameterizedTest(name = "json={0}")
  @ValueSource(booleans = {false, true})
  void nestingUpToTheLimitIsAcceptedAndOneMoreIsNot(boolean json) {
    int limit = Documents.MAX_DEPTH;
    parseValid("[".repeat(limit) + "]".repeat(limit), json);

    Problems problems = problems();
    assertThat(parse("[".repeat(limit + 1) + "]".repeat(limit + 1), json, problems)).isNull();
    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .containsExactly(
            "doc.yaml:1:"
                + (limit + 1)
                + ": the document is nested too deeply (the limit is "
                + limit
                + " levels)");
  }

  @Test
  @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aStreamLargerThanTheLimitIsRefusedWithoutReadingItAll() throws IOException {
    Problems problems = problems();
    byte[] big = new byte[Documents.MAX_BYTES + 1];

    assertThat(Documents.read(new ByteArrayInputStream(big), false, problems)).isNull();
    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .containsExactly(
            "doc.yaml: the file is larger than the limit of " + Documents.MAX_BYTES + " bytes");
  }

  @Test
  @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aDeviceIsNeverRead() {
    Path endless = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(endless), "needs /dev/zero");
    Problems problems = new Problems("zero.yaml");

    assertThat(Documents.read(endless, problems)).isNull();
    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .containsExactly("zero.yaml: not a regular file (a pipe, a device or a directory)");
  }

  @Test
  void aFileLongerThanItsSizeSaidIsReadToTheEnd() throws IOException {
    // Files in /proc say they are empty and are not: the reader must not trust the size it was
    // given.
    Path cmdline = Path.of("/proc/self/cmdline");
    assumeTrue(Files.isReadable(cmdline) && Files.size(cmdline) == 0, "needs Linux's /proc");
    Problems problems = new Problems("cmdline");

    assertThat(Documents.readText(cmdline, problems))
        .isEqualTo(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8));
    assertThat(problems.sorted()).isEmpty();
  }

  @Test
  void aFileReadsWhateverItsSize(@TempDir Path files) throws IOException {
    for (int size : new int[] {1, 8191, 8192, 8193, 100_000}) {
      Path file = files.resolve(size + ".yaml");
      Files.writeString(file, "a: " + "x".repeat(size));
      Problems problems = new Problems(file.toString());

      assertThat(Documents.readText(file, problems)).isEqualTo("a: " + "x".repeat(size));
    }
  }

  @Test
  void aMissingFileIsOneLine() {
    Problems problems = new Problems("gone.yaml");

    assertThat(Documents.read(dir.resolve("gone.yaml"), problems)).isNull();
    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .containsExactly("gone.yaml: no such file");
  }

  @Test
  void jsonIsChosenByExtensionWhateverTheCase() {
    assertThat(Documents.isJson(Path.of("a.JSON"))).isTrue();
    assertThat(Documents.isJson(Path.of("a.json.yaml"))).isFalse();
    assertThat(Documents.isJson(Path.of("a.yml"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\": 1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
            + "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
            + "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
            + "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
            + "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
            + "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
            + "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
            + "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
            + "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
            + "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111}",
        "{\"a\": NaN}"
      })
  void jsonErrorsDoNotNameJacksonsInternals(String json) {
    Problems problems = problems();
    parse(json, true, problems);

    assertThat(problems.sorted())
        .singleElement()
        .asString()
        .startsWith("doc.yaml")
        .contains("JSON syntax error: ")
        .doesNotContain("`", "StreamReadConstraints", "JsonReadFeature");
  }
}
