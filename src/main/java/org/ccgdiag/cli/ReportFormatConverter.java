package org.ccgdiag.cli;

import org.ccgdiag.batch.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * --format values as users type them: md, json, html, pdf, any case (score, assess and compare).
 */
final class ReportFormatConverter implements ITypeConverter<ReportFormat> {
  @Override
  public ReportFormat convert(String value) {
    return ReportFormat.of(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'" + value + "' is not a report format; use " + ReportFormat.choices()));
  }
}
