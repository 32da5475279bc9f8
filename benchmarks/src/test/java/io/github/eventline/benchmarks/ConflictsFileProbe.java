package io.github.eventline.benchmarks;

import io.github.eventline.core.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the story files that time {@code eventline conflicts} on contradictions: for each size
 * given, the ordering story ({@link StoryShape#ordering(int)}) as {@code ordering-N.json} and the same
 * with three cycles of {@code BEFORE} over events far apart ({@link SyntheticStories#withConflicts})
 * as {@code ordering-N-3cycles.json}. Run by hand; not a test:
 * {@code java -Xmx6g -cp benchmarks/target/test-classes:benchmarks/target/benchmarks.jar
 * io.github.eventline.benchmarks.ConflictsFileProbe DIR 20000 60000}.
 */
final class ConflictsFileProbe {

  private ConflictsFileProbe() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (int i = 1; i < args.length; i++) {
      int n = Integer.parseInt(args[i]);
      Story story = SyntheticStories.writeFile(StoryShape.ordering(n), dir.resolve("ordering-" + n + ".json"));
      Story cycles = SyntheticStories.withConflicts(story, 3, 0, StoryShape.SEED);
      io.github.eventline.export.json.StoryJson.write(cycles, dir.resolve("ordering-" + n + "-3cycles.json"));
      System.out.printf("%d events: %d and %d assertions written%n", n, story.assertions().size(), cycles.assertions().size());
    }
  }
}
