package io.github.eventline.cli;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.core.time.TimeBoundsFormatter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that say which view of a story to reason on and how to show it: {@code --as-of},
 * {@code --policy} and {@code --zone}.
 */
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

  @Option(names = "--zone", paramLabel = "ZONE", converter = ZoneConverter.class,
      description = {"Show times of day in ZONE, an IANA time zone such as America/Chicago or UTC."
          + " Default: the story's own zone (its \"zone\" field), else UTC. Dates stated as days,"
          + " months or years read as stated in every zone."})
  ZoneId zone;

  /** Returns the instant of {@code --as-of}, if given. */
  Optional<Instant> asOf() {
    return Optional.ofNullable(asOf);
  }

  /** Returns the display zone: {@code --zone}, else the story's zone, else UTC. */
  ZoneId zone(Story story) {
    return zone != null ? zone : story.zone().orElse(ZoneOffset.UTC);
  }

  /** Returns how dates read for the story: in English, in its display zone. */
  TimeBoundsFormatter dates(Story story) {
    return TimeBoundsFormatter.of(Locale.ENGLISH, zone(story));
  }

  /** Reads {@code --zone}: an IANA zone id, not an offset. */
  static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        ZoneId zone = ZoneId.of(value);
        if (!(zone instanceof ZoneOffset)) {
          return zone;
        }
      } catch (DateTimeException e) {
        // reported below
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not an IANA time zone; expected an id such as America/Chicago, Europe/Paris or UTC");
    }
  }

  /** Builds the timeline of the story as known at {@code --as-of}, with the policy. */
  Timeline timeline(Story story) {
    Story known = asOf == null ? story : story.asKnownAt(asOf);
    return Timeline.build(known, policy);
  }
}
