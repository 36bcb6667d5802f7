package org.ccgdiag.room;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The phone page (one self-contained document, {@code phone.html} beside this class) and the
 * Content-Security-Policy that lets exactly its own inline script and style run, by their SHA-256
 * hashes: nothing from anywhere else, no other inline code, no frames, no forms.
 */
final class PhonePage {
  final byte[] html;
  final String contentSecurityPolicy;

  private PhonePage(byte[] html, String contentSecurityPolicy) {
    this.html = html;
    this.contentSecurityPolicy = contentSecurityPolicy;
  }

  static PhonePage load() {
    try (InputStream in = PhonePage.class.getResourceAsStream("phone.html")) {
      if (in == null) {
        throw new IllegalStateException("phone.html is missing from the build");
      }
      byte[] html = in.readAllBytes();
      String text = new String(html, StandardCharsets.UTF_8);
      String policy =
          "default-src 'none'; script-src "
              + hashOf(text, "script")
              + "; style-src "
              + hashOf(text, "style")
              + "; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
      return new PhonePage(html, policy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The policy for every other response: nothing may load or run. */
  static String nothingPolicy() {
    return "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  }

  /** The CSP source of the one inline element with this tag: the hash of its exact text. */
  private static String hashOf(String html, String tag) {
    int open = html.indexOf("<" + tag + ">");
    int close = html.indexOf("</" + tag + ">");
    if (open < 0 || close < open || html.indexOf("<" + tag + ">", open + 1) >= 0) {
      throw new IllegalStateException("phone.html must hold exactly one <" + tag + "> element");
    }
    String body = html.substring(open + tag.length() + 2, close);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every Java platform has SHA-256
    }
  }
}
