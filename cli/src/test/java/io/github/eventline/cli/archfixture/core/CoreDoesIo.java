package io.github.eventline.cli.archfixture.core;

import java.io.FileReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/** A core class with Jackson and I/O in it. */
public final class CoreDoesIo {
  JsonMapper mapper;

  Reader open(Path path, URI uri) throws IOException {
    return uri == null ? new FileReader(path.toFile()) : new StringReader(uri.toString());
  }
}
