package io.github.eventline.export.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The catalogue of broken story files under {@code src/test/resources/bad/}: each {@code NAME.json}
 * (or {@code NAME.json.tmpl}) with {@code NAME.expected}, the exact problems it must produce, one
 * {@link FileProblem#toString()} per line. See {@code bad/README.md}.
 */
final class BadFiles {

  /** A template's only directive: {@code {{repeat N TEXT}}}, TEXT repeated N times. */
  private static final Pattern REPEAT = Pattern.compile("\\{\\{repeat (\\d+) ([^}]+)}}");

  private BadFiles() {}

  /** One broken file and the problems it must produce. */
  record Case(String name, Path file, Path expected) {

    /** Returns the bytes of the file, templates expanded. */
    byte[] bytes() {
      try {
        byte[] bytes = Files.readAllBytes(file);
        if (!file.getFileName().toString().endsWith(".tmpl")) {
          return bytes;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher m = REPEAT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
          m.appendReplacement(out, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Returns the expected problem lines. */
    List<String> expectedLines() {
      try {
        return Files.readAllLines(expected, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList();
      } catch (IOException e) {
        throw new UncheckedIOException("Missing " + expected.getFileName() + " for " + name, e);
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Returns the directory of the catalogue, as copied to the test class path. */
  static Path directory() {
    URL url = BadFiles.class.getResource("/bad");
    if (url == null) {
      throw new IllegalStateException("The test resource directory bad/ is missing");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns every case of the catalogue, by name. */
  static List<Case> all() {
    Path dir = directory();
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json") || f.getFileName().toString().endsWith(".json.tmpl"))
          .map(f -> {
            String fileName = f.getFileName().toString();
            String name = fileName.substring(0, fileName.indexOf(".json"));
            return new Case(name, f, dir.resolve(name + ".expected"));
          })
          .sorted(java.util.Comparator.comparing(Case::name))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
