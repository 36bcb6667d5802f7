package org.ccgdiag.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTest {
  @Test
  void controlCharactersBecomeVisibleEscapes() {
    assertThat(Visible.oneLine("a\u001b[31mred\u0007\u007f\u009b\ufffe\u202eb"))
        .isEqualTo("a\\x1b[31mred\\x07\\x7f\\x9b\\ufffe\\u202eb");
    assertThat(Visible.oneLine("two\nlines\tand\rreturn")).isEqualTo("two\\nlines\\tand\\rreturn");
  }

  @Test
  void notesKeepTheirLineBreaksAndTabs() {
    assertThat(Visible.lines("two\nlines\tand\u000bWord's break"))
        .isEqualTo("two\nlines\tand\\x0bWord's break");
  }

  @Test
  void ordinaryTextIsUnchanged() {
    String text = "NHS Riverside CCG – Dr Åsa O'Brien: £2.1m, “quotes”, 日本, emoji \uD83D\uDE00";
    assertThat(Visible.oneLine(text)).isSameAs(text);
    assertThat(Visible.oneLine(null)).isNull();
  }
}
