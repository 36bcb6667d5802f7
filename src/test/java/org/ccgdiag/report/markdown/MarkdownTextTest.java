package org.ccgdiag.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
  @Test
  void nullIsEmpty() {
    assertThat(MarkdownText.escape(null)).isEmpty();
    assertThat(MarkdownText.url(null)).isEmpty();
  }

  @Test
  void ordinaryTextIsUnchanged() {
    for (String text :
        new String[] {
          "NHS Riverside CCG", "Dr James O'Connor", "A&E attendances fell by 5% (see item 4.2).",
              "-5% on last year",
          "Version 1.0.0", "£2.1m overspend; recovery plan agreed", "Clinical-focus.1",
              "Équipe 3 – ready?"
        }) {
      assertThat(MarkdownText.escape(text)).isEqualTo(text);
    }
  }

  @Test
  void markdownSpecialsAreBackslashEscaped() {
    assertThat(MarkdownText.escape("a|b*c_d`e[f]g~h#i$j\\k"))
        .isEqualTo("a\\|b\\*c\\_d\\`e\\[f\\]g\\~h\\#i\\$j\\\\k");
    assertThat(MarkdownText.escape("[link](http://evil.example) ![img](x)"))
        .isEqualTo("\\[link\\](http://evil.example) !\\[img\\](x)");
  }

  @Test
  void htmlCannotGetThrough() {
    assertThat(MarkdownText.escape("<script>alert(1)</script>"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(MarkdownText.escape("<img src=x onerror=alert(1)>"))
        .isEqualTo("&lt;img src=x onerror=alert(1)&gt;");
    // A character reference typed as text stays text; a plain ampersand is left alone.
    assertThat(MarkdownText.escape("&lt;b&gt; &#60; &#x3C; A&E & B"))
        .isEqualTo("\\&lt;b\\&gt; \\&\\#60; \\&\\#x3C; A&E & B");
  }

  @Test
  void lineBreaksTabsAndControlCharactersNeverBreakTheLine() {
    assertThat(
            MarkdownText.escape(
                "  first line\nsecond\r\nthird\rfourth\tfifth\u2028sixth\u0085seventh  \n"))
        .isEqualTo("first line second third fourth fifth sixth seventh");
    assertThat(MarkdownText.escape("a\u0000b\u001bc\u007fd")).isEqualTo("abcd");
    assertThat(MarkdownText.escape("\n\n \t")).isEmpty();
    assertThat(MarkdownText.escape("| --- | --- |\n| fake | table |"))
        .isEqualTo("\\| --- \\| --- \\| \\| fake \\| table \\|");
  }

  @Test
  void textCannotStartABlock() {
    String[][] cases = {
      {"- item", "\\- item"},
      {"+ item", "\\+ item"},
      {"-", "\\-"},
      {"---", "\\---"},
      {"===", "\\==="},
      {"=", "\\="},
      {"1. item", "1\\. item"},
      {"12) item", "12\\) item"},
      {"3.", "3\\."},
      {"> quote", "&gt; quote"},
      {"# heading", "\\# heading"},
      {"    indented code", "indented code"},
      {"1.5 times", "1.5 times"},
      {"2011 report", "2011 report"},
    };
    for (String[] c : cases) {
      assertThat(MarkdownText.escape(c[0])).as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void onlyPlainHttpUrlsBecomeLinks() {
    assertThat(MarkdownText.url("https://example.org/a?b=c&d=e#f"))
        .isEqualTo("<https://example.org/a?b=c&d=e#f>");
    assertThat(MarkdownText.url(" http://www.public-standards.gov.uk "))
        .isEqualTo("<http://www.public-standards.gov.uk>");
    assertThat(MarkdownText.url("javascript:alert(1)")).isEqualTo("javascript:alert(1)");
    assertThat(MarkdownText.url("https://example.org/a b")).isEqualTo("https://example.org/a b");
    assertThat(MarkdownText.url("https://example.org/<script>"))
        .isEqualTo("https://example.org/&lt;script&gt;");
    assertThat(MarkdownText.url("https://example.org/a|b")).isEqualTo("https://example.org/a\\|b");
  }

  @Test
  void bidirectionalControlsAreDropped() {
    assertThat(
            MarkdownText.escape("Invoice \u202egpj.exe\u202c and \u2066isolate\u2069 \u200fmark"))
        .isEqualTo("Invoice gpj.exe and isolate mark");
  }
}
