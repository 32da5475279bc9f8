package io.github.eventline.cli;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.Timeline;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that say which view of a story to reason on: {@code --as-of} and {@code --policy}. */
final class ViewOptions {

  @Option(names = "--as-of", paramLabel = "T", converter = AsOf.class,
      description = {"Use only what was known at T: the assertions stated by then (those with no stated"
          + " time, such as the modeller's own fields, are always known). T is an instant"
          + " (2024-12-14T18:00:00Z) or an EDTF date (2024-12-14, 2024-12, 2024), read as its end:"
          + " 2024-12-14 means as known at the end of 14 December 2024."})
  Instant asOf;

  @Option(names = "--policy", paramLabel = "NAME", converter = Policies.class,
      completionCandidates = Policies.class, defaultValue = Policies.DEFAULT,
      description = {"How conflicting assertions are weighed: ${COMPLETION-CANDIDATES}."
          + " Default: ${DEFAULT-VALUE}."})
  ReconciliationPolicy policy;

  /** Returns the instant of {@code --as-of}, if given. */
  Optional<Instant> asOf() {
    return Optional.ofNullable(asOf);
  }

  /** Builds the timeline of the story as known at {@code --as-of}, with the policy. */
  Timeline timeline(Story story) {
    Story known = asOf == null ? story : story.asKnownAt(asOf);
    return Timeline.build(known, policy);
  }
}
