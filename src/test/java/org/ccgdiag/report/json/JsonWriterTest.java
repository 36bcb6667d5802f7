package org.ccgdiag.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The JSON writer against what it replaced: Jackson's generator with the pretty printer every
 * ccg-diag JSON file was written with, fed the same random documents (nesting, empty containers,
 * every ASCII character, non-ASCII and astral text, longs, decimals, nulls).
 */
class JsonWriterTest {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private static final long[] EDGE_LONGS = {
    0, 9, 10, -10, 99, 100, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1
  };

  @Test
  void writesTheBytesJacksonsPrettyPrinterWrote() throws IOException {
    Random random = new Random(13);
    for (int i = 0; i < 2_000; i++) {
      long seed = random.nextLong();
      JsonWriter ours = new JsonWriter();
      write(new Ours(ours), new Random(seed), 0, new ArrayList<>());
      ByteArrayOutputStream theirs = new ByteArrayOutputStream();
      try (JsonGenerator g =
          FACTORY
              .createGenerator(theirs)
              .setPrettyPrinter(prettyPrinter())
              .setCharacterEscapes(CONTROLS)) {
        write(new Jackson(g), new Random(seed), 0, new ArrayList<>());
      }
      theirs.write('\n');
      assertThat(new String(ours.toFile(), StandardCharsets.UTF_8))
          .as("document of seed %d", seed)
          .isEqualTo(theirs.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void escapesEachHalfOfASurrogatePairAsJackson2Did() {
    JsonWriter writer =
        new JsonWriter().startArray().value("a\uD83D\uDE00b").value("\uDC00").endArray();
    assertThat(new String(writer.toFile(), StandardCharsets.UTF_8))
        .isEqualTo("[\n  \"a\\uD83D\\uDE00b\",\n  \"\\uDC00\"\n]\n");
  }

  @Test
  void growsPastItsFirstBuffer() {
    String long_ = "é".repeat(100_000);
    JsonWriter writer = new JsonWriter().startObject().field("text", long_).endObject();
    assertThat(new String(writer.toFile(), StandardCharsets.UTF_8))
        .isEqualTo("{\n  \"text\": \"" + long_ + "\"\n}\n");
  }

  /**
   * What ccg-diag escapes beyond Jackson's defaults: DEL and the C1 controls, which a terminal may
   * obey (issue 24).
   */
  private static final CharacterEscapes CONTROLS =
      new CharacterEscapes() {
        private final int[] ascii = standardAsciiEscapesForJSON();

        {
          ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
          return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
          return c >= 0x80 && c <= 0x9f ? new SerializedString(String.format("\\u%04X", c)) : null;
        }
      };

  /** The old configuration of JsonReport, kept here as the reference. */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    return printer;
  }

  /** The calls both writers get. */
  private interface Sink {
    void startObject() throws IOException;

    void endObject() throws IOException;

    void startArray() throws IOException;

    void endArray() throws IOException;

    void name(String name) throws IOException;

    void value(String text) throws IOException;

    void value(long number) throws IOException;

    void value(BigDecimal number) throws IOException;
  }

  /**
   * A random document; {@code pool} holds its strings so far, which it repeats (the writer caches
   * by identity).
   */
  private static void write(Sink sink, Random random, int depth, List<String> pool)
      throws IOException {
    int kind = depth >= 6 ? 3 + random.nextInt(3) : random.nextInt(depth == 0 ? 2 : 6);
    switch (kind) {
      case 0 -> {
        sink.startObject();
        int entries = random.nextInt(5);
        for (int i = 0; i < entries; i++) {
          sink.name(text(random, pool));
          write(sink, random, depth + 1, pool);
        }
        sink.endObject();
      }
      case 1 -> {
        sink.startArray();
        int entries = random.nextInt(5);
        for (int i = 0; i < entries; i++) {
          write(sink, random, depth + 1, pool);
        }
        sink.endArray();
      }
      case 2, 3 -> sink.value(random.nextInt(4) == 0 ? null : text(random, pool));
      case 4 ->
          sink.value(
              random.nextInt(8) == 0
                  ? EDGE_LONGS[random.nextInt(EDGE_LONGS.length)]
                  : random.nextBoolean() ? random.nextLong() : random.nextInt(200) - 100);
      default ->
          sink.value(
              random.nextInt(4) == 0
                  ? null
                  : BigDecimal.valueOf(
                      random.nextInt(8) == 0
                          ? EDGE_LONGS[random.nextInt(EDGE_LONGS.length)]
                          : random.nextLong() % 100_000,
                      random.nextInt(8) == 0 ? 18 : random.nextInt(4)));
    }
  }

  /**
   * Text of ASCII (controls and quotes included), Latin, CJK and astral characters, short and
   * longer than the writer caches; a third of the time the same String as an earlier one.
   */
  private static String text(Random random, List<String> pool) {
    if (!pool.isEmpty() && random.nextInt(3) == 0) {
      return pool.get(random.nextInt(pool.size()));
    }
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(8) == 0 ? 40 + random.nextInt(20) : random.nextInt(12);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(5)) {
        case 0 -> text.append((char) random.nextInt(0x80));
        case 1 -> text.append((char) (0x80 + random.nextInt(0x780)));
        case 2 -> text.append((char) (0x800 + random.nextInt(0xF800))); // lone surrogates too
        case 3 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
        default -> text.append("ab \"\\/\n".charAt(random.nextInt(7)));
      }
    }
    pool.add(text.toString());
    return pool.get(pool.size() - 1);
  }

  private record Ours(JsonWriter writer) implements Sink {
    public void startObject() {
      writer.startObject();
    }

    public void endObject() {
      writer.endObject();
    }

    public void startArray() {
      writer.startArray();
    }

    public void endArray() {
      writer.endArray();
    }

    public void name(String name) {
      writer.name(name);
    }

    public void value(String text) {
      writer.value(text);
    }

    public void value(long number) {
      writer.value(number);
    }

    /**
     * Decimals with places and a long's digits as reports write them (unscaled and places), the
     * rest as BigDecimals.
     */
    public void value(BigDecimal number) {
      if (number != null && number.scale() > 0 && number.unscaledValue().bitLength() < 64) {
        writer.decimal(number.unscaledValue().longValue(), number.scale());
      } else {
        writer.value(number);
      }
    }
  }

  private record Jackson(JsonGenerator g) implements Sink {
    public void startObject() throws IOException {
      g.writeStartObject();
    }

    public void endObject() throws IOException {
      g.writeEndObject();
    }

    public void startArray() throws IOException {
      g.writeStartArray();
    }

    public void endArray() throws IOException {
      g.writeEndArray();
    }

    public void name(String name) throws IOException {
      g.writeFieldName(name);
    }

    public void value(String text) throws IOException {
      g.writeString(text);
    }

    public void value(long number) throws IOException {
      g.writeNumber(number);
    }

    public void value(BigDecimal number) throws IOException {
      g.writeNumber(number);
    }
  }
}
