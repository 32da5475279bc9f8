package io.github.eventline.timeline.network;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.ReconciliationPolicy;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a group of constraints comes from: the modeller's {@code when} of an event, or one claim
 * (timing or relation) with every accepted assertion that states it. Not public, by design.
 *
 * <p>Immutable and thread-safe.
 */
final class ConstraintOrigin {

  /** Weakest first: fewest sources, then least total reliability, then least certain, then by text. */
  static final Comparator<ConstraintOrigin> WEAKEST_FIRST =
      Comparator.comparingInt((ConstraintOrigin o) -> o.sources.size())
          .thenComparingDouble(o -> o.reliability)
          .thenComparing(o -> o.certainty, Comparator.reverseOrder())
          .thenComparing(o -> o.provenance);

  final int index;
  final EventId event;
  /** The claim, or null for the editor's {@code when}. */
  final Claim claim;
  final ImmutableList<AssertionId> assertions;
  final ImmutableList<SourceId> sources;
  final double reliability;
  /** The firmest certainty among the assertions. */
  final Certainty certainty;
  final String provenance;

  private ConstraintOrigin(
      int index,
      EventId event,
      Claim claim,
      List<AssertionId> assertions,
      List<SourceId> sources,
      double reliability,
      Certainty certainty,
      String provenance) {
    this.index = index;
    this.event = event;
    this.claim = claim;
    this.assertions = ImmutableList.copyOf(assertions);
    this.sources = ImmutableList.copyOf(sources);
    this.reliability = reliability;
    this.certainty = certainty;
    this.provenance = provenance;
  }

  static ConstraintOrigin ofWhen(int index, Story story, ReconciliationPolicy policy, EventId event, TimeBounds when) {
    double reliability = reliability(story, policy, Source.EDITOR);
    return new ConstraintOrigin(
        index,
        event,
        null,
        List.of(),
        List.of(Source.EDITOR),
        reliability,
        Certainty.CERTAIN,
        "the editor's date of " + event + ", \"" + when.label() + "\"");
  }

  static ConstraintOrigin ofClaim(
      int index, Story story, ReconciliationPolicy policy, Claim claim, List<Assertion> assertions) {
    TreeSet<AssertionId> ids = new TreeSet<>(Comparator.comparing(AssertionId::toString));
    TreeMap<String, SourceId> sources = new TreeMap<>();
    Certainty certainty = Certainty.UNDERSPECIFIED;
    for (Assertion a : assertions) {
      ids.add(a.id());
      sources.put(a.source().toString(), a.source());
      if (a.factuality().certainty().compareTo(certainty) < 0) {
        certainty = a.factuality().certainty();
      }
    }
    double reliability = 0;
    for (SourceId s : sources.values()) {
      reliability += reliability(story, policy, s);
    }
    String text =
        (ids.size() == 1 ? "assertion " : "assertions ")
            + join(ids)
            + (sources.size() == 1 ? ", source " : ", sources ")
            + String.join(", ", sources.keySet());
    return new ConstraintOrigin(
        index, claim.event(), claim, List.copyOf(ids), List.copyOf(sources.values()), reliability, certainty, text);
  }

  /** The reliability of a source: the one it states, else the policy's for a source that states none. */
  private static double reliability(Story story, ReconciliationPolicy policy, SourceId source) {
    java.util.OptionalDouble stated = story.source(source).map(Source::reliability).orElse(java.util.OptionalDouble.empty());
    return stated.isPresent() ? stated.getAsDouble() : policy.fallbackReliability(source);
  }

  private static String join(Iterable<?> values) {
    StringBuilder b = new StringBuilder();
    for (Object v : values) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(v);
    }
    return b.toString();
  }

  /** Checks if this is the modeller's own date of an event. */
  boolean isEditorWhen() {
    return claim == null;
  }

  /** Returns how the origin is named when it is set aside or dropped. */
  String name() {
    return isEditorWhen() ? provenance : provenance.replaceFirst(", source", " (source").replaceFirst("$", ")");
  }

  @Override
  public String toString() {
    return provenance;
  }
}
