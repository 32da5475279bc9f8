package io.github.eventline.export.json;

import io.github.eventline.core.Story;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Stories for the timeline export tests. */
final class TimelineStories {

  /**
   * Two events dated a month apart, and a wire's claim that the later one came first: one temporal
   * conflict. Its summaries and source name start as spreadsheet formulas.
   */
  static final String CONFLICT_JSON = """
      {
        "format": "eventline/1",
        "sources": [
          {"id": "wire", "name": "=HYPERLINK(\\"http://x\\",\\"y\\")", "kind": "agency", "reliability": 0.9}
        ],
        "events": [
          {"id": "talks", "summary": "=1+1 talks | held", "when": "2024-08-01"},
          {"id": "strike", "summary": "-strike, at dawn", "when": "2024-07-01"}
        ],
        "assertions": [
          {"id": "a1", "source": "wire",
           "claim": {"type": "relation", "event": "talks", "relation": ["before"], "other": "strike"}}
        ]
      }
      """;

  private TimelineStories() {}

  static Story conflict() {
    return StoryJson.fromJson(CONFLICT_JSON);
  }

  /** Two rival figures of one count, the second said to corroborate the first: a link conflict. */
  static Story linkConflict() {
    return StoryJson.fromJson("""
        {
          "format": "eventline/1",
          "sources": [{"id": "wire", "name": "Wire", "reliability": 0.9},
                      {"id": "paper", "name": "Paper", "reliability": 0.6}],
          "events": [{"id": "flood", "summary": "Flood"}],
          "assertions": [
            {"id": "a1", "source": "wire",
             "claim": {"type": "quantity", "event": "flood", "measure": "deaths", "value": 100}},
            {"id": "a2", "source": "paper",
             "claim": {"type": "quantity", "event": "flood", "measure": "deaths", "value": 300},
             "links": [{"type": "corroborates", "assertion": "a1"}]}
          ]
        }
        """);
  }

  /** Returns the story with every list of elements shuffled. */
  static Story shuffle(Story story, Random random) {
    return Story.builder()
        .actors(shuffled(story.actors(), random))
        .places(shuffled(story.places(), random))
        .sources(shuffled(story.sources(), random))
        .events(shuffled(story.events(), random))
        .assertions(shuffled(story.assertions(), random))
        .build();
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
