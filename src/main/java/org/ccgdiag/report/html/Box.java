package org.ccgdiag.report.html;

/**
 * A chart's coordinate box ({@code width} by {@code height} SVG units) and the size it is shown at:
 * {@link #SCALE} times larger, so that 15-unit labels read at about 20 pixels on a projector, as
 * large as the text around them. On screen its width is also given in rem ({@code remWidth}), so
 * that its text grows with the page's when the reader zooms; on paper it shrinks to the page.
 */
public record Box(
    String width, String height, String displayWidth, String displayHeight, String remWidth) {
  static final double SCALE = 1.3;

  /** The screen's root font size in pixels (style.mustache), for the width in rem. */
  static final double ROOT = 20;

  static Box of(double width, double height) {
    return new Box(
        Svg.num(width),
        Svg.num(height),
        Svg.num(width * SCALE),
        Svg.num(height * SCALE),
        Svg.num(width * SCALE / ROOT));
  }
}
