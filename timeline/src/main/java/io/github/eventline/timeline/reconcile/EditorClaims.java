package io.github.eventline.timeline.reconcile;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Participant;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.index.StoryIndex;
import io.github.eventline.timeline.Reconciliation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The modeller's own fields on each event as assertions of the implicit source {@link Source#EDITOR}
 * (step 1 of {@link Reconciliation}): the editor's assertions in the story's order, each id checked
 * against the story's and the editor's others, and the event of each; with timings and relations
 * only, the statements of when are made when needed. Made for one {@link Reconciler}; not
 * thread-safe.
 */
final class EditorClaims {
  private static final int MAX_ID_LENGTH = 200;

  /** How many events {@link #noteWhensLazily} reads ahead. */
  private static final int EVENT_BLOCK = 512;

  private final Story story;
  /** The story's events, their indices, and the events of each assertion's claim. */
  private final StoryIndex index;
  /** The editor's assertions made, in the order made; none if made only when needed. */
  final List<Assertion> implicit = new ArrayList<>();
  /** The position in {@link #implicit} of each checked id of the editor's assertions. */
  private final Map<String, Integer> lastImplicit = new HashMap<>();
  /** The index of the event of each of the editor's assertions, by position in {@link #implicit}. */
  int[] implicitEvent = new int[16];
  /** How many entries {@link #implicitEvent} has: the editor's assertions, made or to be made. */
  private int implicitEvents;
  /**
   * True if the editor's assertions, all statements of when (timings and relations only), are
   * made only when a question has other assertions too: their ids are then {@code
   * editor:when:<event>} whatever came before, and {@link #implicitEvent} says which event.
   */
  private boolean lazyWhens;
  /** The statements of when made so far, when made only when needed: each is made once; null until the first. */
  private Assertion[] madeWhens;
  /** True if some assertion of the story has an id the editor's could take: then each is checked. */
  private final boolean editorLike;
  /** How many editor's assertions a full reconciliation makes before the next one. */
  private int implicitCount;

  /**
   * Makes the editor's assertions of a story.
   *
   * @param editorLike  true if some assertion of the story has an id the editor's could take
   * @param timesOnly  true to make only the {@code when} of events (with the ids a full
   *     reconciliation gives them): enough to judge timings and relations
   */
  EditorClaims(Story story, StoryIndex index, boolean editorLike, boolean timesOnly) {
    this.story = story;
    this.index = index;
    this.editorLike = editorLike;
    editorAssertions(timesOnly);
  }

  private void editorAssertions(boolean timesOnly) {
    List<Event> events = story.events();
    if (timesOnly && noteWhensLazily(events)) {
      return;
    }
    // The ids of when and place, "editor:when:<event>", differ from event to event and from every
    // participant's, unless an id too long falls back to a shorter form: only then are they checked.
    boolean longIds = false;
    for (Event e : events) {
      longIds |= e.id().value().length() > MAX_ID_LENGTH - "editor:place:".length();
    }
    // With short ids, the id of a statement of when depends only on the story's ids: it can be
    // made when needed, checked against them then.
    lazyWhens = timesOnly && !longIds;
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (e.when().isPresent()) {
        if (lazyWhens) {
          noteImplicit(i);
          implicitCount++;
        } else {
          addImplicit(editor("when", e.id(), "", i, new Claim.Timing(e.id(), e.when().get()), longIds), longIds, i);
        }
      }
      if (timesOnly) {
        // Counted, not made: the ids of the later ones depend on how many came before.
        implicitCount += (e.place().isPresent() ? 1 : 0) + e.participants().size();
        continue;
      }
      if (e.place().isPresent()) {
        addImplicit(editor("place", e.id(), "", i, new Claim.Location(e.id(), e.place().get()), longIds), longIds, i);
      }
      for (Participant p : e.participants()) {
        addImplicit(editor("participant", e.id(), ":" + p.actor(), i,
            new Claim.Participation(e.id(), p.actor(), p.role()), true), true, i);
      }
    }
  }

  /**
   * Notes the editor's statements of when, to be made when needed, as {@link #editorAssertions}
   * does with short ids, if every event's id is short; else does nothing and returns false. Reads
   * the events by blocks: a first loop loads each event's fields, a second their ids' lengths, so
   * that the loads of one loop do not wait on each other.
   */
  private boolean noteWhensLazily(List<Event> events) {
    int n = events.size();
    int limit = MAX_ID_LENGTH - "editor:place:".length();
    long[] stated = index.stated;
    if (stated != null) {
      // What the index read of the events. The editor's assertions are not counted: with
      // statements of when made when needed, no id is checked against that count.
      if (index.longestId > limit) {
        return false;
      }
      lazyWhens = true;
      for (int i = 0; i < n; i++) {
        if (stated[4 * i] != StoryIndex.UNDATED) {
          noteImplicit(i);
        }
      }
      return true;
    }
    boolean[] dated = new boolean[n];
    String[] ids = new String[Math.min(n, EVENT_BLOCK)];
    int counted = 0;
    for (int from = 0; from < n; from += EVENT_BLOCK) {
      int to = Math.min(n, from + EVENT_BLOCK);
      for (int i = from; i < to; i++) {
        Event e = events.get(i);
        ids[i - from] = e.id().value();
        dated[i] = e.when().isPresent();
        // Counted, not made, as editorAssertions counts them.
        counted += (dated[i] ? 1 : 0) + (e.place().isPresent() ? 1 : 0) + e.participants().size();
      }
      for (int i = from; i < to; i++) {
        if (ids[i - from].length() > limit) {
          return false;
        }
      }
    }
    lazyWhens = true;
    for (int i = 0; i < n; i++) {
      if (dated[i]) {
        noteImplicit(i);
      }
    }
    implicitCount += counted;
    return true;
  }

  private void addImplicit(Assertion a, boolean checked, int event) {
    if (checked) {
      lastImplicit.put(a.id().value(), implicitCount);
    }
    noteImplicit(event);
    implicitCount++;
    implicit.add(a);
  }

  /** Notes the event of the editor's next assertion. */
  private void noteImplicit(int event) {
    if (implicitEvents == implicitEvent.length) {
      implicitEvent = Arrays.copyOf(implicitEvent, implicitEvents * 2);
    }
    implicitEvent[implicitEvents++] = event;
  }

  /** Returns the editor's assertion at a position of its own; made on first need, once, if made only when needed. */
  Assertion implicitAt(int k) {
    if (!lazyWhens) {
      return implicit.get(k);
    }
    if (madeWhens == null) {
      madeWhens = new Assertion[implicitEvents];
    }
    Assertion made = madeWhens[k];
    if (made == null) {
      Event e = index.events.get(implicitEvent[k]);
      made = editor("when", e.id(), "", implicitEvent[k], new Claim.Timing(e.id(), e.when().orElseThrow()), false);
      madeWhens[k] = made;
    }
    return made;
  }

  private Assertion editor(String field, EventId event, String suffix, int index, Claim claim, boolean checked) {
    String base = "editor:" + field + ":" + event + suffix;
    if (base.length() > MAX_ID_LENGTH) {
      base = "editor:" + field + ":" + index + ":" + Integer.toHexString((event + suffix).hashCode());
    }
    AssertionId id = AssertionId.of(base);
    for (int k = 2; editorLike && story.assertion(id).isPresent() || checked && isImplicit(id.value()); k++) {
      id = AssertionId.of(base + ":" + k);
    }
    // As Assertion.builder(id, Source.EDITOR, claim).build() makes it, without the builder.
    return new Assertion(id, Source.EDITOR, Optional.empty(), claim, Factuality.CERTAIN, ImmutableList.of(),
        Optional.empty(), ImmutableList.of(), ImmutableList.of(), Optional.empty(), ImmutableMap.of());
  }

  /**
   * Checks if one of the editor's assertions made so far has an id. Every participant's id (and
   * every id of the long form) is recorded, whatever its event: an actor repeated with two roles,
   * however far apart, and ids that meet across events ({@code editor:participant:a:b:c} for
   * event {@code a} and actor {@code b:c}, or event {@code a:b} and actor {@code c}) each get the
   * next free suffix, in the story's order: deterministic and unique.
   */
  private boolean isImplicit(String id) {
    return lastImplicit.containsKey(id);
  }

  /** Returns the type of the claim of the editor's assertion at a position of its own, without making it. */
  ClaimType implicitType(int k) {
    return lazyWhens ? ClaimType.TIMING : implicit.get(k).claim().type();
  }

  /** Returns how many of the editor's assertions there are, made or to be made. */
  int implicitSize() {
    return implicitEvents;
  }

}
