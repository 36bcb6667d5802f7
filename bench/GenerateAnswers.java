import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the benchmark's inputs: a 60-question questionnaire (six domains of ten questions, twelve
 * knowledge / skills / mindsets areas) and N answer files for it, about 2.3 KB each, as a PCT
 * cluster would collect them: many CCGs, each with several leadership respondents and a few
 * stakeholders, a level of development per CCG and domain with scatter between respondents, some
 * "don't know" and "not applicable" answers, unanswered questions and notes. Seeded: the same N
 * gives the same files.
 *
 * <p>Run with the JDK alone: {@code java bench/GenerateAnswers.java N DIR} writes
 * DIR/questionnaire.yaml and DIR/answers/NNNNNN.yaml.
 */
public final class GenerateAnswers {
  static final String[] DOMAINS = {
    "clinical-focus", "engagement", "plans", "governance", "collaboration", "leadership"
  };
  static final String[][] AREAS = {
    {"knowledge", "finance"},
    {"knowledge", "local-need"},
    {"knowledge", "contracting"},
    {"knowledge", "information"},
    {"skills", "leading-change"},
    {"skills", "negotiating"},
    {"skills", "performance"},
    {"skills", "planning"},
    {"mindsets", "quality"},
    {"mindsets", "patient-centred"},
    {"mindsets", "partnership"},
    {"mindsets", "equality"},
  };
  static final int QUESTIONS_PER_DOMAIN = 10;
  static final String[] PLACES = {
    "Leeds",
    "Bradford",
    "Calderdale",
    "Kirklees",
    "Wakefield",
    "Barnsley",
    "Rotherham",
    "Doncaster",
    "Sheffield",
    "Hull",
    "York",
    "Harrogate",
    "Scarborough",
    "Hambleton",
    "Airedale",
    "Craven",
    "Wharfedale",
    "Rural",
    "City",
    "Vale",
    "Coast",
    "Moor",
    "Valley",
    "Forest",
    "Downs",
    "Marsh",
    "Fen",
    "Dales",
    "Weald",
    "Peak",
  };
  static final String[] QUARTERS = {
    "North", "South", "East", "West", "Central", "Outer", "Inner", "Upper", "Lower", "Greater"
  };
  static final String[] ROLES = {
    "Chair",
    "Accountable officer",
    "Chief finance officer",
    "GP board member",
    "Nurse member",
    "Lay member",
    "Practice manager"
  };
  static final String[] STAKEHOLDERS = {
    "member-practice", "health-and-wellbeing-board", "local-authority"
  };
  static final String[] NOTES = {
    "Discussed at the board development session; evidence in the minutes",
    "Practice leads meet monthly but attendance is patchy",
    "Draft plan agreed with the PCT cluster; not yet signed off",
    "We rely on the cluster's commissioning support unit for this",
    "Patient reference groups in most localities, not all",
    "Joint work with the local authority on the health and wellbeing strategy",
    "Needs more work: see the organisational development plan, section 3",
  };

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java GenerateAnswers.java N DIR");
      System.exit(2);
    }
    int files = Integer.parseInt(args[0]);
    Path directory = Path.of(args[1]);
    Files.createDirectories(directory.resolve("answers"));
    Files.writeString(
        directory.resolve("questionnaire.yaml"), questionnaire(), StandardCharsets.UTF_8);
    Random random = new Random(files);
    int written = 0;
    for (int organisation = 0; written < files; organisation++) {
      written +=
          writeOrganisation(
              directory.resolve("answers"), organisation, written, files - written, random);
    }
  }

  /** One CCG: 3-12 respondents, a developmental level per domain, scatter per respondent. */
  static int writeOrganisation(
      Path directory, int organisation, int first, int left, Random random) {
    String name =
        "NHS "
            + QUARTERS[organisation % QUARTERS.length]
            + " "
            + PLACES[(organisation / QUARTERS.length) % PLACES.length]
            + " CCG"
            + (organisation >= QUARTERS.length * PLACES.length
                ? " " + (organisation / (QUARTERS.length * PLACES.length) + 1)
                : "");
    double[] level = new double[DOMAINS.length];
    for (int d = 0; d < DOMAINS.length; d++) {
      level[d] =
          1.5 + random.nextDouble() * 2.5; // option index 0..4, centred somewhere from 1.5 to 4
    }
    int respondents = Math.min(left, 3 + random.nextInt(10));
    for (int r = 0; r < respondents; r++) {
      String perspective =
          random.nextInt(5) == 0 ? STAKEHOLDERS[random.nextInt(STAKEHOLDERS.length)] : "self";
      String text =
          answers(
              name,
              "Respondent " + (first + r + 1),
              ROLES[random.nextInt(ROLES.length)],
              perspective,
              level,
              random);
      try {
        Files.writeString(
            directory.resolve(String.format("%06d.yaml", first + r)), text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return respondents;
  }

  static String answers(
      String organisation,
      String name,
      String role,
      String perspective,
      double[] level,
      Random random) {
    StringBuilder yaml = new StringBuilder(2400);
    yaml.append("format: ccg-diag/answers@1\n");
    yaml.append("questionnaire: {id: bench-60, version: 1.0.0}\n");
    yaml.append("organisation: ").append(organisation).append('\n');
    yaml.append("respondent: {name: ")
        .append(name)
        .append(", role: ")
        .append(role)
        .append(", perspective: ")
        .append(perspective)
        .append("}\n");
    yaml.append(
        "started: 2026-11-25T10:02:11Z\nupdated: 2026-11-25T10:41:57Z\ncomplete: true\nanswers:\n");
    for (int d = 0; d < DOMAINS.length; d++) {
      for (int q = 1; q <= QUESTIONS_PER_DOMAIN; q++) {
        int roll = random.nextInt(100);
        if (roll < 3) {
          continue; // unanswered
        }
        String key;
        if (roll < 9) {
          key = "dk";
        } else if (roll < 11) {
          key = "na";
        } else {
          long option = Math.round(level[d] + random.nextGaussian() * 0.8);
          key = "\"" + (Math.max(0, Math.min(4, option)) + 1) + "\"";
        }
        yaml.append("  ")
            .append(DOMAINS[d])
            .append('.')
            .append(q)
            .append(": {answer: ")
            .append(key);
        if (random.nextInt(12) == 0) {
          yaml.append(", note: \"").append(NOTES[random.nextInt(NOTES.length)]).append('"');
        }
        yaml.append("}\n");
      }
    }
    return yaml.toString();
  }

  static String questionnaire() {
    StringBuilder yaml = new StringBuilder();
    yaml.append("# The benchmark's questionnaire: written by bench/GenerateAnswers.java.\n");
    yaml.append(
        "format: ccg-diag/questionnaire@1\nid: bench-60\nversion: 1.0.0\ntitle: Benchmark diagnostic, 60 questions\n");
    yaml.append(
        "description: Six domains of ten statements, for timing batch scoring.\nmin_coverage: 0.5\ntarget: 70\n");
    yaml.append(
            "levels:\n  - {id: not-started, label: Not yet started, min: 0}\n  - {id: emerging, label: Emerging, min: 25}\n")
        .append(
            "  - {id: developing, label: Developing, min: 50}\n  - {id: ready, label: Ready for authorisation, min: 70}\n")
        .append("  - {id: beyond, label: Beyond authorisation, min: 85}\n");
    yaml.append("scales:\n  - id: agreement\n    options:\n");
    String[] labels = {
      "Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"
    };
    for (int i = 0; i < labels.length; i++) {
      yaml.append("      - {key: \"")
          .append(i + 1)
          .append("\", label: ")
          .append(labels[i])
          .append(", score: ")
          .append(i)
          .append("}\n");
    }
    yaml.append(
        "      - {key: dk, label: Don't know, kind: dont-know}\n      - {key: na, label: Not applicable, kind: not-applicable}\n");
    yaml.append("domains:\n");
    for (String domain : DOMAINS) {
      yaml.append("  - {id: ")
          .append(domain)
          .append(", title: Domain ")
          .append(domain)
          .append(", description: About ")
          .append(domain)
          .append(", resources: [coaching]}\n");
    }
    yaml.append("areas:\n");
    for (String[] area : AREAS) {
      yaml.append("  - {id: ")
          .append(area[1])
          .append(", dimension: ")
          .append(area[0])
          .append(", title: Area ")
          .append(area[1])
          .append(", resources: [coaching]}\n");
    }
    yaml.append("questions:\n");
    int n = 0;
    for (String domain : DOMAINS) {
      for (int q = 1; q <= QUESTIONS_PER_DOMAIN; q++, n++) {
        List<String> areas = new ArrayList<>(List.of(AREAS[n % AREAS.length][1]));
        if (n % 3 == 0) {
          areas.add(AREAS[(n + 5) % AREAS.length][1]);
        }
        yaml.append("  - {id: ")
            .append(domain)
            .append('.')
            .append(q)
            .append(", domain: ")
            .append(domain)
            .append(", areas: [")
            .append(String.join(", ", areas))
            .append("], text: Statement ")
            .append(q)
            .append(" about ")
            .append(domain)
            .append(", scale: agreement")
            .append(n % 7 == 0 ? ", weight: 2" : "")
            .append(n % 11 == 5 ? ", reverse: true" : "")
            .append("}\n");
      }
    }
    yaml.append(
        "resources:\n  - {id: coaching, title: Board coaching, description: Facilitated development sessions}\n");
    return yaml.toString();
  }
}
