package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.ClassSanityTester;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.eventline.core.Story;
import io.github.eventline.export.csv.CsvOptions;
import io.github.eventline.export.csv.CsvTables;
import io.github.eventline.export.internal.OutputFiles;
import io.github.eventline.timeline.Timeline;
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

  @Test
  void outputFiles_refuseNulls() {
    new NullPointerTester()
        .setDefault(Path.class, Path.of("never-written.json"))
        .setDefault(OutputFiles.Content.class, out -> out.write('x'))
        .testAllPublicStaticMethods(OutputFiles.class);
  }

  @Test
  void timelineJsonAndCsvTables_refuseNulls() {
    Timeline timeline = Timeline.build(Story.builder().build());
    new NullPointerTester()
        .setDefault(Timeline.class, timeline)
        .setDefault(Story.class, timeline.story())
        .setDefault(Path.class, Path.of("never-written"))
        .setDefault(java.io.OutputStream.class, java.io.OutputStream.nullOutputStream())
        .setDefault(java.io.Writer.class, java.io.Writer.nullWriter())
        .setDefault(CsvOptions.class, CsvOptions.defaults())
        .testAllPublicStaticMethods(TimelineJson.class);
    new NullPointerTester()
        .setDefault(Timeline.class, timeline)
        .setDefault(Story.class, timeline.story())
        .setDefault(Path.class, Path.of("never-written"))
        .setDefault(java.io.OutputStream.class, java.io.OutputStream.nullOutputStream())
        .setDefault(CsvOptions.class, CsvOptions.defaults())
        .testAllPublicStaticMethods(CsvTables.class);
  }
}
