package org.ccgdiag.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** summary.csv's text cells cannot start a formula, whatever spaces come first. */
class ClusterSummaryCsvTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "=SUM(A1)|'=SUM(A1)",
    "\u00a0=HYPERLINK(\"x\")|'\u00a0=HYPERLINK(\"x\")",
    "\u2007\u3000+1|'\u2007\u3000+1",
    "\ufeff@cmd|'\ufeff@cmd",
    "\"\t-1\"|\"'\t-1\"",
    "NHS Example CCG|NHS Example CCG",
    "A-Z Health|A-Z Health",
  })
  void aCellCannotStartAFormula(String cell, String written) {
    assertThat(ClusterSummaryCsv.text(cell)).isEqualTo(written);
  }
}
