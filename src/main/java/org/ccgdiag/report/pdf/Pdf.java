package org.ccgdiag.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * An HTML page of the report renderers laid out on A4 as a PDF (openhtmltopdf on PDFBox, the page's
 * print stylesheet): text stays text, the inline SVG charts are drawn as vectors with their labels
 * as text, and the one font, DejaVu Sans (bundled; see {@code DejaVu-LICENSE.txt}), is embedded as
 * a subset. The document is tagged for PDF/UA. Nothing is fetched: the pages are self-contained.
 * Only the pdf format loads this class, so no other command pays for the renderer.
 */
final class Pdf {
  /** The family the bundled font is registered as; the stylesheet's font list names it. */
  static final String FAMILY = "DejaVu Sans";

  private static final String ROOT = "/org/ccgdiag/report/pdf/";

  /** The renderer's loggers, held so that their level is not lost to garbage collection. */
  private static final List<Logger> SILENCED =
      silence(
          "org.apache.pdfbox",
          "org.apache.fontbox",
          "org.apache.batik",
          "com.openhtmltopdf",
          "de.rototor");

  private Pdf() {}

  /** The PDF of a page as {@code page.mustache} renders it. */
  static byte[] of(String html) {
    return of(Jsoup.parse(html));
  }

  /** The PDF of a parsed page (the print stylesheet is adapted to the renderer in place). */
  static byte[] of(org.jsoup.nodes.Document page) {
    PrintStyle.apply(page);
    describeCharts(page);
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    PdfRendererBuilder builder =
        new PdfRendererBuilder()
            .useFastMode()
            .withW3cDocument(
                new W3CDom().fromJsoup(page),
                "about:blank") // a base is needed by Batik; nothing is fetched
            .useSVGDrawer(SvgText.drawer(Face.REGULAR.awt()))
            .usePdfUaAccessibility(true)
            .withProducer("ccg-diag")
            .toStream(out);
    for (Face face : Face.values()) {
      builder.useFont(
          face::stream,
          FAMILY,
          face.weight,
          face.style,
          true,
          EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL));
    }
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lay out the PDF", e);
    }
    return out.toByteArray();
  }

  /**
   * Each chart's title and description as its {@code alt}: the PDF/UA tagging makes an SVG a Figure
   * and takes its alternate text from that attribute only (it does not read ARIA or {@code
   * <desc>}).
   */
  private static void describeCharts(org.jsoup.nodes.Document page) {
    for (org.jsoup.nodes.Element svg : page.select("svg[role=img]")) {
      org.jsoup.nodes.Element title = svg.selectFirst("> title");
      org.jsoup.nodes.Element desc = svg.selectFirst("> desc");
      String alt = (title == null ? "" : title.text() + ". ") + (desc == null ? "" : desc.text());
      if (!alt.isBlank()) {
        svg.attr("alt", alt.strip());
      }
    }
  }

  /** The bundled faces, each read once from the jar and kept: a batch renders hundreds of PDFs. */
  private enum Face {
    REGULAR("DejaVuSans.ttf", 400, FontStyle.NORMAL),
    BOLD("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
    ITALIC("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
    BOLD_ITALIC("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);

    private final String file;
    private final int weight;
    private final FontStyle style;
    private volatile byte[] bytes;
    private volatile Font font;

    Face(String file, int weight, FontStyle style) {
      this.file = file;
      this.weight = weight;
      this.style = style;
    }

    InputStream stream() {
      return new ByteArrayInputStream(bytes());
    }

    /** The face for the charts' layout (SvgText), which the PDF then draws in the embedded font. */
    Font awt() {
      Font read = font;
      if (read == null) {
        try {
          read = Font.createFont(Font.TRUETYPE_FONT, stream());
        } catch (FontFormatException | IOException e) {
          throw new IllegalStateException("the font " + file + " cannot be read", e);
        }
        font = read;
      }
      return read;
    }

    private byte[] bytes() {
      byte[] read = bytes;
      if (read == null) {
        try (InputStream in = Pdf.class.getResourceAsStream(ROOT + file)) {
          if (in == null) {
            throw new IllegalStateException("the font " + file + " is missing from the jar");
          }
          read = in.readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the font " + file, e);
        }
        bytes = read;
      }
      return read;
    }
  }

  /**
   * Nothing from the renderer reaches stdout or stderr: problems surface as exceptions, and the
   * layout's notes are noise.
   */
  private static List<Logger> silence(String... names) {
    XRLog.setLoggingEnabled(false);
    return java.util.Arrays.stream(names)
        .map(
            name -> {
              Logger logger = Logger.getLogger(name);
              logger.setLevel(Level.OFF);
              return logger;
            })
        .toList();
  }
}
