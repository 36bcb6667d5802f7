package org.ccgdiag.report.pdf;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.PDFTranscoder;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphJustificationInfo;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.InputStream;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.List;
import java.util.Map;
import org.apache.batik.bridge.FontFace;
import org.apache.batik.gvt.font.AWTGVTFont;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;
import org.apache.batik.gvt.font.GVTGlyphMetrics;
import org.apache.batik.gvt.font.GVTGlyphVector;
import org.apache.batik.gvt.font.GVTLineMetrics;
import org.apache.batik.gvt.text.GVTAttributedCharacterIterator;
import org.apache.batik.gvt.text.TextPaintInfo;

/**
 * The charts' labels as text in the PDF, not outlines. The renderer's SVG support (Batik) lays out
 * an SVG's text and paints each run's glyph outlines, so a chart's labels could be neither
 * selected, searched nor read aloud. Here every SVG font is the bundled face, and a run is painted
 * with {@code drawString}, which the PDF's graphics map to the same embedded font as the page's
 * text: Batik still does the layout (positions, anchors), only the painting changes.
 */
final class SvgText {
  private SvgText() {}

  /** The SVG drawer that resolves every family to {@code face} and paints runs as text. */
  static BatikSVGDrawer drawer(Font face) {
    return new Drawer(face);
  }

  private static final class Drawer extends BatikSVGDrawer {
    private final Font face;

    Drawer(Font face) {
      super(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE);
      this.face = face;
      this.fontResolver = new Resolver(new Family(face));
    }

    /**
     * The pages have no @font-face rules; the base class would swap in a resolver of outlines here.
     */
    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
      this.fontResolver = new Resolver(new Family(face));
    }
  }

  private static final class Resolver extends PDFTranscoder.OpenHtmlFontResolver {
    private final Family family;

    Resolver(Family family) {
      this.family = family;
    }

    @Override
    public GVTFontFamily resolve(String name, FontFace face) {
      return family;
    }

    @Override
    public GVTFontFamily resolve(String name) {
      return family;
    }

    @Override
    public GVTFontFamily loadFont(InputStream in, FontFace face) {
      return family;
    }

    @Override
    public GVTFontFamily getFamilyThatCanDisplay(char c) {
      return family;
    }

    @Override
    public GVTFontFamily getDefault() {
      return family;
    }
  }

  /**
   * The bundled face at any size, bold and italic as the SVG's style asks (the PDF picks the
   * matching face).
   */
  private record Family(Font face) implements GVTFontFamily {
    @Override
    public String getFamilyName() {
      return face.getFamily();
    }

    @Override
    public GVTFontFace getFontFace() {
      return new GVTFontFace(face.getFamily());
    }

    @Override
    public GVTFont deriveFont(float size, AttributedCharacterIterator text) {
      return deriveFont(size, text.getAttributes());
    }

    @Override
    public GVTFont deriveFont(float size, @SuppressWarnings("rawtypes") Map attributes) {
      Object weight = attributes.get(TextAttribute.WEIGHT);
      Object posture = attributes.get(TextAttribute.POSTURE);
      int style =
          (weight instanceof Float w && w >= TextAttribute.WEIGHT_BOLD ? Font.BOLD : 0)
              | (posture instanceof Float p && p >= TextAttribute.POSTURE_OBLIQUE
                  ? Font.ITALIC
                  : 0);
      return new TextFont(face.deriveFont(style, size));
    }

    @Override
    public boolean isComplex() {
      return false;
    }
  }

  /** Batik's own AWT font for layout; its glyph vectors paint as text. */
  private static final class TextFont implements GVTFont {
    private final Font font;
    private final AWTGVTFont layout;

    TextFont(Font font) {
      this.font = font;
      this.layout = new AWTGVTFont(font);
    }

    @Override
    public GVTGlyphVector createGlyphVector(FontRenderContext frc, char[] chars) {
      return new TextRun(layout.createGlyphVector(frc, chars), new String(chars), this);
    }

    @Override
    public GVTGlyphVector createGlyphVector(FontRenderContext frc, CharacterIterator text) {
      return new TextRun(layout.createGlyphVector(frc, text), string(text), this);
    }

    @Override
    public GVTGlyphVector createGlyphVector(
        FontRenderContext frc, int[] glyphCodes, CharacterIterator text) {
      return new TextRun(layout.createGlyphVector(frc, glyphCodes, text), string(text), this);
    }

    @Override
    public GVTGlyphVector createGlyphVector(FontRenderContext frc, String text) {
      return new TextRun(layout.createGlyphVector(frc, text), text, this);
    }

    private static String string(CharacterIterator text) {
      StringBuilder s = new StringBuilder(text.getEndIndex() - text.getBeginIndex());
      for (char c = text.first(); c != CharacterIterator.DONE; c = text.next()) {
        s.append(c);
      }
      return s.toString();
    }

    @Override
    public GVTFont deriveFont(float size) {
      return new TextFont(font.deriveFont(size));
    }

    @Override
    public boolean canDisplay(char c) {
      return layout.canDisplay(c);
    }

    @Override
    public int canDisplayUpTo(char[] text, int start, int limit) {
      return layout.canDisplayUpTo(text, start, limit);
    }

    @Override
    public int canDisplayUpTo(CharacterIterator text, int start, int limit) {
      return layout.canDisplayUpTo(text, start, limit);
    }

    @Override
    public int canDisplayUpTo(String text) {
      return layout.canDisplayUpTo(text);
    }

    @Override
    public String getFamilyName() {
      return layout.getFamilyName();
    }

    @Override
    public GVTLineMetrics getLineMetrics(char[] text, int begin, int limit, FontRenderContext frc) {
      return layout.getLineMetrics(text, begin, limit, frc);
    }

    @Override
    public GVTLineMetrics getLineMetrics(
        CharacterIterator text, int begin, int limit, FontRenderContext frc) {
      return layout.getLineMetrics(text, begin, limit, frc);
    }

    @Override
    public GVTLineMetrics getLineMetrics(String text, FontRenderContext frc) {
      return layout.getLineMetrics(text, frc);
    }

    @Override
    public GVTLineMetrics getLineMetrics(String text, int begin, int limit, FontRenderContext frc) {
      return layout.getLineMetrics(text, begin, limit, frc);
    }

    @Override
    public float getSize() {
      return layout.getSize();
    }

    @Override
    public float getVKern(int first, int second) {
      return layout.getVKern(first, second);
    }

    @Override
    public float getHKern(int first, int second) {
      return layout.getHKern(first, second);
    }
  }

  /** A run laid out by Batik and painted with drawString from its first glyph's position. */
  private record TextRun(GVTGlyphVector glyphs, String text, TextFont font)
      implements GVTGlyphVector {
    @Override
    public void draw(Graphics2D g, AttributedCharacterIterator attributes) {
      TextPaintInfo paint =
          (TextPaintInfo)
              attributes.getAttribute(GVTAttributedCharacterIterator.TextAttribute.PAINT_INFO);
      if (paint != null && (!paint.visible || paint.fillPaint == null)) {
        return;
      }
      if (paint != null && paint.composite != null) {
        g.setComposite(paint.composite);
      }
      g.setPaint(paint == null ? Color.BLACK : paint.fillPaint);
      g.setFont(font.font);
      Point2D at = glyphs.getGlyphPosition(0);
      g.drawString(text, (float) at.getX(), (float) at.getY());
    }

    @Override
    public GVTFont getFont() {
      return font;
    }

    @Override
    public FontRenderContext getFontRenderContext() {
      return glyphs.getFontRenderContext();
    }

    @Override
    public int getGlyphCode(int index) {
      return glyphs.getGlyphCode(index);
    }

    @Override
    public int[] getGlyphCodes(int begin, int count, int[] into) {
      return glyphs.getGlyphCodes(begin, count, into);
    }

    @Override
    public GlyphJustificationInfo getGlyphJustificationInfo(int index) {
      return glyphs.getGlyphJustificationInfo(index);
    }

    @Override
    public Shape getGlyphLogicalBounds(int index) {
      return glyphs.getGlyphLogicalBounds(index);
    }

    @Override
    public GVTGlyphMetrics getGlyphMetrics(int index) {
      return glyphs.getGlyphMetrics(index);
    }

    @Override
    public Shape getGlyphOutline(int index) {
      return glyphs.getGlyphOutline(index);
    }

    @Override
    public Rectangle2D getGlyphCellBounds(int index) {
      return glyphs.getGlyphCellBounds(index);
    }

    @Override
    public Point2D getGlyphPosition(int index) {
      return glyphs.getGlyphPosition(index);
    }

    @Override
    public float[] getGlyphPositions(int begin, int count, float[] into) {
      return glyphs.getGlyphPositions(begin, count, into);
    }

    @Override
    public AffineTransform getGlyphTransform(int index) {
      return glyphs.getGlyphTransform(index);
    }

    @Override
    public Shape getGlyphVisualBounds(int index) {
      return glyphs.getGlyphVisualBounds(index);
    }

    @Override
    public Rectangle2D getLogicalBounds() {
      return glyphs.getLogicalBounds();
    }

    @Override
    public int getNumGlyphs() {
      return glyphs.getNumGlyphs();
    }

    @Override
    public Shape getOutline() {
      return glyphs.getOutline();
    }

    @Override
    public Shape getOutline(float x, float y) {
      return glyphs.getOutline(x, y);
    }

    @Override
    public Rectangle2D getGeometricBounds() {
      return glyphs.getGeometricBounds();
    }

    @Override
    public Rectangle2D getBounds2D(AttributedCharacterIterator text) {
      return glyphs.getBounds2D(text);
    }

    @Override
    public void performDefaultLayout() {
      glyphs.performDefaultLayout();
    }

    @Override
    public void setGlyphPosition(int index, Point2D position) {
      glyphs.setGlyphPosition(index, position);
    }

    @Override
    public void setGlyphTransform(int index, AffineTransform transform) {
      glyphs.setGlyphTransform(index, transform);
    }

    @Override
    public void setGlyphVisible(int index, boolean visible) {
      glyphs.setGlyphVisible(index, visible);
    }

    @Override
    public boolean isGlyphVisible(int index) {
      return glyphs.isGlyphVisible(index);
    }

    @Override
    public int getCharacterCount(int begin, int end) {
      return glyphs.getCharacterCount(begin, end);
    }

    @Override
    public boolean isReversed() {
      return glyphs.isReversed();
    }

    @Override
    public void maybeReverse(boolean reverse) {
      glyphs.maybeReverse(reverse);
    }
  }
}
