package org.ccgdiag.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.ccgdiag.answers.SpreadsheetTemplate;
import org.ccgdiag.questionnaire.BundledQuestionnaires;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Prints a bundled questionnaire: its YAML, comments included, for authors to adapt; or its blank
 * spreadsheet, for a survey tool or Excel.
 */
@Command(
    name = "export",
    description = {
      "Print a bundled questionnaire on stdout: as YAML, ready to adapt, or (--format csv)",
      "as the blank spreadsheet of answers: the header row to load into a survey tool or",
      "send as a sheet (organisation, respondent, role, perspective, round, date, then one",
      "column per statement by its full text). Score the filled sheet directly, or import it."
    })
final class ExportQuestionnaireCommand implements Runnable {

  /** What the questionnaire is exported as. */
  /** The formats as --format takes them. */
  static final class Formats implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.List.of("yaml", "csv").iterator();
    }
  }

  enum Format {
    YAML,
    CSV
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The id of a bundled questionnaire.")
  String id;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "yaml",
      converter = FormatConverter.class,
      completionCandidates = ExportQuestionnaireCommand.Formats.class,
      description = "yaml (the questionnaire) or csv (its blank spreadsheet of answers); default: yaml.")
  Format format;

  @Option(names = "--notes", description = "With --format csv: a '<id> note' column after each statement.")
  boolean notes;

  @Override
  public void run() {
    String text =
        (format == Format.CSV
                ? BundledQuestionnaires.load(id).map(q -> SpreadsheetTemplate.render(q, notes))
                : BundledQuestionnaires.text(id))
            .orElseThrow(
                () ->
                    new UserException(
                        id + ": no bundled questionnaire has this id (bundled: "
                            + String.join(", ", BundledQuestionnaires.ids()) + ")"));
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    out.flush();
  }

  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not an export format; use yaml or csv");
      }
    }
  }
}
