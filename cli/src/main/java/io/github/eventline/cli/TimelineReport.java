package io.github.eventline.cli;

import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBoundsFormatter;
import io.github.eventline.export.view.HeldValues;
import io.github.eventline.export.view.UnsourcedEvents;
import io.github.eventline.timeline.LinkConflict;
import io.github.eventline.timeline.TemporalConflict;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import io.github.eventline.timeline.Weighed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The text the commands print about a timeline: the {@code timeline} command's header, timeline and
 * conflicts; the {@code conflicts} command's conflicts and disputed claims with their reasons.
 */
final class TimelineReport {

  /** Verdicts by their event's id, then by question. */
  static final Comparator<Verdict> BY_EVENT =
      Comparator.comparing((Verdict v) -> v.key().event().value()).thenComparing(Verdict::key);

  /** What each status says, for the legend under the timeline, in the order of the statuses. */
  private static final Map<String, String> LEGEND = legend();

  private static Map<String, String> legend() {
    Map<String, String> legend = new java.util.LinkedHashMap<>();
    legend.put(VerdictStatus.UNCONTESTED.name(), "one source says so, none opposes");
    legend.put(VerdictStatus.CORROBORATED.name(), "independent sources agree");
    legend.put(VerdictStatus.UNVERIFIED.name(), "no source says whether it happened");
    legend.put(VerdictStatus.CONTESTED.name(), "supported and opposed, held as true");
    legend.put(VerdictStatus.REFUTED.name(), "denials outweigh support");
    legend.put(VerdictStatus.SUPERSEDED.name(), "withdrawn by its source");
    legend.put(UnsourcedEvents.NO_SOURCE, "only the story's modeller states it");
    return java.util.Collections.unmodifiableMap(legend);
  }

  private final Timeline timeline;
  private final Optional<Instant> asOf;
  private final String policy;
  private final TimeBoundsFormatter dates;
  private final Optional<String> filter;
  private final Optional<Set<EventId>> kept;

  TimelineReport(Timeline timeline, Optional<Instant> asOf, String policy) {
    this(timeline, asOf, policy, TimeBoundsFormatter.ENGLISH_UTC, Optional.empty(), Optional.empty());
  }

  /**
   * Creates the report.
   *
   * @param dates  how dates read, in the display zone
   * @param filter  what the events were filtered by, such as {@code actor russia}, if they were
   * @param kept  the events to show, if filtered; else all
   */
  TimelineReport(Timeline timeline, Optional<Instant> asOf, String policy, TimeBoundsFormatter dates,
      Optional<String> filter, Optional<Set<EventId>> kept) {
    this.timeline = timeline;
    this.asOf = asOf;
    this.policy = policy;
    this.dates = dates;
    this.filter = filter;
    this.kept = kept;
  }

  /** Returns the verdicts that are contested or refuted, by event then question. */
  List<Verdict> disputed() {
    List<Verdict> disputed = new ArrayList<>();
    for (Verdict v : timeline.verdicts()) {
      if ((v.status() == VerdictStatus.CONTESTED || v.status() == VerdictStatus.REFUTED) && shown(v.key().event())) {
        disputed.add(v);
      }
    }
    disputed.sort(BY_EVENT);
    return disputed;
  }

  /** Checks if an event is among those shown: all of them, or those the filter kept. */
  private boolean shown(EventId event) {
    return kept.map(k -> k.contains(event)).orElse(true);
  }

  /** The events shown, in timeline order. */
  private List<Event> shownEvents() {
    if (kept.isEmpty()) {
      return timeline.events();
    }
    List<Event> shown = new ArrayList<>();
    for (Event e : timeline.events()) {
      if (shown(e.id())) {
        shown.add(e);
      }
    }
    return shown;
  }

  /** The first lines: the title and what view of the story this is. */
  List<String> header() {
    Story story = timeline.story();
    List<String> lines = new ArrayList<>();
    story.title().ifPresent(lines::add);
    int n = shownEvents().size();
    lines.add(n + (n == 1 ? " event" : " events")
        + filter.map(f -> " (filtered: " + f + ")").orElse("")
        + asOf.map(t -> ", as known at " + t).orElse(", everything the story states")
        + "; policy " + policy + "; times in " + zoneName(dates.zone()));
    lines.add("");
    return lines;
  }

  private static String zoneName(ZoneId zone) {
    return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
  }

  /** The {@code timeline} command's text: header, events with their values, legend, conflicts. */
  List<String> timelineLines(String file) {
    List<String> lines = header();
    Set<EventId> unsourced = UnsourcedEvents.of(timeline);
    Map<EventId, List<String>> held = HeldValues.of(timeline);
    Set<String> shownStatuses = new HashSet<>();
    lines.addAll(new TimelineText(shownEvents(), timeline::derivedBounds, id -> {
      String status = unsourced.contains(id) ? UnsourcedEvents.NO_SOURCE : timeline.occurrence(id).status().name();
      shownStatuses.add(status);
      return status;
    }, id -> held.getOrDefault(id, List.of()), dates).lines());
    if (!shownStatuses.isEmpty()) {
      List<String> legend = new ArrayList<>();
      LEGEND.forEach((status, meaning) -> {
        if (shownStatuses.contains(status)) {
          legend.add(status + ": " + meaning);
        }
      });
      lines.add("");
      lines.add("Whether each event happened: " + String.join("; ", legend) + ".");
    }
    lines.add("");
    lines.addAll(conflictLines());
    List<Verdict> disputed = disputed();
    if (!disputed.isEmpty()) {
      List<String> keys = new ArrayList<>();
      for (Verdict v : disputed) {
        keys.add(v.key() + " " + v.status());
      }
      lines.add("Disputed claims (" + disputed.size() + "): " + String.join(", ", keys));
      lines.add("Run 'eventline conflicts " + file + "' for the reasons.");
    }
    return lines;
  }

  /** Returns the temporal conflicts that involve an event shown, in the timeline's order. */
  List<TemporalConflict> conflicts() {
    List<TemporalConflict> conflicts = new ArrayList<>();
    for (TemporalConflict c : timeline.conflicts()) {
      if (c.events().stream().anyMatch(this::shown)) {
        conflicts.add(c);
      }
    }
    return conflicts;
  }

  /** The temporal conflicts, numbered, or a line saying there are none. */
  List<String> conflictLines() {
    List<TemporalConflict> conflicts = conflicts();
    List<String> lines = new ArrayList<>();
    if (conflicts.isEmpty()) {
      lines.add("Conflicts: none");
      return lines;
    }
    lines.add("Conflicts (" + conflicts.size() + "):");
    for (int i = 0; i < conflicts.size(); i++) {
      lines.add("  " + (i + 1) + ". " + oneLine(conflicts.get(i).message()));
    }
    return lines;
  }

  /**
   * The modeller's links that the values disagree with ({@code Timeline.linkConflicts()}),
   * numbered under a heading; no line at all when there are none.
   */
  List<String> linkConflictLines() {
    List<LinkConflict> conflicts = timeline.linkConflicts();
    List<String> lines = new ArrayList<>();
    if (conflicts.isEmpty()) {
      return lines;
    }
    lines.add("Link conflicts (" + conflicts.size() + "):");
    for (int i = 0; i < conflicts.size(); i++) {
      lines.add("  " + (i + 1) + ". " + oneLine(conflicts.get(i).message()));
    }
    return lines;
  }

  /**
   * The {@code conflicts} command's text: temporal conflicts, link conflicts (if any), then disputed
   * claims and their reasons.
   */
  List<String> conflictsLines() {
    List<String> lines = header();
    lines.addAll(conflictLines());
    lines.addAll(linkConflictLines());
    lines.add("");
    List<Verdict> disputed = disputed();
    if (disputed.isEmpty()) {
      lines.add("Contested or refuted claims: none");
      return lines;
    }
    lines.add("Contested or refuted claims (" + disputed.size() + "):");
    for (Verdict v : disputed) {
      lines.add("  " + describe(v.key()) + ": " + v.status() + ", confidence " + number(v.confidence())
          + value(v));
      for (Weighed w : v.explanation()) {
        lines.add("    " + w.assertion() + " (" + w.source() + ") " + w.reason());
      }
    }
    return lines;
  }

  private static String describe(ClaimKey key) {
    return key.toString();
  }

  /** Says the value a verdict holds, for claims that hold more than yes or no. */
  private String value(Verdict v) {
    return heldText(v, dates).map(held -> ", value held: " + held).orElse("");
  }

  /**
   * Returns the value a verdict holds as a reader says it, for claims that hold more than yes or no:
   * a date, a place, a role, a figure, relations.
   *
   * @return the text, empty for a yes-or-no claim or a verdict that holds no value
   */
  static Optional<String> heldText(Verdict v, TimeBoundsFormatter dates) {
    if (v.value().isEmpty()) {
      return Optional.empty();
    }
    Claim claim = v.value().get();
    if (claim instanceof Claim.Timing t) {
      return Optional.of(dates.format(t.when()));
    } else if (claim instanceof Claim.Location l) {
      return Optional.of(l.place().value());
    } else if (claim instanceof Claim.Participation p) {
      return Optional.of(p.role().value());
    } else if (claim instanceof Claim.Quantity q) {
      return Optional.of(HeldValues.quantity(q));
    } else if (claim instanceof Claim.Relation r) {
      List<String> names = new ArrayList<>();
      r.relations().forEach(x -> names.add(x.name().toLowerCase(Locale.ROOT).replace('_', '-')));
      return Optional.of(String.join(" or ", names));
    }
    return Optional.empty();
  }

  static String number(double value) {
    return java.math.BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
