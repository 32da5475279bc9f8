package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.ClassSanityTester;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.eventline.core.Story;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** guava-testlib over the public values and entry points of the story JSON package. */
class ExportValuesSanityTest {

  @Test
  void fileProblem_equalByEveryField_andRefusesNulls() {
    new ClassSanityTester().testNulls(FileProblem.class);
    new EqualsTester()
        .addEqualityGroup(new FileProblem(1, 2, "/a", "m", Optional.empty()), new FileProblem(1, 2, "/a", "m", Optional.empty()))
        .addEqualityGroup(new FileProblem(2, 2, "/a", "m", Optional.empty()))
        .addEqualityGroup(new FileProblem(1, 3, "/a", "m", Optional.empty()))
        .addEqualityGroup(new FileProblem(1, 2, "/b", "m", Optional.empty()))
        .addEqualityGroup(new FileProblem(1, 2, "/a", "n", Optional.empty()))
        .addEqualityGroup(new FileProblem(1, 2, "/a", "m", Optional.of("h")))
        .testEquals();
  }

  @Test
  void storyJson_refusesNulls() {
    new NullPointerTester()
        .setDefault(Story.class, Story.builder().build())
        .setDefault(Path.class, Path.of("story.json"))
        .setDefault(InputStream.class, InputStream.nullInputStream())
        .setDefault(String.class, "{}")
        .testAllPublicStaticMethods(StoryJson.class);
  }

  @Test
  void storyFileException_keepsItsProblems() {
    StoryFileException e = new StoryFileException("f", List.of(new FileProblem(1, 1, "", "m", Optional.empty())));
    new NullPointerTester().testAllPublicInstanceMethods(e);
    assertThat(e.problems()).containsExactly(new FileProblem(1, 1, "", "m", Optional.empty()));
    assertThat(e).hasMessage("f has 1 problem:\n  1:1 /: m");
  }
}
