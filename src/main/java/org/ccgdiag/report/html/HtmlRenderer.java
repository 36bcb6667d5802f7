package org.ccgdiag.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.util.HtmlEscaper;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccgdiag.text.Visible;

/**
 * Renders views with the mustache templates in {@code org/ccgdiag/report/html/}. Templates are
 * compiled once, when the renderer is made, into an immutable map; compiled mustaches are
 * thread-safe, so one renderer serves a whole parallel batch ({@link #shared()}).
 *
 * <p>Every {@code {{value}}} is HTML-escaped ({@code & < > " ' ` =}), so text from input files can
 * only ever be text. Unescaped values ({@code {{{x}}}} or {@code {{&x}}}) are refused when a
 * template is compiled: nothing in a report needs raw markup, since chart geometry is numbers.
 */
public final class HtmlRenderer {
  static final String ROOT = "org/ccgdiag/report/html";

  /** The templates a renderer compiles; their partials come along. */
  static final List<String> TEMPLATES = List.of("page");

  private static final HtmlRenderer SHARED = new HtmlRenderer(TEMPLATES);

  private final Map<String, Mustache> templates;

  HtmlRenderer(List<String> names) {
    EscapingFactory factory = new EscapingFactory();
    Map<String, Mustache> compiled = new HashMap<>();
    for (String name : names) {
      compiled.put(name, factory.compile(name + ".mustache"));
    }
    this.templates = Map.copyOf(compiled);
  }

  /** The renderer of the bundled templates, compiled on first use. */
  public static HtmlRenderer shared() {
    return SHARED;
  }

  /** Renders a page (see {@link Page}) as one self-contained HTML document. */
  public String render(Page page) {
    return render("page", page);
  }

  String render(String template, Object view) {
    Mustache mustache = templates.get(template);
    if (mustache == null) {
      throw new IllegalArgumentException(
          "no template " + template + "; known: " + templates.keySet());
    }
    StringWriter out = new StringWriter(32 * 1024);
    mustache.execute(out, view);
    return out.toString();
  }

  /** Loads templates from the classpath, HTML-escapes every value and refuses unescaped ones. */
  static final class EscapingFactory extends DefaultMustacheFactory {
    EscapingFactory() {
      super(ROOT);
    }

    @Override
    public void encode(String value, Writer writer) {
      // Control characters shown as escapes (\x1b), as on a terminal: raw, a browser drops them but
      // a terminal showing the file obeys them.
      HtmlEscaper.escape(Visible.lines(value), writer);
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
      return new DefaultMustacheVisitor(this) {
        @Override
        public void value(TemplateContext tc, String variable, boolean encoded) {
          if (!encoded) {
            throw new MustacheException(
                tc.file()
                    + ":"
                    + tc.line()
                    + ": unescaped value "
                    + variable
                    + ": every value must be written {{"
                    + variable
                    + "}} so that it is HTML-escaped");
          }
          super.value(tc, variable, encoded);
        }
      };
    }
  }
}
