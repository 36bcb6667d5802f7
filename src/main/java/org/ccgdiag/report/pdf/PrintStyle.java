package org.ccgdiag.report.pdf;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's stylesheet in the CSS the PDF renderer reads. It predates custom properties, so each
 * {@code var(--x)} becomes the value {@code :root} gives it. The charts are drawn by Batik, which
 * gets the page's rules for an SVG only when they go through the SVG element itself ({@code .radar
 * .grid polygon}), so a rule for the radar's series such as {@code .series polygon} is also given
 * as {@code svg .series polygon} (the page's other rules for classes would bring it CSS it cannot
 * read); and Batik takes no {@code rgba()} (it fails the whole chart), so a translucent fill
 * becomes a colour and an opacity. The page itself is unchanged: one stylesheet serves the screen,
 * a browser's print and the PDF.
 */
final class PrintStyle {
  private static final Pattern CUSTOM_PROPERTY = Pattern.compile("(--[\\w-]+)\\s*:\\s*([^;}]+)");

  /** The radar's series, styled by classes of their own rather than under the chart's class. */
  private static final Pattern SERIES = Pattern.compile("(line)?\\.series");

  private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
  private static final Pattern VAR = Pattern.compile("var\\((--[\\w-]+)\\)");
  private static final Pattern RGBA_FILL =
      Pattern.compile(
          "fill\\s*:\\s*rgba\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*([\\d.]+)\\s*\\)");

  private PrintStyle() {}

  static void apply(Document page) {
    for (Element style : page.select("style")) {
      style.text(resolve(style.data()));
    }
  }

  static String resolve(String sheet) {
    Map<String, String> properties = new HashMap<>();
    Matcher property = CUSTOM_PROPERTY.matcher(sheet);
    while (property.find()) {
      properties.put(property.group(1), property.group(2).strip());
    }
    String resolved =
        VAR.matcher(sheet)
            .replaceAll(
                m -> Matcher.quoteReplacement(properties.getOrDefault(m.group(1), "inherit")));
    return RGBA_FILL
        .matcher(anchored(resolved))
        .replaceAll("fill: rgb($1, $2, $3); fill-opacity: $4");
  }

  /** Each top-level rule for a radar series is also given for it inside an SVG. */
  private static String anchored(String sheet) {
    String text = COMMENT.matcher(sheet).replaceAll("");
    StringBuilder out = new StringBuilder(text.length() + 1024);
    int depth = 0;
    int start = 0; // the first character not yet copied
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' && depth++ == 0) {
        out.append(withSvg(text.substring(start, i)));
        start = i;
      } else if (c == '}' && --depth == 0) {
        out.append(
            text, start,
            i + 1); // the rule's body (an at-rule's rules lay out the page, not the charts)
        start = i + 1;
      }
    }
    return out.append(text, start, text.length()).toString();
  }

  private static String withSvg(String selectors) {
    StringBuilder out = new StringBuilder(selectors.stripTrailing());
    for (String selector : selectors.split(",")) {
      String s = selector.strip();
      if (SERIES.matcher(s).lookingAt()) {
        out.append(", svg ").append(s);
      }
    }
    return out.append(' ').toString();
  }
}
