package org.ccgdiag.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccgdiag.questionnaire.SmallQuestionnaire.edited;
import static org.ccgdiag.questionnaire.SmallQuestionnaire.read;

import java.time.Duration;
import org.ccgdiag.load.Reading;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every number of a questionnaire is bounded when it is read: a huge or tiny one ({@code
 * 1e999999999}, {@code 1e-99999}) is refused at once at its position, never left for scoring to
 * choke on.
 */
class QuestionnaireNumbersTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @Timeout(5)
  @CsvSource(
      delimiter = '|',
      value = {
        "        score: 1|        score: 1e999999999|24:16",
        "        score: 1|        score: 1e999999|24:16",
        "    weight: 2|    weight: 1e-99999|57:13",
        "target: 70|target: 1e-999999|8:9",
        "min_coverage: 0.5|min_coverage: 1e-999999|7:15",
        "        score: 1|        score: 1000000|24:16",
        "    weight: 2|    weight: 0.0000001|57:13",
        "    target: 80|    target: 12345678901234567890|40:13",
      })
  void anUnboundedNumberIsRefusedAtItsPosition(String from, String to, String at) {
    long start = System.nanoTime();
    Reading<Questionnaire> reading = read(edited(from, to));

    assertThat(reading.lines())
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("small.yaml:" + at + ": ")
                    .containsAnyOf("must be a number, not", "numbers must be less than"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"    weight: 2|    weight: 0.000001", "    weight: 2|    weight: 999999.5"})
  void numbersWithinTheBoundsAreKept(String from, String to) {
    assertThat(read(edited(from, to)).lines()).isEmpty();
  }
}
