package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Story;
import io.github.eventline.export.csv.CsvOptions;
import io.github.eventline.export.csv.CsvTables;
import io.github.eventline.timeline.Timeline;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the library's writers treat the files they replace: atomically, keeping permissions, as a set. */
class OutputFilesTest {

  private static final Path KURSK = Path.of("..", "examples", "kursk-2024.json");

  @TempDir Path dir;

  @Test
  void timelineJson_toTheRoot_isADirectoryError() throws IOException {
    Timeline timeline = Timeline.build(StoryJson.read(KURSK));

    assertThatThrownBy(() -> TimelineJson.write(timeline, Path.of("/")))
        .isInstanceOf(FileSystemException.class).hasMessage("/: is a directory");
    assertThatThrownBy(() -> StoryJson.write(timeline.story(), Path.of("/")))
        .isInstanceOf(FileSystemException.class).hasMessage("/: is a directory");
  }

  @Test
  void timelineJson_refusesNulls() throws IOException {
    Timeline timeline = Timeline.build(StoryJson.read(KURSK));

    assertThatThrownBy(() -> TimelineJson.write(timeline, (Path) null))
        .isInstanceOf(NullPointerException.class).hasMessage("file");
    assertThatThrownBy(() -> TimelineJson.write(null, dir.resolve("t.json")))
        .isInstanceOf(NullPointerException.class).hasMessage("timeline");
  }

  @Test
  void storyJson_keepsThePermissionsOfTheFileItReplaces() throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    StoryJson.write(StoryJson.read(KURSK), file);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    assertThat(StoryJson.read(file)).isEqualTo(StoryJson.read(KURSK));
    assertThat(names(dir)).containsExactly("s.json");
  }

  @Test
  void csvTables_areReplacedAsASet_orNotAtAll() throws IOException {
    Timeline timeline = Timeline.build(StoryJson.read(KURSK));
    Path tables = dir.resolve("tables");
    Files.createDirectories(tables);
    for (String name : Stream.concat(CsvTables.storyFileNames().stream(), CsvTables.timelineFileNames().stream())
        .filter(n -> !n.equals("conflicts.csv")).toList()) {
      Files.writeString(tables.resolve(name), "old " + name);
    }
    Files.createDirectories(tables.resolve("conflicts.csv")); // the last table cannot be written
    Map<String, String> before = contents(tables);

    assertThatThrownBy(() -> CsvTables.write(timeline, tables, CsvOptions.defaults()))
        .isInstanceOf(FileSystemException.class).hasMessage(tables.resolve("conflicts.csv") + ": is a directory");
    assertThat(contents(tables)).isEqualTo(before);
  }

  private static java.util.List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Map<String, String> contents(Path directory) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    for (String name : names(directory)) {
      Path p = directory.resolve(name);
      contents.put(name, Files.isDirectory(p) ? "(directory)" : Files.readString(p));
    }
    return contents;
  }
}
