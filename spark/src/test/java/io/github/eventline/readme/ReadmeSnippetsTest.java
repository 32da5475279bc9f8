package io.github.eventline.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every {@code ```java} snippet of the repository's README.md compiles as written, against this
 * module's test class path, which holds every module of Eventline, AssertJ and Spark.
 *
 * <p>The rule a snippet follows (a failure repeats it):
 * <ul>
 *   <li>A snippet compiles on its own. Its {@code import} lines, at its top, are its only imports:
 *       every type it uses, {@code java.lang} aside, is imported there or written fully qualified.
 *   <li>A snippet that declares a top-level class, record, interface or enum compiles as it is.
 *   <li>Any other snippet is statements: after its imports, they become the body of
 *       {@code void snippet(...) throws Exception} in a class of its own.
 *   <li>Variables that the text before a snippet defines (the story of an earlier snippet) are
 *       named, with fully qualified types, in an HTML comment on the line right above the
 *       {@code ```java} fence, which GitHub does not show:
 *       {@code <!-- given: io.github.eventline.core.Story story, java.time.Instant asOf -->}.
 *       They become the method's parameters.
 * </ul>
 *
 * <p>The README is {@code ../README.md} from the module's directory, or the file named by the
 * system property {@code eventline.readme}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeSnippetsTest {

  private static final String RULE = "A README snippet compiles on its own: imports at its top, then statements (the body"
      + " of a method that throws Exception) or a whole class; variables defined by earlier text are named right above"
      + " the ```java fence as <!-- given: fully.qualified.Type name, ... -->. See ReadmeSnippetsTest.";

  private SnippetCompiler compiler;

  @BeforeAll
  void openCompiler() {
    compiler = new SnippetCompiler(SnippetCompiler.testClassPath());
  }

  @AfterAll
  void closeCompiler() {
    compiler.close();
  }

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetOfTheReadmeCompiles() throws IOException {
    Path readme = readme();
    List<Snippet> snippets = Snippet.extract(Files.readAllLines(readme, StandardCharsets.UTF_8));
    assertThat(snippets).as("```java snippets in %s", readme).isNotEmpty();
    return snippets.stream().map(snippet -> DynamicTest.dynamicTest("README.md:" + snippet.fenceLine(), () -> {
      List<String> errors = compiler.errors(snippet);
      assertThat(errors)
          .withFailMessage("The ```java snippet at %s:%d does not compile:%n%s%n%s", readme, snippet.fenceLine(),
              String.join("\n", errors), RULE)
          .isEmpty();
    }));
  }

  @Test
  void aSnippetUsingATypeItDoesNotImport_failsAtItsReadmeLineNamingTheImport() {
    Snippet snippet = Snippet.extract(List.of("Text", "", "```java", "import java.nio.file.Path;", "",
        "Timeline timeline = null;", "```")).get(0);

    assertThat(compiler.errors(snippet)).containsExactly("""
        README.md:6: cannot find symbol
            symbol:   class Timeline
            location: class ReadmeSnippetAtLine3
            | Timeline timeline = null;
            fix: add "import io.github.eventline.timeline.Timeline;" at the top of the snippet""");
  }

  @Test
  void aSnippetUsingAVariableOfEarlierText_compilesOnlyWhenItIsGiven() {
    List<String> markdown = List.of("```java", "import io.github.eventline.timeline.Timeline;",
        "Timeline timeline = Timeline.build(story);", "```", "",
        "<!-- given: io.github.eventline.core.Story story -->", "```java",
        "import io.github.eventline.timeline.Timeline;", "Timeline timeline = Timeline.build(story);", "```");
    List<Snippet> snippets = Snippet.extract(markdown);

    assertThat(compiler.errors(snippets.get(0))).singleElement().asString()
        .startsWith("README.md:3: cannot find symbol")
        .endsWith("fix: declare story in the snippet, or name it on the line right above the ```java fence:"
            + " <!-- given: fully.qualified.Type story -->");
    assertThat(compiler.errors(snippets.get(1))).isEmpty();
  }

  @Test
  void aSnippetDeclaringAClass_compilesAsItIs() {
    Snippet snippet = Snippet.extract(List.of("```java", "import io.github.eventline.core.time.TimeBounds;", "",
        "class Example {", "  TimeBounds august = TimeBounds.parse(\"2024-08\");", "}", "```")).get(0);

    assertThat(snippet.isCompilationUnit()).isTrue();
    assertThat(compiler.errors(snippet)).isEmpty();
  }

  private static Path readme() {
    String override = System.getProperty("eventline.readme");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    return module.getParent().resolve("README.md");
  }
}
