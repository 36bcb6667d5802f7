package org.ccgdiag.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A run of text with light emphasis and links, built span by span so that no input can carry
 * markup: the template writes each span's text escaped, inside the element its flags choose.
 */
public record Text(List<Span> spans) {
  public Text {
    spans = List.copyOf(spans);
  }

  /**
   * A piece of text. {@code href} is set only for http, https and mailto addresses, so an input
   * file cannot smuggle a {@code javascript:} link into a report.
   */
  public record Span(String text, boolean strong, boolean em, String href) {}

  public static Text of(String text) {
    return builder().plain(text).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether a link to this address may be written: only web and mail addresses. */
  static boolean linkable(String url) {
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://")
        || lower.startsWith("http://")
        || lower.startsWith("mailto:");
  }

  public static final class Builder {
    private final List<Span> spans = new ArrayList<>();

    private Builder() {}

    public Builder plain(String text) {
      return add(new Span(text, false, false, null));
    }

    public Builder strong(String text) {
      return add(new Span(text, true, false, null));
    }

    public Builder em(String text) {
      return add(new Span(text, false, true, null));
    }

    /** A link, or plain text when the address is not one a report may link to. */
    public Builder link(String text, String url) {
      return add(new Span(text, false, false, url != null && linkable(url) ? url.strip() : null));
    }

    private Builder add(Span span) {
      if (!span.text().isEmpty()) {
        spans.add(span);
      }
      return this;
    }

    public Text build() {
      return new Text(spans);
    }
  }
}
