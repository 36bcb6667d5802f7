package org.ccgdiag.report.html;

/**
 * One line of a chart label, placed by the code: {@code text} comes from an input file and is
 * escaped by the template; {@code x} and {@code y} are computed numbers. {@code note} marks an
 * annotation such as "no score", drawn in italics.
 */
public record TextLine(String x, String y, String text, boolean note) {

  static TextLine at(double x, double y, String text) {
    return new TextLine(Svg.num(x), Svg.num(y), text, false);
  }

  static TextLine note(double x, double y, String text) {
    return new TextLine(Svg.num(x), Svg.num(y), text, true);
  }
}
