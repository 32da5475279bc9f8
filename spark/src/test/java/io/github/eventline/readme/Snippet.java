package io.github.eventline.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code ```java} block of a Markdown file, and the compilation unit it becomes by the rule of
 * {@link ReadmeSnippetsTest}.
 *
 * @param fenceLine  the line of the opening fence, 1-based
 * @param given  the parameters named by a {@code <!-- given: ... -->} comment right above the
 *     fence, as Java source ({@code io.github.eventline.core.Story story}), or empty
 * @param lines  the snippet's lines
 */
record Snippet(int fenceLine, String given, List<String> lines) {

  private static final Pattern GIVEN = Pattern.compile("<!--\\s*given:\\s*(.*?)\\s*-->");
  private static final Pattern TYPE_DECLARATION = Pattern.compile(
      "(?:(?:public|final|abstract|sealed|non-sealed)\\s+)*(?:class|record|interface|enum)\\s+(\\w+).*");

  /** Returns the {@code ```java} blocks of a Markdown file's lines, in order. */
  static List<Snippet> extract(List<String> markdown) {
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < markdown.size(); i++) {
      if (!markdown.get(i).strip().equals("```java")) {
        continue;
      }
      int fence = i;
      Matcher given = GIVEN.matcher(i > 0 ? markdown.get(i - 1).strip() : "");
      List<String> lines = new ArrayList<>();
      for (i++; i < markdown.size() && !markdown.get(i).strip().startsWith("```"); i++) {
        lines.add(markdown.get(i));
      }
      if (i == markdown.size()) {
        throw new IllegalArgumentException("README.md:" + (fence + 1) + ": the ```java block is never closed");
      }
      snippets.add(new Snippet(fence + 1, given.matches() ? given.group(1) : "", List.copyOf(lines)));
    }
    return snippets;
  }

  /** Returns the README line of the snippet's line at {@code index}, 0-based. */
  int readmeLine(int index) {
    return fenceLine + 1 + index;
  }

  /** Returns the name of the class the snippet compiles as: its own top-level type, or one named by its line. */
  String className() {
    return lines.stream()
        .map(TYPE_DECLARATION::matcher)
        .filter(Matcher::matches)
        .map(m -> m.group(1))
        .findFirst()
        .orElse("ReadmeSnippetAtLine" + fenceLine);
  }

  /** Checks if the snippet declares a top-level type, and so compiles as it is. */
  boolean isCompilationUnit() {
    return lines.stream().anyMatch(line -> TYPE_DECLARATION.matcher(line).matches());
  }

  /**
   * Returns the compilation unit: the snippet as it is, or its leading imports followed by a class
   * whose one method, {@code snippet(given) throws Exception}, has the rest as its body. Element
   * {@code i} of {@code readmeLines} receives the README line of source line {@code i + 1}, or 0
   * for a line of the wrapper.
   */
  String source(List<Integer> readmeLines) {
    if (isCompilationUnit()) {
      for (int i = 0; i < lines.size(); i++) {
        readmeLines.add(readmeLine(i));
      }
      return String.join("\n", lines) + "\n";
    }
    int body = 0;
    while (body < lines.size() && isHeader(lines.get(body))) {
      body++;
    }
    StringBuilder source = new StringBuilder();
    for (int i = 0; i < body; i++) {
      source.append(lines.get(i)).append('\n');
      readmeLines.add(readmeLine(i));
    }
    source.append("class ").append(className()).append(" {\n");
    readmeLines.add(0);
    source.append("  void snippet(").append(given).append(") throws Exception {\n");
    readmeLines.add(given.isEmpty() ? 0 : fenceLine - 1);
    for (int i = body; i < lines.size(); i++) {
      source.append(lines.get(i)).append('\n');
      readmeLines.add(readmeLine(i));
    }
    source.append("  }\n}\n");
    return source.toString();
  }

  private static boolean isHeader(String line) {
    String stripped = line.strip();
    return stripped.isEmpty() || stripped.startsWith("import ") || stripped.startsWith("//");
  }
}
