package io.github.eventline.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The XML side of the annotated-corpus readers: a StAX reader that never resolves a DTD or an
 * external entity (a file cannot make the reader fetch a URL or read another file), the files
 * named on the command line with directories expanded, and the problems of malformed XML. Not
 * public, by design.
 */
final class XmlFiles {

  private static final XMLInputFactory FACTORY = safeFactory();

  private XmlFiles() {}

  private static XMLInputFactory safeFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /**
   * Opens a streaming reader on a stream: no DTD, no external entity.
   *
   * @throws XMLStreamException if the reader cannot start
   */
  static XMLStreamReader open(InputStream in, Path file) throws XMLStreamException {
    return FACTORY.createXMLStreamReader(file.toString(), in);
  }

  /**
   * Returns the files to read: each file as given, each directory's regular files whose name ends
   * with {@code extension}, in the order of their names. O(files log files).
   *
   * @throws IOException if a directory cannot be listed
   */
  static List<Path> expand(List<Path> paths, String extension) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.isDirectory(path)) {
        files.add(path);
        continue;
      }
      try (Stream<Path> listed = Files.list(path)) {
        listed.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(extension))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }

  /**
   * Returns the text of the element the reader is on, its descendants' text included, with runs of
   * white space made one space; the reader is left on the element's end.
   *
   * @throws XMLStreamException if the XML is not well-formed
   */
  static String text(XMLStreamReader reader) throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      if (event == XMLStreamReader.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamReader.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA
          || event == XMLStreamReader.SPACE) {
        sb.append(reader.getText());
      }
    }
    return sb.toString().strip().replaceAll("\\s+", " ");
  }

  /** Checks if a local id can be part of a story id ({@code DOC.id}): letters, digits, {@code . _ : -}. */
  static boolean isIdPart(String id) {
    if (id.isEmpty() || id.length() > 45) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c < 128 && Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == ':' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** Returns the line of the reader's position, at least 1. */
  static long line(XMLStreamReader reader) {
    return Math.max(1, reader.getLocation().getLineNumber());
  }

  /** Returns the problem of a file that is not well-formed XML, at the line the parser stopped. */
  static ImportProblem malformed(Path file, XMLStreamException e) {
    Location location = e.getLocation();
    long line = location == null ? 1 : Math.max(1, location.getLineNumber());
    String message = e.getMessage();
    // the JDK's message starts with "ParseError at [row,col]:[l,c]\nMessage: "; keep the message
    int at = message == null ? -1 : message.indexOf("Message: ");
    String reason = message == null ? "unreadable" : at >= 0 ? message.substring(at + "Message: ".length()) : message;
    return new ImportProblem(file, line, "", "not well-formed XML: " + reason.strip());
  }

  /**
   * Returns the document name of a file: its name without the extension, each character an id
   * cannot hold replaced by {@code -}, so that ids {@code DOC.ei1} are valid.
   */
  static String documentName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letterOrDigit = c < 128 && Character.isLetterOrDigit(c);
      sb.append(letterOrDigit || i > 0 && (c == '.' || c == '_' || c == ':' || c == '-') ? c : '-');
    }
    if (sb.length() == 0 || sb.charAt(0) == '-') {
      sb.insert(0, 'd');
    }
    return sb.length() > 150 ? sb.substring(0, 150) : sb.toString();
  }
}
