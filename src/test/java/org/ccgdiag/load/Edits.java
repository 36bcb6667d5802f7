package org.ccgdiag.load;

/** Edits a test file's text: pairs of (text as it is, text it becomes). */
public final class Edits {
  private Edits() {}

  /**
   * Applies the edits in order. Each original must occur exactly once, so that an edit cannot
   * silently miss, or change the wrong line.
   */
  public static String apply(String text, String... fromTo) {
    if (fromTo.length % 2 != 0) {
      throw new IllegalArgumentException("edits come in pairs: from, to");
    }
    String result = text;
    for (int i = 0; i < fromTo.length; i += 2) {
      String from = fromTo[i];
      int at = result.indexOf(from);
      if (at < 0 || result.indexOf(from, at + 1) >= 0) {
        throw new IllegalArgumentException(
            "'" + from + "' must occur exactly once (found " + (at < 0 ? "none" : "several") + ")");
      }
      result = result.substring(0, at) + fromTo[i + 1] + result.substring(at + from.length());
    }
    return result;
  }

  /** A test resource next to {@code near}, as text. */
  public static String resource(Class<?> near, String name) {
    try (java.io.InputStream in = near.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no test resource " + name + " next to " + near.getName());
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
