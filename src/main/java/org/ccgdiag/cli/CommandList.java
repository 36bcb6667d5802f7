package org.ccgdiag.cli;

import java.util.Map;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The "Commands:" list of the top-level help, each command summed up by the first sentence of its
 * description: picocli shows the first line instead, which stops mid-sentence ("type an option's").
 */
final class CommandList implements IHelpSectionRenderer {
  private static final int NAME_WIDTH = 18;

  @Override
  public String render(Help help) {
    if (help.subcommands().isEmpty()) {
      return "";
    }
    int width = help.commandSpec().usageMessage().width();
    TextTable table =
        TextTable.forColumns(
            help.colorScheme(),
            new Column(NAME_WIDTH, 2, Column.Overflow.SPAN),
            new Column(width - NAME_WIDTH, 2, Column.Overflow.WRAP));
    for (Map.Entry<String, Help> command : help.subcommands().entrySet()) {
      UsageMessageSpec usage = command.getValue().commandSpec().usageMessage();
      if (!usage.hidden()) {
        table.addRowValues(command.getKey(), firstSentence(String.join(" ", usage.description())));
      }
    }
    return table.toString();
  }

  /** Up to the first full stop that ends a sentence (followed by a space or the end). */
  static String firstSentence(String text) {
    for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
      if (i == text.length() - 1 || text.charAt(i + 1) == ' ') {
        return text.substring(0, i + 1);
      }
    }
    return text;
  }
}
