package org.ccgdiag.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version the build wrote into the jar. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/org/ccgdiag/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {"ccg-diag " + properties.getProperty("version", "unknown")};
  }
}
