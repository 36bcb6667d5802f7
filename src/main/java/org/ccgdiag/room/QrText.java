package org.ccgdiag.room;

import io.nayuki.qrcodegen.QrCode;
import java.util.ArrayList;
import java.util.List;

/**
 * A QR code as lines of text for a terminal: Unicode half blocks ({@code ▀ ▄ █} and space), each
 * character two modules stacked, with the quiet zone of 4 modules the standard asks for. A block is
 * a dark module: the caller draws the text dark on a light ground (set both colours; not every
 * phone reads an inverted code).
 */
public final class QrText {
  private static final int QUIET = 4;

  private QrText() {}

  public static List<String> rows(String text) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.LOW);
    int from = -QUIET;
    int to = qr.size + QUIET; // exclusive
    List<String> rows = new ArrayList<>();
    for (int y = from; y < to; y += 2) {
      StringBuilder row = new StringBuilder(to - from);
      for (int x = from; x < to; x++) {
        // getModule is light outside the code, so the quiet zone needs no case of its own.
        boolean top = qr.getModule(x, y);
        boolean bottom = qr.getModule(x, y + 1);
        row.append(top ? (bottom ? '█' : '▀') : (bottom ? '▄' : ' '));
      }
      rows.add(row.toString());
    }
    return List.copyOf(rows);
  }
}
