package io.github.eventline.imports;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Story;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The test files (MEANTIME, TimeML, and the GDELT and ACLED fixtures written from each codebook),
 * and counts over the XML ones made with XPath, apart from the readers.
 */
final class Fixtures {

  static final Path MEANTIME = Path.of("src/test/resources/meantime-a380");
  static final Path TIMEML = Path.of("src/test/resources/timeml/spec-examples.tml");

  private Fixtures() {}

  /** Returns the MEANTIME files, in name order. */
  static List<Path> meantimeFiles() throws IOException {
    try (var files = Files.list(MEANTIME)) {
      return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
  }

  /** Parses a file into a DOM, DTDs refused. */
  static Document dom(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  /** Returns the nodes an XPath expression selects in a document. */
  static NodeList select(Document doc, String xpath) throws Exception {
    return (NodeList) XPathFactory.newDefaultInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
  }

  /** Returns the number an XPath expression computes in a document. */
  static int count(Document doc, String xpath) throws Exception {
    return ((Double) XPathFactory.newDefaultInstance().newXPath().evaluate(xpath, doc, XPathConstants.NUMBER)).intValue();
  }

  /** Returns the 1-based line of the first line of a text that contains a needle. */
  static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains " + needle);
  }

  /** Writes a copy of a file with one text replaced, into a directory. */
  static Path edited(Path file, Path dir, String from, String to) throws IOException {
    String text = Files.readString(file);
    if (!text.contains(from)) {
      throw new AssertionError(file + " does not contain " + from);
    }
    return Files.writeString(dir.resolve(file.getFileName()), text.replace(from, to));
  }

  /** Returns an assertion of a story by id. */
  static Assertion assertion(Story story, String id) {
    return story.assertion(AssertionId.of(id)).orElseThrow(() -> new AssertionError("no assertion " + id));
  }

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
