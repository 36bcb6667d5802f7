package org.ccgdiag.cli;

import org.ccgdiag.text.Visible;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * The last guard before the session's screen: whatever a view built from a questionnaire's or an
 * answers file's texts, no control character reaches the terminal raw (a level label once set a
 * terminal's title and colours). Each is shown as {@link Visible} escapes it; styles are kept.
 */
final class VisibleText {
  private VisibleText() {}

  static AttributedString of(AttributedString text) {
    String plain = text.toString();
    if (Visible.lines(plain) == plain) { // nothing to escape: the same string comes back
      return text;
    }
    AttributedStringBuilder visible = new AttributedStringBuilder(plain.length() + 16);
    for (int i = 0; i < plain.length(); ) {
      int next = i + Character.charCount(plain.codePointAt(i));
      visible.style(text.styleAt(i)).append(Visible.lines(plain.substring(i, next)));
      i = next;
    }
    return visible.toAttributedString();
  }
}
