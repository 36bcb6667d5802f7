package org.ccgdiag.answers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a spreadsheet's cells are read: texts compared as a person sees them, and dates in the forms
 * survey tools and Excel write.
 */
final class SpreadsheetCells {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** With a time: ISO (T or a space) or UK day/month/year, seconds optional. */
  private static final List<DateTimeFormatter> DATE_TIMES =
      List.of(strict("uuuu-MM-dd HH:mm[:ss]"), strict("d/M/uuuu H:mm[:ss]"));

  private static final List<DateTimeFormatter> DATES =
      List.of(strict("uuuu-MM-dd"), strict("d/M/uuuu"));

  /** The forms {@link #date} accepts, for messages. */
  static final String DATE_FORMS =
      "2012-03-14, 14/03/2012, 14/03/2012 11:05, 2012-03-14 11:05:00 or 2012-03-14T11:05:00Z";

  private SpreadsheetCells() {}

  /**
   * A cell's text without surrounding spaces, non-breaking ones included (a survey tool or a
   * careful typist leaves them); empty when the cell is blank.
   */
  static String clean(String cell) {
    return cell == null ? "" : cell.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
  }

  /**
   * A header or a label as compared: trimmed, in lower case, runs of spaces as one, typographic
   * quotes as plain ones (Excel turns "Don't" into "Don’t"), and without the {@code '} that guards
   * a cell against formulas.
   */
  static String normalise(String text) {
    String plain =
        oneLine(
                clean(text)
                    .replace('\u2018', '\'')
                    .replace('\u2019', '\'')
                    .replace('\u201c', '"')
                    .replace('\u201d', '"'))
            .toLowerCase(Locale.ROOT);
    return plain.length() > 1 && plain.charAt(0) == '\'' && "=+-@".indexOf(plain.charAt(1)) >= 0
        ? plain.substring(1)
        : plain;
  }

  /** The text with every run of spaces, tabs and line breaks as one space: a header as written. */
  static String oneLine(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /**
   * A date or time from a {@code date} cell: an ISO instant or time with an offset; otherwise a
   * local date and time, or a date (taken as midnight), read as UTC.
   */
  static Optional<Instant> date(String cell) {
    String text = clean(cell);
    try {
      return Optional.of(
          OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      // Not an instant: try the local forms.
    }
    String spaced = text.replace('T', ' ');
    for (DateTimeFormatter format : DATE_TIMES) {
      try {
        return Optional.of(LocalDateTime.parse(spaced, format).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException e) {
        // Try the next form.
      }
    }
    for (DateTimeFormatter format : DATES) {
      try {
        return Optional.of(LocalDate.parse(text, format).atStartOfDay(ZoneOffset.UTC).toInstant());
      } catch (DateTimeParseException e) {
        // Try the next form.
      }
    }
    return Optional.empty();
  }

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
