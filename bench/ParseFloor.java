import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The parse-only floor for bench/compare.sh: reads every *.yaml file of a directory into maps with
 * Jackson YAML on all cores and does nothing else (no checks, no scoring, no output). Usage: {@code
 * java -cp JARS bench/ParseFloor.java DIR} (compare.sh compiles it once first).
 */
public final class ParseFloor {
  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
      files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    AtomicLong entries = new AtomicLong();
    files.parallelStream()
        .forEach(
            file -> {
              try {
                Map<?, ?> map = yaml.readValue(file.toFile(), Map.class);
                entries.addAndGet(map.size());
              } catch (Exception e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
              }
            });
    System.out.println(files.size() + " files, " + entries.get() + " top-level entries");
  }
}
