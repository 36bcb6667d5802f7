package org.ccgdiag.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BarsTest {
  @ParameterizedTest
  @CsvSource({
    "0.0, ░░░░░░░░░░",
    "4.9, ░░░░░░░░░░",
    "5.0, █░░░░░░░░░",
    "62.5, ██████░░░░",
    "64.9, ██████░░░░",
    "65.0, ███████░░░",
    "94.9, █████████░",
    "95.0, ██████████",
    "100.0, ██████████",
    "-3, ░░░░░░░░░░",
    "120, ██████████",
  })
  void tenBlocksOfTenPointsRoundedHalfUp(String score, String bar) {
    assertThat(Bars.bar(new BigDecimal(score))).isEqualTo(bar).hasSize(Bars.WIDTH);
  }

  @Test
  void otherWidths() {
    // 62.5 * 20 / 100 = 12.5 -> 13 blocks; 62.5 * 4 / 100 = 2.5 -> 3.
    assertThat(Bars.bar(new BigDecimal("62.5"), 20)).isEqualTo("█".repeat(13) + "░".repeat(7));
    assertThat(Bars.bar(new BigDecimal("62.5"), 4)).isEqualTo("███░");
    assertThatThrownBy(() -> Bars.bar(BigDecimal.ONE, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noScoreNoBar() {
    assertThat(Bars.bar(null)).isEmpty();
  }
}
