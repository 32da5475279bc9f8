package io.github.eventline.imports;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The fixture files of the GDELT and ACLED tests, written from each codebook. */
final class Fixtures {

  private Fixtures() {}

  static Path gdelt(String name) {
    return file("gdelt/" + name);
  }

  static Path acled(String name) {
    return file("acled/" + name);
  }

  private static Path file(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
