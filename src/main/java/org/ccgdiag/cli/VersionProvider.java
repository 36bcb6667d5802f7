package org.ccgdiag.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version the build wrote into the jar's manifest. Picocli asks for it whenever it adds a
 * subcommand, not only for --version, so it is read from the manifest, which the class-data-sharing
 * archive holds: reading version.properties meant opening the jar and the JDK's module image at
 * start-up. The properties file remains for the compiled classes, which have no manifest (tests).
 */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"ccg-diag " + (version != null ? version : fromProperties())};
  }

  private static String fromProperties() throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/org/ccgdiag/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return properties.getProperty("version", "unknown");
  }
}
