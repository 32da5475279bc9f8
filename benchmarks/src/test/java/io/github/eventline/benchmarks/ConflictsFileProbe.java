package io.github.eventline.benchmarks;

import io.github.eventline.core.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the story files that time {@code eventline conflicts} on contradictions: for each size
 * given, the ordering story ({@link StoryShape#ordering(int)}) as {@code ordering-N.json} and the same
 * with three cycles of {@code BEFORE} over events far apart ({@link SyntheticStories#withConflicts})
 * as {@code ordering-N-3cycles.json}; and a denser shape, every event dated (twelve a day) and said
 * to come BEFORE two of the next 64, with three cycles of BEFORE over events a third of the story
 * apart, as {@code chains-N.json} and {@code chains-N-3cycles.json}. Run by hand; not a test:
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
      io.github.eventline.export.json.StoryJson.write(chains(n, false), dir.resolve("chains-" + n + ".json"));
      io.github.eventline.export.json.StoryJson.write(chains(n, true), dir.resolve("chains-" + n + "-3cycles.json"));
    }
  }

  private static Story chains(int n, boolean cycles) {
    java.util.Random random = new java.util.Random(20_261_207L);
    Story.Builder story = Story.builder()
        .source(io.github.eventline.core.Source.builder("wire", "A wire service").build())
        .source(io.github.eventline.core.Source.builder("rumour", "A rumour mill").build());
    java.time.LocalDate first = java.time.LocalDate.of(1990, 1, 1);
    for (int i = 0; i < n; i++) {
      story.event(io.github.eventline.core.Event.builder("e" + i, "Event " + i)
          .when(io.github.eventline.core.time.TimeBounds.on(first.plusDays(i / 12))).build());
    }
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < 2; r++) {
        int j = (i / 12 + 1) * 12 + random.nextInt(64);
        if (j < n) {
          story.assertion(before("r" + k++, "wire", i, j));
        }
      }
    }
    if (cycles) {
      for (int c = 0; c < 3; c++) {
        int x = n / 60 + c * (n / 12);
        int y = x + n / 3;
        int z = y + n / 3;
        story.assertion(before("c" + c + "xy", "rumour", x, y));
        story.assertion(before("c" + c + "yz", "rumour", y, z));
        story.assertion(before("c" + c + "zx", "rumour", z, x));
      }
    }
    return story.build();
  }

  private static io.github.eventline.core.Assertion before(String id, String source, int first, int second) {
    return io.github.eventline.core.Assertion.builder(id, source, io.github.eventline.core.Claim.Relation.of(
        io.github.eventline.core.EventId.of("e" + first),
        java.util.EnumSet.of(io.github.eventline.core.time.IntervalRelation.BEFORE),
        io.github.eventline.core.EventId.of("e" + second))).build();
  }
}
