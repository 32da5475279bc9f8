package io.github.eventline.readme;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles snippets in memory with {@link JavaCompiler}, against a class path, and reports each
 * error at its line of the README with a hint of the fix. One instance keeps the jars of the class
 * path open for all the snippets it compiles.
 */
final class SnippetCompiler implements AutoCloseable {

  /** Where a type a snippet uses without importing it may be found, to name the import in the hint. */
  private static final List<String> PACKAGES = List.of(
      "io.github.eventline.core", "io.github.eventline.core.time", "io.github.eventline.timeline",
      "io.github.eventline.export.json", "io.github.eventline.export.csv", "io.github.eventline.export.view",
      "io.github.eventline.assertj", "io.github.eventline.spark", "org.apache.spark.sql", "java.time",
      "java.nio.file", "java.util", "java.io");
  private static final Pattern MISSING_SYMBOL =
      Pattern.compile("symbol:\\s+(class|variable|method)\\s+(\\w+)|package ([A-Z]\\w*) does not exist");

  private final JavaCompiler compiler;
  private final StandardJavaFileManager files;
  private final String classPath;

  SnippetCompiler(String classPath) {
    this.compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no Java compiler: run the tests on a JDK, not a JRE");
    }
    this.files = compiler.getStandardFileManager(null, Locale.ROOT, UTF_8);
    this.classPath = classPath;
  }

  /**
   * Compiles a snippet and returns its errors, each as {@code README.md:<line>: <javac's message>},
   * the README's text of that line, and a hint; empty when it compiles.
   */
  List<String> errors(Snippet snippet) {
    List<Integer> readmeLines = new ArrayList<>();
    String source = snippet.source(readmeLines);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("--release", "17", "-proc:none", "-nowarn", "-classpath", classPath);
    compiler.getTask(null, new Discarding(files), diagnostics, options, null, List.of(new Source(snippet.className(), source)))
        .call();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(describe(d, snippet, readmeLines));
      }
    }
    return errors;
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d, Snippet snippet, List<Integer> readmeLines) {
    long sourceLine = d.getLineNumber();
    int readmeLine = sourceLine >= 1 && sourceLine <= readmeLines.size() ? readmeLines.get((int) sourceLine - 1) : 0;
    String message = d.getMessage(Locale.ROOT);
    StringBuilder text = new StringBuilder("README.md:")
        .append(readmeLine > 0 ? readmeLine : snippet.fenceLine())
        .append(": ").append(message.lines().map(String::strip).collect(Collectors.joining("\n    ")));
    int index = readmeLine - snippet.fenceLine() - 1;
    if (index >= 0 && index < snippet.lines().size()) {
      text.append("\n    | ").append(snippet.lines().get(index).strip());
    }
    hint(message).ifPresent(hint -> text.append("\n    fix: ").append(hint));
    return text.toString();
  }

  /** Returns how to fix a missing symbol: the import of a type found in the usual packages, or the given comment. */
  static Optional<String> hint(String message) {
    Matcher m = MISSING_SYMBOL.matcher(message);
    if (!m.find()) {
      return Optional.empty();
    }
    String kind = m.group(3) != null ? "class" : m.group(1);
    String name = m.group(3) != null ? m.group(3) : m.group(2);
    if (kind.equals("method")) {
      return Optional.of("import it statically at the top of the snippet (import static ...;) or call it on its class");
    }
    Optional<String> found = PACKAGES.stream().map(p -> p + "." + name).filter(SnippetCompiler::exists).findFirst();
    if (found.isPresent()) {
      return Optional.of("add \"import " + found.get() + ";\" at the top of the snippet");
    }
    if (kind.equals("variable") && Character.isLowerCase(name.charAt(0))) {
      return Optional.of("declare " + name + " in the snippet, or name it on the line right above the ```java fence:"
          + " <!-- given: fully.qualified.Type " + name + " -->");
    }
    return Optional.of("import " + name + " at the top of the snippet");
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className, false, SnippetCompiler.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  @Override
  public void close() {
    try {
      files.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A source file held in memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String className, String text) {
      super(URI.create("string:///" + className + ".java"), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  /** Reads through the standard file manager and throws away the class files: only the errors matter. */
  private static final class Discarding extends ForwardingJavaFileManager<JavaFileManager> {
    Discarding(JavaFileManager files) {
      super(files);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
        FileObject sibling) {
      return new SimpleJavaFileObject(URI.create("discarded:///" + className.replace('.', '/') + kind.extension), kind) {
        @Override
        public OutputStream openOutputStream() {
          return OutputStream.nullOutputStream();
        }
      };
    }
  }

  /** Returns the class path of the running tests, as surefire gives it. */
  static String testClassPath() {
    return Stream.of(System.getProperty("surefire.test.class.path"), System.getProperty("java.class.path"))
        .filter(p -> p != null && !p.isBlank())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no class path: neither surefire.test.class.path nor java.class.path is set"));
  }
}
