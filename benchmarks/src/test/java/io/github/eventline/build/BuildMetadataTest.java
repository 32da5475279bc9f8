package io.github.eventline.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a user who depends on Eventline relies on in the build's own files: the licence, and a BOM
 * that names every library module at the version being built.
 */
class BuildMetadataTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void bom_hasTheParentsVersion() throws Exception {
    Document parent = read(ROOT.resolve("pom.xml"));
    Document bom = read(ROOT.resolve("bom/pom.xml"));

    assertThat(child(bom.getDocumentElement(), "version"))
        .as("eventline-bom has no parent: its <version> must be kept equal to the parent's")
        .isEqualTo(child(parent.getDocumentElement(), "version"));
  }

  @Test
  void bom_managesEveryLibraryModule() throws Exception {
    Document parent = read(ROOT.resolve("pom.xml"));
    List<String> libraries = new ArrayList<>();
    for (String module : texts(parent.getDocumentElement(), "module")) {
      // not libraries: the BOM itself, the benchmarks and the consumer project's test, none published
      if (!module.equals("bom") && !module.equals("benchmarks") && !module.equals("consumer-it")) {
        libraries.add(child(read(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement(), "artifactId"));
      }
    }

    List<String> managed = texts(read(ROOT.resolve("bom/pom.xml")).getDocumentElement(), "artifactId");

    assertThat(libraries).isNotEmpty();
    assertThat(managed).containsAll(libraries);
  }

  @Test
  void parent_declaresTheApacheLicence_andTheFilesShipIt() throws Exception {
    Element parent = read(ROOT.resolve("pom.xml")).getDocumentElement();

    assertThat(texts(parent, "name")).contains("Apache License, Version 2.0");
    assertThat(Files.readString(ROOT.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004");
    assertThat(Files.readString(ROOT.resolve("NOTICE"))).contains("MEANTIME", "CC BY 4.0");
  }

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  /** The text of an element's direct child, the way Maven reads a project's own coordinates. */
  private static String child(Element element, String name) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().trim();
      }
    }
    throw new AssertionError("no <" + name + "> in <" + element.getTagName() + ">");
  }

  private static List<String> texts(Element root, String name) {
    NodeList nodes = root.getElementsByTagName(name);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent().trim());
    }
    return out;
  }
}
