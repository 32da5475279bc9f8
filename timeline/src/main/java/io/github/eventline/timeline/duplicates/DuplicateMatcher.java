package io.github.eventline.timeline.duplicates;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.ActorId;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.EventType;
import io.github.eventline.core.Participant;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.DuplicateSuggestion;
import io.github.eventline.timeline.reconcile.Values;
import io.github.eventline.timeline.reconcile.Weight;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Suggests events of a story that are likely one event reported twice. It never merges: a
 * suggestion becomes a merge only when someone adds a {@code same-as} claim.
 *
 * <p>Only events of the same type are compared, and pairs that a same-as claim already speaks
 * to are left out. A pair is ruled out when its bounds are disjoint or its places are apart
 * (neither the same nor one within the other). Bounds that only touch, as adjacent months or days
 * do ({@code 2024-08} and {@code 2024-09}, each half-open), are disjoint: they share no instant, and
 * leave room only for a zero-length event where they meet, unless one of them is that instant.
 * The score adds four signals, each in [0, 1]:
 *
 * <ul>
 *   <li>time, weight 0.25: 1 if the bounds overlap, 0.5 if either event has none;
 *   <li>participants, weight 0.25: the share of actors in common (Jaccard), 0.5 if either has none;
 *   <li>place, weight 0.2: 1 for the same place, 0.7 when one lies within the other, 0.5 if unknown;
 *   <li>summary, weight 0.3: the likeness of the summaries (Dice coefficient of letter trigrams,
 *       case and accents aside).
 * </ul>
 *
 * <p>An event's bounds, place and participants are the modeller's fields and the timing,
 * location and positive participation claims of the story on it. Pairs scoring at least the
 * threshold (0.6 by default) are suggested, best first. Comparing every pair of a type is
 * quadratic in the number of events of that type: meant for stories of thousands of events.
 *
 * <p>Immutable and thread-safe.
 */
public final class DuplicateMatcher {

  private static final DuplicateMatcher DEFAULT = new DuplicateMatcher(0.6);

  private final double threshold;

  private DuplicateMatcher(double threshold) {
    this.threshold = threshold;
  }

  /**
   * Returns the matcher with the default threshold, 0.6.
   *
   * @return the matcher, not null
   */
  public static DuplicateMatcher defaults() {
    return DEFAULT;
  }

  /**
   * Returns a matcher suggesting pairs that score at least the threshold.
   *
   * @param threshold  in [0, 1]
   * @return the matcher, not null
   * @throws IllegalArgumentException if the threshold is outside [0, 1]
   */
  public static DuplicateMatcher withThreshold(double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("Threshold " + threshold + " is out of range: expected 0 to 1");
    }
    return new DuplicateMatcher(threshold);
  }

  /**
   * Returns the threshold.
   *
   * @return in [0, 1]
   */
  public double threshold() {
    return threshold;
  }

  /**
   * Suggests likely duplicate events of a story.
   *
   * @param story  the story, not null
   * @return the suggestions, best score first, then by event ids, not null
   */
  public List<DuplicateSuggestion> suggest(Story story) {
    requireNonNull(story, "story");
    Map<EventId, Profile> profiles = profiles(story);
    Set<ClaimKey> spoken = new HashSet<>();
    for (Assertion a : story.assertions()) {
      if (a.claim().type() == ClaimType.SAME_AS) {
        spoken.add(a.claim().key());
      }
    }
    Map<PlaceId, PlaceId> within = new HashMap<>();
    for (Place p : story.places()) {
      p.within().ifPresent(w -> within.put(p.id(), w));
    }
    Map<EventType, List<Profile>> byType = new LinkedHashMap<>();
    for (Profile p : profiles.values()) {
      byType.computeIfAbsent(p.event.type(), t -> new ArrayList<>()).add(p);
    }
    List<DuplicateSuggestion> suggestions = new ArrayList<>();
    for (List<Profile> block : byType.values()) {
      for (int i = 0; i < block.size(); i++) {
        for (int j = i + 1; j < block.size(); j++) {
          Profile a = block.get(i).event.id().compareTo(block.get(j).event.id()) < 0 ? block.get(i) : block.get(j);
          Profile b = a == block.get(i) ? block.get(j) : block.get(i);
          if (!spoken.contains(new Claim.SameAs(a.event.id(), b.event.id()).key())) {
            compare(a, b, within).filter(s -> s.score() >= threshold).ifPresent(suggestions::add);
          }
        }
      }
    }
    suggestions.sort((x, y) -> x.score() != y.score() ? Double.compare(y.score(), x.score())
        : x.event().compareTo(y.event()) != 0 ? x.event().compareTo(y.event()) : x.other().compareTo(y.other()));
    return ImmutableList.copyOf(suggestions);
  }

  /** What the story says of one event. */
  private static final class Profile {
    final Event event;
    final List<TimeBounds> bounds = new ArrayList<>();
    final Set<PlaceId> places = new TreeSet<>(Comparator.comparing(PlaceId::value));
    final Set<ActorId> actors = new TreeSet<>(Comparator.comparing(ActorId::value));
    final String trigramText;

    Profile(Event event) {
      this.event = event;
      event.when().ifPresent(bounds::add);
      event.place().ifPresent(places::add);
      for (Participant p : event.participants()) {
        actors.add(p.actor());
      }
      this.trigramText = normalize(event.summary());
    }
  }

  private static Map<EventId, Profile> profiles(Story story) {
    Map<EventId, Profile> profiles = new LinkedHashMap<>();
    for (Event e : story.events()) {
      profiles.put(e.id(), new Profile(e));
    }
    for (Assertion a : story.assertions()) {
      Profile p = profiles.get(a.claim().event());
      if (p == null || a.factuality().polarity() != Polarity.POSITIVE) {
        continue;
      }
      if (a.claim() instanceof Claim.Timing t) {
        p.bounds.add(t.when());
      } else if (a.claim() instanceof Claim.Location l) {
        p.places.add(l.place());
      } else if (a.claim() instanceof Claim.Participation pa) {
        p.actors.add(pa.actor());
      }
    }
    return profiles;
  }

  private static Optional<DuplicateSuggestion> compare(Profile a, Profile b, Map<PlaceId, PlaceId> within) {
    List<String> reasons = new ArrayList<>();
    reasons.add("same type " + a.event.type());
    double time = 0.5;
    if (!a.bounds.isEmpty() && !b.bounds.isEmpty()) {
      TimeBounds x = a.bounds.get(0);
      TimeBounds y = b.bounds.get(0);
      if (!Values.compatible(x, y)) {
        return Optional.empty();
      }
      time = 1;
      reasons.add("bounds overlap: " + x + " and " + y);
    }
    double place = placeScore(a, b, within, reasons);
    if (place < 0) {
      return Optional.empty();
    }
    double participants = 0.5;
    if (!a.actors.isEmpty() && !b.actors.isEmpty()) {
      Set<ActorId> shared = new TreeSet<>(Comparator.comparing(ActorId::value));
      shared.addAll(a.actors);
      shared.retainAll(b.actors);
      Set<ActorId> all = new HashSet<>(a.actors);
      all.addAll(b.actors);
      participants = (double) shared.size() / all.size();
      if (!shared.isEmpty()) {
        reasons.add("shared participants: " + String.join(", ", shared.stream().map(ActorId::value).toList()));
      }
    }
    double summary = dice(a.trigramText, b.trigramText);
    if (summary >= 0.3) {
      reasons.add("similar summaries (" + Weight.number(summary) + ")");
    }
    double score = 0.25 * time + 0.25 * participants + 0.2 * place + 0.3 * summary;
    return Optional.of(new DuplicateSuggestion(a.event.id(), b.event.id(), Math.min(1, score), reasons));
  }

  /** Returns the place signal, or -1 if the places are apart. */
  private static double placeScore(Profile a, Profile b, Map<PlaceId, PlaceId> within, List<String> reasons) {
    if (a.places.isEmpty() || b.places.isEmpty()) {
      return 0.5;
    }
    PlaceId x = a.places.iterator().next();
    PlaceId y = b.places.iterator().next();
    if (x.equals(y)) {
      reasons.add("same place " + x);
      return 1;
    }
    Optional<PlaceId> inner = Values.inner(x, y, within);
    if (inner.isEmpty()) {
      return -1;
    }
    PlaceId outer = inner.get().equals(x) ? y : x;
    reasons.add(inner.get() + " lies within " + outer);
    return 0.7;
  }

  private static String normalize(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return " " + decomposed.replaceAll("\\p{M}+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
  }

  /** Returns the Dice coefficient of the letter trigrams of two normalized texts. */
  static double dice(String a, String b) {
    Map<String, Integer> grams = new HashMap<>();
    for (int i = 0; i + 3 <= a.length(); i++) {
      grams.merge(a.substring(i, i + 3), 1, Integer::sum);
    }
    int total = Math.max(0, a.length() - 2) + Math.max(0, b.length() - 2);
    int shared = 0;
    for (int i = 0; i + 3 <= b.length(); i++) {
      Integer c = grams.get(b.substring(i, i + 3));
      if (c != null && c > 0) {
        shared++;
        grams.put(b.substring(i, i + 3), c - 1);
      }
    }
    return total == 0 ? 0 : 2.0 * shared / total;
  }
}
