package org.ccgdiag.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "NHS Leeds North CCG           | nhs-leeds-north-ccg",
        "../../etc                      | etc",
        "../../etc/passwd               | etc-passwd",
        "..                             | organisation",
        "\"\"                           | organisation",
        "'   '                          | organisation",
        "/                              | organisation",
        "C:\\Windows\\System32           | c-windows-system32",
        ".hidden                        | hidden",
        "-rf                            | rf",
        "CON                            | con-organisation",
        "aux                            | aux-organisation",
        "Nul.                           | nul-organisation",
        "COM1                           | com1-organisation",
        "lpt9                           | lpt9-organisation",
        "Console                        | console",
        "NUL Health CCG                 | nul-health-ccg",
        "Café Crème Brûlée CCG          | cafe-creme-brulee-ccg",
        "Straße Ærø Łódź                | strasse-aero-lodz",
        "Ysbyty Gwynedd (Bangor) CCG    | ysbyty-gwynedd-bangor-ccg",
        "ＦＵＬＬ　ＷＩＤＴＨ          | full-width",
        "東京                           | organisation",
        "=SUM(1+1) CCG                  | sum-1-1-ccg",
        "Summary                        | summary",
      })
  void slugOfOneName(String name, String slug) {
    assertThat(Slugs.of(name)).isEqualTo(slug);
  }

  @Test
  void slugsAreSafeFileNames() {
    for (String name :
        List.of(
            "../x",
            "a/b\\c",
            "<script>alert(1)</script>",
            "\0null",
            "con",
            "a\nb",
            "..\u2215etc")) {
      assertThat(Slugs.of(name)).as(name).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
  }

  @Test
  void longNamesAreCutWithoutATrailingHyphen() {
    String name = "a".repeat(79) + " b" + "c".repeat(100);
    assertThat(Slugs.of(name)).isEqualTo("a".repeat(79));
    assertThat(Slugs.of("x".repeat(200))).hasSize(Slugs.MAX_LENGTH);
  }

  @Test
  void namesThatSlugAlikeGetNumberedInTheOrderGiven() {
    List<String> names = List.of("nhs a", "nhs-a", "nhs a 2", "NHS  A!", "summary", "");
    assertThat(Slugs.distinct(names, Set.of("summary")))
        .containsExactly("nhs-a", "nhs-a-2", "nhs-a-2-2", "nhs-a-3", "summary-2", "organisation");
  }

  @Test
  void numberedSlugsStayWithinTheLimit() {
    String name = "y".repeat(100);
    List<String> slugs = Slugs.distinct(List.of(name, name, name + " "), Set.of());
    assertThat(slugs).containsExactly("y".repeat(80), "y".repeat(78) + "-2", "y".repeat(78) + "-3");
  }
}
