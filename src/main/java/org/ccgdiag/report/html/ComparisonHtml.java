package org.ccgdiag.report.html;

import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.report.ComparisonView;
import org.ccgdiag.report.html.Page.Block;
import org.ccgdiag.report.html.Page.Section;

/**
 * `compare --format html`: the same content as the Markdown comparison, as one self-contained page.
 */
public final class ComparisonHtml {
  private ComparisonHtml() {}

  public static String render(ComparisonView view) {
    return HtmlRenderer.shared()
        .render(
            new Page(
                "en-GB",
                view.title(),
                List.of(
                    Text.of(view.facts()),
                    Text.builder().strong(view.headline()).plain(" " + view.detail()).build()),
                sections(view)));
  }

  /** The comparison's sections; a report's progress section shows them too. */
  static List<Section> sections(ComparisonView view) {
    List<Section> sections = new ArrayList<>();
    sections.add(
        table(
            "progress-domains",
            view.words().domain().capitalMany(),
            view.words().domain().capital(),
            view,
            view.domains()));
    if (!view.areas().isEmpty()) {
      sections.add(
          table(
              "progress-areas",
              view.areasHeading(),
              view.words().area().capital(),
              view,
              view.areas()));
    }
    sections.add(
        new Section(
            "progress-needs",
            "Development needs",
            false,
            List.of(
                needs("Closed", view.closed()),
                needs("Opened", view.opened()),
                needs("Remaining", view.remaining()))));
    if (!view.moved().isEmpty()) {
      sections.add(bullets("progress-moved", view.movedHeading(), view.moved()));
    }
    List<String> changedItems = new ArrayList<>();
    view.added().forEach(a -> changedItems.add("Only in the later report: " + a));
    view.removed().forEach(r -> changedItems.add("Only in the earlier report: " + r));
    if (!changedItems.isEmpty()) {
      sections.add(bullets("progress-added-removed", "Added and removed", changedItems));
    }
    if (!view.warnings().isEmpty()) {
      sections.add(bullets("progress-warnings", "Warnings", view.warnings()));
    }
    return sections;
  }

  private static Section table(
      String id, String heading, String first, ComparisonView view, List<List<String>> rows) {
    List<String> columns = new ArrayList<>(view.itemColumns());
    columns.set(0, first);
    return new Section(
        id, heading, false, List.of(Block.table(Blocks.table(columns, "lrrrl", rows))));
  }

  private static Block needs(String label, List<String> items) {
    return Block.paragraph(
        Text.builder()
            .strong(label + " (" + items.size() + ")")
            .plain(items.isEmpty() ? "" : ": " + String.join("; ", items))
            .build());
  }

  private static Section bullets(String id, String heading, List<String> items) {
    return new Section(
        id, heading, false, List.of(Block.bullets(items.stream().map(Text::of).toList(), false)));
  }
}
