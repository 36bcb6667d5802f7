package org.ccgdiag.files;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names for organisations' reports: lower-case ASCII letters, digits and hyphens, so a name
 * from an answers file can never climb out of the output directory, hide a file or clash on a
 * case-insensitive file system.
 */
public final class Slugs {
  /** Longest slug; long enough to tell CCG names apart, short enough for any file system. */
  static final int MAX_LENGTH = 80;

  /** The slug of a name with nothing usable in it. */
  static final String FALLBACK = "organisation";

  private static final Pattern WINDOWS_RESERVED =
      Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

  private Slugs() {}

  /** The slug of one name, before clashes are resolved; never empty. */
  public static String of(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    String lower = latinLetters(plain.toLowerCase(Locale.ROOT));
    String slug = trimHyphens(SEPARATORS.matcher(lower).replaceAll("-"));
    slug = trimHyphens(slug.substring(0, Math.min(slug.length(), MAX_LENGTH)));
    if (slug.isEmpty()) {
      return FALLBACK;
    }
    // Windows cannot create a file named CON, AUX, NUL, COM1... whatever the extension.
    return WINDOWS_RESERVED.matcher(slug).matches() ? slug + "-" + FALLBACK : slug;
  }

  /**
   * Distinct slugs for names in the given order: a name whose slug is taken (or reserved) gets the
   * first free of {@code -2}, {@code -3}, ..., so the same names always get the same files.
   */
  public static List<String> distinct(List<String> names, Set<String> reserved) {
    Set<String> taken = new HashSet<>(reserved);
    List<String> slugs = new ArrayList<>(names.size());
    for (String name : names) {
      String base = of(name);
      String slug = base;
      for (int n = 2; !taken.add(slug); n++) {
        String suffix = "-" + n;
        slug =
            trimHyphens(base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())))
                + suffix;
      }
      slugs.add(slug);
    }
    return slugs;
  }

  /** Letters that decomposition leaves alone but have a usual ASCII spelling. */
  private static String latinLetters(String text) {
    return text.replace("ß", "ss")
        .replace("æ", "ae")
        .replace("œ", "oe")
        .replace("ø", "o")
        .replace("ł", "l")
        .replace("đ", "d")
        .replace("þ", "th");
  }

  private static String trimHyphens(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == '-') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == '-') {
      end--;
    }
    return text.substring(start, end);
  }
}
