package org.ccgdiag.cli;

import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.text.Visible;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * A block of lines for the assess session, wrapping text at word boundaries to a width. Text is
 * made visible on the way in ({@link Visible}): much of it comes from input files (the
 * questionnaire, the answers file) and must not reach the terminal as control sequences.
 */
final class TextLines {
  private final int width;
  private final List<AttributedString> lines = new ArrayList<>();

  TextLines(int width) {
    this.width = width;
  }

  TextLines add(AttributedString line) {
    lines.add(line);
    return this;
  }

  TextLines addAll(List<AttributedString> more) {
    lines.addAll(more);
    return this;
  }

  TextLines blank() {
    return add(AttributedString.EMPTY);
  }

  /** Adds {@code text} on one line, cut with an ellipsis when it does not fit. */
  TextLines cut(String text, AttributedStyle style) {
    return add(new AttributedString(cut(text, width), style));
  }

  /** Text (from a file, maybe) on one line of at most {@code columns}, cut with an ellipsis. */
  static String cut(String text, int columns) {
    String visible = visible(text);
    return visible.length() <= columns
        ? visible
        : visible.substring(0, Math.max(0, columns - 1)) + "…";
  }

  /**
   * Line breaks and tabs in a text are spacing (YAML folds them the same way); the rest is made
   * visible.
   */
  private static String visible(String text) {
    return Visible.oneLine(text.strip().replaceAll("[ \\t\\n\\r]+", " "));
  }

  /** Adds {@code text} wrapped, each line starting with {@code indent}; over-long words are cut. */
  TextLines wrap(String text, AttributedStyle style, String indent) {
    int room = Math.max(10, width - indent.length());
    StringBuilder line = new StringBuilder();
    for (String word : visible(text).split(" ")) {
      while (word.length() > room) {
        flush(line, style, indent);
        lines.add(new AttributedString(indent + word.substring(0, room), style));
        word = word.substring(room);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > room) {
        flush(line, style, indent);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    flush(line, style, indent);
    return this;
  }

  /**
   * A note: its own line breaks kept, each paragraph wrapped, the first line after {@code label}.
   */
  TextLines note(String label, String note, AttributedStyle style, String indent) {
    String[] paragraphs = Visible.lines(note).replace('\t', ' ').split("\n");
    for (int i = 0; i < paragraphs.length; i++) {
      wrap((i == 0 ? label : "") + paragraphs[i], style, indent);
    }
    return this;
  }

  private void flush(StringBuilder line, AttributedStyle style, String indent) {
    if (line.length() > 0) {
      lines.add(new AttributedString(indent + line, style));
      line.setLength(0);
    }
  }

  /**
   * A command to copy: after the label when it fits, else on lines of its own, broken between words
   * (never inside a quoted one) with the shell's " \\" so that it still copies as one command.
   */
  TextLines command(String label, String command, AttributedStyle style) {
    if (label.length() + 1 + command.length() <= width) {
      return add(
          new AttributedStringBuilder()
              .append(label + " ")
              .styled(style, command)
              .toAttributedString());
    }
    add(new AttributedString(label));
    String indent = "  ";
    StringBuilder line = new StringBuilder();
    for (String word : shellWords(command)) {
      if (line.length() > 0 && indent.length() + line.length() + 1 + word.length() + 2 > width) {
        add(new AttributedString(indent + line + " \\", style));
        line.setLength(0);
        indent = "    ";
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    return add(new AttributedString(indent + line, style));
  }

  /**
   * The words of a command line, a quoted word ('like this') kept whole, and an option kept with
   * its value ("--round 2012-01", "> report.html") so a break never parts them.
   */
  private static List<String> shellWords(String command) {
    List<String> words = new ArrayList<>();
    for (String word : quotedWords(command)) {
      int last = words.size() - 1;
      if (last >= 1
          && (words.get(last).startsWith("-") || words.get(last).equals(">"))
          && !word.startsWith("-")) {
        words.set(last, words.get(last) + " " + word);
      } else {
        words.add(word);
      }
    }
    return words;
  }

  private static List<String> quotedWords(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    for (char c : command.toCharArray()) {
      if (c == ' ' && !quoted) {
        words.add(word.toString());
        word.setLength(0);
      } else {
        quoted ^= c == '\'';
        word.append(c);
      }
    }
    words.add(word.toString());
    return words;
  }

  List<AttributedString> list() {
    return List.copyOf(lines);
  }

  AttributedString build() {
    return AttributedString.join(AttributedString.NEWLINE, lines);
  }
}
