package io.github.eventline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Gives {@code --version} the project version, from {@code version.properties}, a resource the
 * build fills in, so that it works from the jar and from the test class path alike.
 */
final class VersionProvider implements IVersionProvider {

  private static final String RESOURCE = "version.properties";

  /**
   * Returns the version, such as {@code eventline 0.1.0}.
   *
   * @return the lines of the version text
   */
  @Override
  public String[] getVersion() {
    return new String[] {"eventline " + version()};
  }

  /**
   * Reads the version from the build's resource.
   *
   * @return the version, such as {@code 0.1.0}
   * @throws IllegalStateException if the resource is missing or was not filled in by the build
   */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + RESOURCE + " is missing next to " + VersionProvider.class);
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    String version = properties.getProperty("version", "");
    if (version.isEmpty() || version.contains("${")) {
      throw new IllegalStateException(RESOURCE + " holds no version (\"" + version + "\"): build with Maven");
    }
    return version;
  }
}
