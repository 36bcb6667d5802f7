package org.ccgdiag.report.html;

/**
 * A chart's coordinate box ({@code width} by {@code height} SVG units) and the size it is shown
 * at: {@link #SCALE} times larger, so that 15-unit labels read at about 20 pixels on a projector,
 * as large as the text around them. Stylesheets shrink it to the page's width where needed.
 */
public record Box(String width, String height, String displayWidth, String displayHeight) {
  static final double SCALE = 1.3;

  static Box of(double width, double height) {
    return new Box(Svg.num(width), Svg.num(height), Svg.num(width * SCALE), Svg.num(height * SCALE));
  }
}
