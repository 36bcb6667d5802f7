package org.ccgdiag.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ccgdiag.answers.ArbitraryText;
import org.ccgdiag.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Loading is linear in a scalar's length, and the reader behind it sees YAML as SnakeYAML's own
 * does.
 */
class WholeTextReaderTest {

  @ParameterizedTest
  @ValueSource(strings = {"note: %s\n", "note: '%s'\n", "note: \"%s\"\n", "note: |\n  %s\n"})
  @Timeout(5)
  void aNoteNearTheFileLimitLoadsInAMoment(String form) {
    String note = "x".repeat(Documents.MAX_BYTES - 100);
    Problems problems = new Problems("big.yaml");

    Node root =
        Documents.parse(
            String.format(form, note).getBytes(StandardCharsets.UTF_8), false, problems);

    assertThat(problems.sorted()).isEmpty();
    assertThat(((Node.Scalar) ((Node.Mapping) root).entries().get(0).value()).text().strip())
        .hasSize(note.length());
  }

  @Test
  void theSameEventsMarksAndErrorsAsSnakeYamlsReader() throws IOException {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "a: 1\r\nb: 2\rc: 3\n",
                "a: \"x\u0085y\u2028z\"\n",
                "\ufeffa: b\n",
                "a:\n\t- b\n",
                "a: [1, 2\n",
                "a: \"\\e\"\n",
                "a: |\n  one\r\n  two\r",
                "a: 'it''s'\n? complex\n: x\n",
                "- &x a\n- *x\n",
                "a: b\u0007c\n",
                "a: \ud800\n"));
    try (InputStream in =
        getClass().getResourceAsStream("/org/ccgdiag/questionnaires/ccg-authorisation.yaml")) {
      texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    ArbitraryText arbitrary = new ArbitraryText(42);
    for (int i = 0; i < 500; i++) {
      texts.add("k: " + arbitrary.next(20) + "\n- " + arbitrary.next(10) + "\n");
    }
    for (String text : texts) {
      List<String> expected = events(text, StreamReader::new);
      String last = expected.get(expected.size() - 1);
      // A character YAML does not allow is refused before parsing starts, not when the parser
      // reaches it.
      assertThat(events(text, WholeTextReader::new))
          .as("%s", text)
          .isEqualTo(last.startsWith("ReaderException") ? List.of(last) : expected);
    }
  }

  /**
   * The events of a text as comparable strings, ending with the error that stopped the parse, if
   * any.
   */
  private static List<String> events(String text, Function<String, StreamReader> reader) {
    List<String> events = new ArrayList<>();
    try {
      ParserImpl parser = new ParserImpl(reader.apply(text), new LoaderOptions());
      while (!parser.checkEvent(Event.ID.StreamEnd)) {
        Event event = parser.getEvent();
        events.add(
            event.getEventId()
                + (event instanceof ScalarEvent s ? " " + s.getValue() : "")
                + " "
                + mark(event.getStartMark())
                + "-"
                + mark(event.getEndMark()));
      }
    } catch (ReaderException e) {
      events.add(
          "ReaderException at " + e.getPosition() + " U+" + Integer.toHexString(e.getCodePoint()));
    } catch (YAMLException e) {
      events.add(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return events;
  }

  private static String mark(Mark mark) {
    return mark.getLine() + ":" + mark.getColumn() + ":" + mark.getIndex();
  }
}
