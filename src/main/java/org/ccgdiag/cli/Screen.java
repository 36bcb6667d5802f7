package org.ccgdiag.cli;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * One full screen of the session on a terminal, laid out to fit its height: {@code top} (the
 * header, statement and options: always shown), {@code more} (descriptions, guidance, a review's
 * list: shown a page at a time in the rows left) and {@code bottom} (the status and the commands).
 * The terminal's last row is left for the prompt.
 */
record Screen(
    List<AttributedString> top, List<AttributedString> more, List<AttributedString> bottom) {

  /**
   * What fits on a screen of {@code height} rows: its lines and how many pages {@code more} takes.
   */
  record Fitted(List<AttributedString> lines, int pages) {}

  Screen {
    top = List.copyOf(top);
    more = List.copyOf(more);
    bottom = List.copyOf(bottom);
  }

  /**
   * The lines of page {@code page} (counted from 0, taken modulo the pages, so a resize never loses
   * the reader). When {@code more} does not fit, its last row says which page this is.
   */
  Fitted fit(int height, int page) {
    if (top.size() + bottom.size() > height - 1) {
      // A tall status (a vote's bars under the options) would push the header off the screen:
      // the blank lines between blocks give way first.
      return new Screen(withoutBlankLines(top), more, withoutBlankLines(bottom))
          .fitAsIs(height, page);
    }
    return fitAsIs(height, page);
  }

  private Fitted fitAsIs(int height, int page) {
    int room = height - 1 - top.size() - bottom.size();
    List<AttributedString> lines = new ArrayList<>(top);
    int pages = 1;
    if (more.size() <= room) {
      lines.addAll(more);
    } else if (room >= 2) {
      int perPage = room - 1;
      pages = (more.size() + perPage - 1) / perPage;
      int first = (page % pages) * perPage;
      lines.addAll(more.subList(first, Math.min(more.size(), first + perPage)));
      boolean last = page % pages == pages - 1;
      lines.add(
          new AttributedString(
              "… page "
                  + (page % pages + 1)
                  + "/"
                  + pages
                  + (last ? ": m to go back to page 1" : ": m for more"),
              AttributedStyle.BOLD));
    }
    lines.addAll(bottom);
    return new Fitted(lines, pages);
  }

  private static List<AttributedString> withoutBlankLines(List<AttributedString> lines) {
    return lines.stream().filter(line -> !line.toString().isBlank()).toList();
  }
}
