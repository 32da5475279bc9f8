package org.example.tour;

import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBoundsFormatter;
import io.github.eventline.export.csv.CsvOptions;
import io.github.eventline.export.csv.CsvTables;
import io.github.eventline.export.json.StoryJson;
import io.github.eventline.export.json.TimelineJson;
import io.github.eventline.export.view.HtmlTimeline;
import io.github.eventline.export.view.TimelineJs;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.VerdictStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The README's tour as a user's program: reads the seed story, builds its timeline as known at
 * the end of 15 December 2024, writes the timeline JSON, the CSV tables, the HTML page and the
 * TimelineJS JSON, and checks what the README says of them. Exits 1 naming every check that
 * failed.
 *
 * <p>Arguments: the story file, an output folder, and "class path" or "module path" (where the
 * program is expected to run: checked against the modules the JVM gave it).
 */
public final class ReadmeTour {

  private ReadmeTour() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ReadmeTour STORY OUT-FOLDER 'class path'|'module path'");
      System.exit(2);
    }
    Path storyFile = Path.of(args[0]);
    Path out = Path.of(args[1]);
    String where = args[2];
    List<String> failures = new ArrayList<>();

    boolean named = ReadmeTour.class.getModule().isNamed();
    String timelineModule = Timeline.class.getModule().isNamed()
        ? "module " + Timeline.class.getModule().getName() : "unnamed module";
    if (where.equals("module path")) {
      check(failures, named && timelineModule.equals("module io.github.eventline.timeline"),
          "on the module path, expected named modules, got " + ReadmeTour.class.getModule()
              + " and " + Timeline.class.getModule());
    } else {
      check(failures, !named && !Timeline.class.getModule().isNamed(),
          "on the class path, expected the unnamed module, got " + ReadmeTour.class.getModule()
              + " and " + Timeline.class.getModule());
    }

    Story story = StoryJson.read(storyFile);
    Files.createDirectories(out);
    Instant asOf = Instant.parse("2024-12-16T00:00:00Z");
    Timeline timeline = Timeline.build(story.asKnownAt(asOf));

    // The README: the address and the article outdate the "no information" of 31 October.
    VerdictStatus assaults = timeline.occurrence(EventId.of("nk-troops-in-assaults")).status();
    VerdictStatus expected = VerdictStatus.CORROBORATED;
    check(failures, assaults == expected,
        "occurred(nk-troops-in-assaults) as of " + asOf + ": expected " + expected + ", got " + assaults);
    // Before Zelensky's address of 14 December, the claim rested on the hedge alone.
    Instant dayBefore = Instant.parse("2024-12-14T00:00:00Z");
    VerdictStatus before = Timeline.build(story.asKnownAt(dayBefore))
        .occurrence(EventId.of("nk-troops-in-assaults")).status();
    check(failures, before == VerdictStatus.UNVERIFIED,
        "occurred(nk-troops-in-assaults) as of " + dayBefore + ": expected UNVERIFIED, got " + before);
    String when = TimeBoundsFormatter.of(Locale.ENGLISH, ZoneId.of("Europe/Paris"))
        .format(timeline.derivedBounds(EventId.of("putin-asks-kim")));
    check(failures, when.equals("after 1 Aug 2024"),
        "putin-asks-kim: expected \"after 1 Aug 2024\", got \"" + when + "\"");
    check(failures, timeline.conflicts().isEmpty(), "expected no temporal conflict, got " + timeline.conflicts());

    Path json = out.resolve("timeline.json");
    TimelineJson.write(timeline, Optional.of(asOf), json);
    String text = Files.readString(json);
    check(failures, text.contains("\"eventline-timeline/1\""), json + ": no format eventline-timeline/1");
    check(failures, text.contains("\"nk-troops-in-assaults\""), json + ": no event nk-troops-in-assaults");
    Path again = out.resolve("timeline-again.json");
    TimelineJson.write(Timeline.build(StoryJson.read(storyFile).asKnownAt(asOf)), Optional.of(asOf), again);
    check(failures, Arrays.equals(Files.readAllBytes(json), Files.readAllBytes(again)),
        json + " and " + again + ": the same story gave different bytes");

    Path tables = out.resolve("tables");
    CsvTables.write(timeline, tables, CsvOptions.excel());
    for (String table : List.of("events", "actors", "places", "sources", "assertions", "timeline",
        "verdicts", "conflicts")) {
      check(failures, Files.isRegularFile(tables.resolve(table + ".csv")), tables + ": no " + table + ".csv");
    }
    Path html = out.resolve("timeline.html");
    HtmlTimeline.write(timeline, html);
    check(failures, Files.readString(html).contains("putin-asks-kim"), html + ": no event putin-asks-kim");
    Path timelineJs = out.resolve("timelinejs.json");
    TimelineJs.write(timeline, timelineJs);
    check(failures, Files.size(timelineJs) > 0, timelineJs + ": empty");

    if (!failures.isEmpty()) {
      failures.forEach(failure -> System.err.println("readme-tour: FAILED on the " + where + ": " + failure));
      System.exit(1);
    }
    System.out.println("readme-tour: ok on the " + where + " (" + timeline.events().size()
        + " events; Eventline in the " + timelineModule + ")");
  }

  private static void check(List<String> failures, boolean ok, String failure) {
    if (!ok) {
      failures.add(failure);
    }
  }
}
