package org.ccgdiag.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Utf8Text gives the bytes a StringBuilder of the same appends gives through String.getBytes. */
class Utf8TextTest {
  @Test
  void givesWhatAStringBuilderEncodedGives() {
    Random random = new Random(5);
    for (int document = 0; document < 2_000; document++) {
      Utf8Text ours = new Utf8Text(random.nextInt(64));
      StringBuilder theirs = new StringBuilder();
      int appends = random.nextInt(20);
      for (int i = 0; i < appends; i++) {
        if (random.nextInt(4) == 0) {
          char c = character(random);
          ours.append(c);
          theirs.append(c);
        } else {
          String piece = piece(random);
          ours.append(piece);
          theirs.append(piece);
        }
      }
      assertThat(ours.toBytes())
          .as("document %d: %s", document, theirs)
          .isEqualTo(theirs.toString().getBytes(StandardCharsets.UTF_8));
      assertThat(ours.toString())
          .isEqualTo(
              new String(
                  theirs.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aPairSplitAcrossAppendsIsOneCharacterAndALoneHalfAQuestionMark() {
    assertThat(new Utf8Text(4).append("a\uD83D").append("\uDE00b").toBytes())
        .isEqualTo("a\uD83D\uDE00b".getBytes(StandardCharsets.UTF_8));
    assertThat(new Utf8Text(4).append("a\uD83D").append("").append('\uDE00').toBytes())
        .isEqualTo("a\uD83D\uDE00".getBytes(StandardCharsets.UTF_8));
    assertThat(new Utf8Text(4).append("a\uD83D").toBytes())
        .isEqualTo("a?".getBytes(StandardCharsets.UTF_8));
    assertThat(new Utf8Text(4).append("\uD83D").append('\n').toBytes())
        .isEqualTo("?\n".getBytes(StandardCharsets.UTF_8));
    assertThat(new Utf8Text(4).append("█ – é").toBytes())
        .isEqualTo("█ – é".getBytes(StandardCharsets.UTF_8));
  }

  private static String piece(Random random) {
    StringBuilder piece = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      piece.append(character(random));
    }
    return piece.toString();
  }

  /** ASCII, Latin-1, other BMP characters and either half of a surrogate pair. */
  private static char character(Random random) {
    return switch (random.nextInt(6)) {
      case 0, 1 -> (char) random.nextInt(0x80);
      case 2 -> (char) (0x80 + random.nextInt(0x780));
      case 3 -> (char) (0x800 + random.nextInt(0xD000));
      case 4 -> (char) (0xD800 + random.nextInt(0x400));
      default -> (char) (0xDC00 + random.nextInt(0x400));
    };
  }
}
