package io.github.eventline.timeline;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Iterables;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.AssertionLink;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.EventId;
import io.github.eventline.core.LinkType;
import io.github.eventline.core.Participant;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.internal.AssertionPositions;
import io.github.eventline.core.internal.StoryAccess;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.reconcile.ImpliedOccurrence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The work of one {@link Reconciliation}: the editor's assertions, supersession, the merging of
 * duplicate events, the grouping of assertions by key, and the judging of each group and the
 * estimation of trust. Made for one reconciliation and dropped with it; not thread-safe.
 */
final class Reconciler {
  private static final int MAX_ID_LENGTH = 200;

  /** How many events {@link #noteWhensLazily} reads ahead. */
  private static final int EVENT_BLOCK = 512;

  /** In the groups of an assertion by position: alone on its question, judged without a group. */
  private static final int ALONE = -2;

  final Story story;
  final ReconciliationPolicy policy;
  private final Map<AssertionId, AssertionId> supersededBy = new HashMap<>();
  /**
   * {@link #supersededBy} by the superseded assertion itself: every superseded assertion is one
   * of the story's (the story checks what {@code supersedes} names, and a retraction counts only
   * for a statement of the story), so an assertion is looked up without hashing its id.
   */
  private final Map<Assertion, AssertionId> supersededObjects = new java.util.IdentityHashMap<>();
  final List<Assertion> implicit = new ArrayList<>();
  /** The position in {@link #implicit} of each checked id of the editor's assertions. */
  private final Map<String, Integer> lastImplicit = new HashMap<>();
  final Map<SourceId, Double> prior = new HashMap<>();
  private final Map<PlaceId, PlaceId> within = new HashMap<>();
  final Map<EventId, EventId> canonical = new HashMap<>();
  private final boolean editorDeclared;
  /** The story's events, their indices, and the events of each assertion's claim. */
  private final StoryIndex index;
  /** The story's events' ids, by index. */
  private final EventId[] eventIds;
  /** The index of the event of each of the editor's assertions, by position in {@link #implicit}. */
  private int[] implicitEvent = new int[16];
  /** How many entries {@link #implicitEvent} has: the editor's assertions, made or to be made. */
  private int implicitEvents;
  /**
   * True if the editor's assertions, all statements of when (timings and relations only), are
   * made only when a question has other assertions too: their ids are then {@code
   * editor:when:<event>} whatever came before, and {@link #implicitEvent} says which event.
   */
  private boolean lazyWhens;
  /** The index of the canonical event of each event, once duplicates are merged. */
  private int[] canonicalIndex;
  /** True if some assertion of the story has an id the editor's could take: then each is checked. */
  private boolean editorLike;
  /** How many editor's assertions a full reconciliation makes before the next one. */
  private int implicitCount;
  /** The story's sources and the editor, in id order, and the rank of each. */
  private final SourceId[] claimants;
  private final Map<SourceId, Integer> claimantRank = new HashMap<>();
  /** The source of the last {@link #rankOf} lookup, and its rank. */
  private SourceId lastSource;
  private int lastRank;
  /**
   * The position of the source of each of the story's assertions (-1 for the undeclared editor),
   * as the story's validation resolved it, and the rank of each source, by position; both null for
   * a story made without validation, whose assertions' sources are looked up by id.
   */
  private final int[] sourceOf;
  private final int[] rankBySource;
  /** The rank of the editor. */
  private final int editorRank;

  /**
   * Makes the work of one reconciliation.
   *
   * @param timesOnly  true to make, of the editor's assertions, only the {@code when} of events
   *     (with the ids a full reconciliation gives them): enough to judge timings and relations
   */
  Reconciler(Story story, ReconciliationPolicy policy, boolean timesOnly, StoryIndex index) {
    this.story = story;
    this.policy = policy;
    this.editorDeclared = story.source(Source.EDITOR).isPresent();
    // Up-front verdicts read of each event and assertion what the index read for them.
    this.index = index != null ? index : new StoryIndex(story, timesOnly);
    // As the index read them for a timeline; else read now.
    EventId[] known = this.index.ids;
    if (known == null) {
      List<Event> events = this.index.events;
      known = new EventId[events.size()];
      for (int i = 0; i < known.length; i++) {
        known[i] = events.get(i).id();
      }
    }
    this.eventIds = known;
    for (Source s : story.sources()) {
      s.reliability().ifPresent(r -> prior.put(s.id(), r));
    }
    java.util.TreeSet<SourceId> ids = new java.util.TreeSet<>(Comparator.comparing(SourceId::value));
    ids.add(Source.EDITOR);
    for (Source s : story.sources()) {
      ids.add(s.id());
    }
    this.claimants = ids.toArray(new SourceId[0]);
    for (int k = 0; k < claimants.length; k++) {
      claimantRank.put(claimants[k], k);
    }
    this.editorRank = claimantRank.get(Source.EDITOR);
    AssertionPositions resolved = StoryAccess.get().assertionPositions(story);
    if (resolved != null) {
      List<Source> sources = story.sources();
      int[] rankBySource = new int[sources.size()];
      for (int s = 0; s < rankBySource.length; s++) {
        rankBySource[s] = claimantRank.get(sources.get(s).id());
      }
      this.sourceOf = resolved.source();
      this.rankBySource = rankBySource;
    } else {
      this.sourceOf = null;
      this.rankBySource = null;
    }
    for (Place p : story.places()) {
      p.within().ifPresent(w -> within.put(p.id(), w));
    }
    findSupersessions(!timesOnly);
    editorAssertions(timesOnly);
  }

  /**
   * Finds the supersessions, and whether some assertion has an id the editor's could take; if
   * {@code scanIds} is false, the ids are not read and each id the editor's assertions take is
   * checked against the story's instead (right when few of them are made).
   */
  private void findSupersessions(boolean scanIds) {
    boolean editorLike = !scanIds;
    List<Assertion> assertions = story.assertions();
    for (int k = 0; scanIds && !editorLike && k < assertions.size(); k++) {
      editorLike = assertions.get(k).id().value().startsWith("editor:");
    }
    // Only the assertions the index found superseding or linking: most stories have few.
    for (int p : index.linking) {
      Assertion a = assertions.get(p);
      for (AssertionId earlier : a.supersedes()) {
        supersede(earlier, a.id());
      }
      for (AssertionLink link : a.links()) {
        if (link.type() == LinkType.RETRACTS
            && story.assertion(link.assertion()).map(t -> t.source().equals(a.source())).orElse(false)) {
          supersede(link.assertion(), a.id());
        }
      }
    }
    this.editorLike = editorLike;
    supersededBy.forEach((earlier, later) -> story.assertion(earlier).ifPresent(x -> supersededObjects.put(x, later)));
  }

  private void supersede(AssertionId earlier, AssertionId later) {
    supersededBy.merge(earlier, later, (x, y) -> x.compareTo(y) <= 0 ? x : y);
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

  /** Returns the editor's assertion at a position of its own, made now if made only when needed. */
  private Assertion implicitAt(int k) {
    if (!lazyWhens) {
      return implicit.get(k);
    }
    Event e = index.events.get(implicitEvent[k]);
    return editor("when", e.id(), "", implicitEvent[k], new Claim.Timing(e.id(), e.when().orElseThrow()), false);
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

  private Iterable<Assertion> all() {
    return Iterables.concat(story.assertions(), implicit);
  }

  /** Returns how many of the editor's assertions there are, made or to be made. */
  private int implicitSize() {
    return implicitEvents;
  }

  private Optional<AssertionId> superseded(Assertion a) {
    return supersededBy.isEmpty() ? Optional.empty() : Optional.ofNullable(supersededObjects.get(a));
  }

  private Optional<TimeBounds> stated(Assertion a) {
    return a.source().equals(Source.EDITOR) && !editorDeclared ? Optional.empty() : story.statedTime(a);
  }

  void mergeDuplicates() {
    Map<ClaimKey, ClaimAccumulator> sameAs = new HashMap<>();
    List<Assertion> assertions = story.assertions();
    byte[] types = index.type;
    int sameAsType = ClaimType.SAME_AS.ordinal();
    for (int p = 0; p < types.length; p++) {
      if (types[p] == sameAsType) {
        Assertion a = assertions.get(p);
        ClaimKey key = a.claim().key();
        sameAs.computeIfAbsent(key, ClaimAccumulator::of)
            .add(a, stated(a), superseded(a), !a.claim().event().equals(key.event()));
      }
    }
    Map<EventId, EventId> parent = new HashMap<>();
    for (ClaimAccumulator acc : sameAs.values()) {
      Verdict v = acc.verdict(policy, prior, within);
      if (v.isAccepted()) {
        union(parent, acc.key().event(), acc.key().other().orElseThrow());
      }
    }
    for (EventId e : parent.keySet()) {
      EventId root = find(parent, e);
      if (!root.equals(e)) {
        canonical.put(e, root);
      }
    }
  }

  private static EventId find(Map<EventId, EventId> parent, EventId e) {
    EventId root = e;
    for (EventId p = parent.get(root); p != null && !p.equals(root); p = parent.get(root)) {
      root = p;
    }
    for (EventId x = e; !x.equals(root); ) {
      EventId next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  /** Joins two classes; the smaller id becomes the root, so that the canonical id is the smallest. */
  private static void union(Map<EventId, EventId> parent, EventId a, EventId b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    EventId ra = find(parent, a);
    EventId rb = find(parent, b);
    if (!ra.equals(rb)) {
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  ImmutableMap<EventId, ImmutableSortedSet<EventId>> classes() {
    Map<EventId, ImmutableSortedSet.Builder<EventId>> builders = new TreeMap<>();
    for (Map.Entry<EventId, EventId> e : canonical.entrySet()) {
      builders.computeIfAbsent(e.getValue(), k -> ImmutableSortedSet.<EventId>naturalOrder().add(k)).add(e.getKey());
    }
    ImmutableMap.Builder<EventId, ImmutableSortedSet<EventId>> classes = ImmutableMap.builder();
    builders.forEach((k, v) -> classes.put(k, v.build()));
    return classes.buildOrThrow();
  }

  /**
   * Groups the assertions by the key they are judged under: the occurred question of every
   * (merged) event, then the story's assertions and the editor's. The keys are matched by the
   * index of their event and the rest of the key, not hashed whole: no key is made per assertion.
   */
  ClaimGroups group() {
    List<Assertion> assertions = story.assertions();
    int stories = assertions.size();
    int count = stories + implicitSize();
    // Sized for about two assertions per question beside the occurred ones; grows if need be.
    ClaimGroups made = new ClaimGroups(eventIds.length + count / 2);
    int[] canon = canonicalIndex();
    // The occurred group of each canonical event, for the supports rule 1 implies.
    int[] occurredGroup = new int[eventIds.length];
    for (int i = 0; i < eventIds.length; i++) {
      int c = canon[i];
      occurredGroup[c] = made.findOrAdd(ClaimGroups.pack(ClaimType.OCCURRED, c, -1), null, c, -1 - c);
    }
    // First the group of each assertion, so that each accumulation is made to its size.
    int[] groupOf = new int[count];
    BitSet reversedAt = new BitSet();
    ClaimType[] types = ClaimType.values();
    for (int position = 0; position < count; position++) {
      boolean own = position < stories;
      Claim claim = own ? null : implicitAt(position - stories).claim();
      ClaimType type = own ? types[index.type[position]] : claim.type();
      int e = own ? index.event[position] : implicitEvent[position - stories];
      int event;
      int other = -1;
      Object rest = null;
      if (type == ClaimType.RELATION || type == ClaimType.SAME_AS) {
        int o = index.other[position];
        int ce = canon[e];
        int co = canon[o];
        boolean first;
        if (type == ClaimType.SAME_AS || ce == co) {
          // The key as stated: same-as claims are never merged, nor a relation within one event.
          first = eventIds[e].compareTo(eventIds[o]) <= 0;
          event = first ? e : o;
          other = first ? o : e;
        } else {
          first = eventIds[co].compareTo(eventIds[ce]) >= 0;
          event = first ? ce : co;
          other = first ? co : ce;
        }
        if (!first) {
          reversedAt.set(position);
        }
      } else {
        event = canon[e];
        if (type == ClaimType.PARTICIPATION || type == ClaimType.QUANTITY) {
          if (claim == null) {
            claim = assertions.get(position).claim();
          }
          rest = type == ClaimType.PARTICIPATION ? ((Claim.Participation) claim).actor() : ((Claim.Quantity) claim).measure();
        }
      }
      int g = made.findOrAdd(ClaimGroups.pack(type, event, other), rest, event, position);
      groupOf[position] = g;
      made.count[g]++;
    }
    // Rule 1: the occurred questions each story assertion implies, as {position, group} pairs.
    int[] wholes = wholeOf();
    long[] implied = new long[16];
    int impliedCount = 0;
    for (int position = 0; position < stories; position++) {
      int[] implying = impliedEvents(position, wholes);
      for (int k = 1; k <= implying[0]; k++) {
        int g = occurredGroup[implying[k]];
        made.count[g]++;
        if (impliedCount == implied.length) {
          implied = Arrays.copyOf(implied, 2 * impliedCount);
        }
        implied[impliedCount++] = (long) position << 32 | g;
      }
    }
    made.accumulators = new ClaimAccumulator[made.size];
    for (int g = 0; g < made.size; g++) {
      int first = made.first[g];
      ClaimKey key = first < 0 ? ClaimKey.occurred(eventIds[-1 - first]) : canonicalize(at(first).claim().key());
      made.accumulators[g] = ClaimAccumulator.of(key, made.count[g]);
    }
    accumulate(made, groupOf, reversedAt::get);
    for (int k = 0; k < impliedCount; k++) {
      int position = (int) (implied[k] >>> 32);
      Assertion a = at(position);
      int rank = rankOf(position, a);
      made.accumulators[(int) implied[k]].addImplied(a, stated(a), superseded(a), position, rank);
    }
    return made;
  }

  /**
   * Groups the timing and relation assertions by the key they are judged under, as {@link
   * #group()} does, leaving out what does not change which of the story's assertions are
   * accepted: the questions no assertion of the story answers (only the editor's statements of
   * when), and the accumulation of a question one assertion alone answers (a single, judged by
   * {@link Judgement#acceptsAlone}). Timings are grouped by an array over the events and relations
   * by a list of groups per first event: no table, and no id compared but for the questions of
   * several assertions.
   */
  ClaimGroups groupTimesAndRelations() {
    List<Assertion> assertions = story.assertions();
    int stories = assertions.size();
    int count = stories + implicitSize();
    int n = eventIds.length;
    boolean merged = !canonical.isEmpty();
    int[] canon = merged ? canonicalIndex() : null;
    byte[] types = index.type;
    int[] events = index.event;
    int[] others = index.other;
    int timing = ClaimType.TIMING.ordinal();
    int relation = ClaimType.RELATION.ordinal();
    ClaimGroups made = new ClaimGroups(16);
    // The group + 1 of the timing question of each event; 0 if none.
    int[] timingGroup = new int[n];
    int[] groupOf = new int[count];
    // The relations are grouped by their first event (by index): counted per event first, then
    // placed in a bucket per event as {other, position}, then each bucket sorted. Each step reads
    // the assertions in order and touches one small array per event, where following a chain of
    // questions per event went to memory at random for most relations.
    int[] bucketStart = new int[n + 1];
    int relations = 0;
    for (int position = 0; position < stories; position++) {
      int type = types[position];
      if (type == timing) {
        int event = merged ? canon[events[position]] : events[position];
        int g = timingGroup[event] - 1;
        if (g < 0) {
          g = made.append(ClaimGroups.pack(ClaimType.TIMING, event, -1), event, position);
          timingGroup[event] = g + 1;
        }
        groupOf[position] = g;
        made.count[g]++;
      } else if (type == relation) {
        bucketStart[firstEvent(events[position], others[position], canon, merged) + 1]++;
        relations++;
      } else {
        groupOf[position] = -1;
      }
    }
    if (relations > 0) {
      for (int e = 0; e < n; e++) {
        bucketStart[e + 1] += bucketStart[e];
      }
      int[] fill = Arrays.copyOf(bucketStart, n);
      // {other, position} of each relation, by bucket, each in position order.
      long[] bucket = new long[relations];
      for (int position = 0; position < stories; position++) {
        if (types[position] == relation) {
          int e = events[position];
          int o = others[position];
          int event = firstEvent(e, o, canon, merged);
          int ce = merged ? canon[e] : e;
          int co = merged ? canon[o] : o;
          int other = ce == co ? Math.max(e, o) : Math.max(ce, co);
          bucket[fill[event]++] = (long) other << 32 | position;
        }
      }
      for (int event = 0; event < n; event++) {
        int from = bucketStart[event];
        int to = bucketStart[event + 1];
        // In position order already: sorted by other, those on one question stay in position order.
        if (to - from > 32) {
          Arrays.sort(bucket, from, to);
        } else {
          for (int k = from + 1; k < to; k++) {
            long x = bucket[k];
            int j = k - 1;
            while (j >= from && bucket[j] > x) {
              bucket[j + 1] = bucket[j];
              j--;
            }
            bucket[j + 1] = x;
          }
        }
        for (int k = from; k < to; ) {
          long other = bucket[k] >>> 32;
          int end = k + 1;
          while (end < to && bucket[end] >>> 32 == other) {
            end++;
          }
          if (end - k == 1) {
            // Alone on its question (the editor states no relation): judged alone, no group made.
            groupOf[(int) bucket[k]] = ALONE;
          } else {
            int g = made.append(ClaimGroups.pack(ClaimType.RELATION, event, (int) other), event, (int) bucket[k]);
            for (; k < end; k++) {
              groupOf[(int) bucket[k]] = g;
              made.count[g]++;
            }
          }
          k = end;
        }
      }
    }
    // The editor's statements of when count only on a question the story's assertions answer too.
    for (int position = stories; position < count; position++) {
      int event = implicitEvent[position - stories];
      int g = timingGroup[merged ? canon[event] : event] - 1;
      groupOf[position] = g;
      if (g >= 0) {
        made.count[g]++;
      }
    }
    made.accumulators = new ClaimAccumulator[made.size];
    for (int g = 0; g < made.size; g++) {
      if (made.count[g] > 1) {
        made.accumulators[g] = ClaimAccumulator.of(canonicalize(at(made.first[g]).claim().key()), made.count[g]);
      }
    }
    accumulate(made, groupOf, this::isReversed);
    return made;
  }

  /**
   * The first event (by index) of a relation's key, as {@link #groupTimesAndRelations} groups
   * it: as stated for a relation within one (merged) event, else between canonical events.
   */
  private static int firstEvent(int e, int o, int[] canon, boolean merged) {
    if (!merged) {
      return Math.min(e, o);
    }
    int ce = canon[e];
    int co = canon[o];
    return ce == co ? Math.min(e, o) : Math.min(ce, co);
  }

  /**
   * Checks if a relation or same-as assertion is reversed against its key: if its claim's first
   * event is not the key's, as {@link #group()} orders the key's events by id.
   */
  private boolean isReversed(int position) {
    if (position >= story.assertions().size() || index.other[position] < 0) {
      return false;
    }
    int e = index.event[position];
    int o = index.other[position];
    int[] canon = canonicalIndex();
    int ce = canon[e];
    int co = canon[o];
    if (index.type[position] == ClaimType.SAME_AS.ordinal() || ce == co) {
      return eventIds[e].compareTo(eventIds[o]) > 0;
    }
    return eventIds[co].compareTo(eventIds[ce]) < 0;
  }

  /**
   * Adds each grouped assertion to its group's accumulation, or notes it as a single if its group
   * has none.
   */
  private void accumulate(ClaimGroups made, int[] groupOf, java.util.function.IntPredicate reversed) {
    List<Optional<TimeBounds>> published = publishedByClaimant();
    for (int position = 0; position < groupOf.length; position++) {
      int g = groupOf[position];
      if (g < 0) {
        if (g == ALONE) {
          made.single(position);
        }
        continue;
      }
      ClaimAccumulator acc = made.accumulators[g];
      if (acc == null) {
        made.single(position);
        continue;
      }
      Assertion a = at(position);
      int rank = rankOf(position, a);
      Optional<TimeBounds> publication = rank < 0 ? null : published.get(rank);
      Optional<TimeBounds> stated = rank < 0 ? stated(a)
          : publication == null ? Optional.empty() : a.stated().isPresent() ? a.stated() : publication;
      acc.add(a, stated, superseded(a), reversed.test(position), position, rank);
    }
  }

  /** Returns the assertion at a position of {@link #all()}. */
  private Assertion at(int position) {
    List<Assertion> assertions = story.assertions();
    return position < assertions.size() ? assertions.get(position) : implicitAt(position - assertions.size());
  }

  /** Returns the rank of the claimant of the assertion at a position of {@link #all()}, -1 if none. */
  private int rankOf(int position, Assertion a) {
    if (sourceOf == null || position >= sourceOf.length) {
      // a story made without validation, or one of the editor's own assertions
      return rankOf(a);
    }
    int source = sourceOf[position];
    return source < 0 ? editorRank : rankBySource[source];
  }

  private int rankOf(Assertion a) {
    SourceId source = a.source();
    if (!source.equals(lastSource)) {
      // Assertions come in runs of one source, whose ids often share their string: the last
      // lookup is kept.
      Integer claimant = claimantRank.get(source);
      lastRank = claimant != null ? claimant : -1;
      lastSource = source;
    }
    return lastRank;
  }

  /**
   * Returns the publication of each claimant by rank, as {@link #stated} reads it for an assertion
   * with no stated time of its own; null for the editor when the story does not declare it.
   */
  private List<Optional<TimeBounds>> publishedByClaimant() {
    List<Optional<TimeBounds>> published = new ArrayList<>(claimants.length);
    for (SourceId claimant : claimants) {
      published.add(claimant.equals(Source.EDITOR) && !editorDeclared
          ? null : story.source(claimant).flatMap(Source::published));
    }
    return published;
  }

  /** Returns the index of the canonical event of each event. */
  private int[] canonicalIndex() {
    if (canonicalIndex == null) {
      int[] canon = new int[eventIds.length];
      for (int i = 0; i < canon.length; i++) {
        // Without merged duplicates, each event is its own: no lookup of a million ids.
        EventId c = canonical.isEmpty() ? null : canonical.get(eventIds[i]);
        canon[i] = c == null ? i : index.index.indexOf(c);
      }
      canonicalIndex = canon;
    }
    return canonicalIndex;
  }

  /** Feeds the questions and assertions as {@link #group(boolean)} groups them; see {@link Reconciliation#feed}. */
  void feed(Reconciliation.Feed feed) {
    for (Event e : story.events()) {
      EventId id = canonical.getOrDefault(e.id(), e.id());
      feed.question(ClaimKey.occurred(id));
    }
    for (Assertion a : all()) {
      Claim claim = a.claim();
      ClaimKey original = claim.key();
      ClaimKey key = canonicalize(original);
      EventId first = key == original ? claim.event() : canonical.getOrDefault(claim.event(), claim.event());
      feed.add(key, a, stated(a), superseded(a), isPair(claim) && !first.equals(key.event()));
    }
    List<Assertion> assertions = story.assertions();
    int[] wholes = wholeOf();
    for (int position = 0; position < assertions.size(); position++) {
      int[] implying = impliedEvents(position, wholes);
      for (int k = 1; k <= implying[0]; k++) {
        Assertion a = assertions.get(position);
        feed.implied(ClaimKey.occurred(eventIds[implying[k]]), a, stated(a), superseded(a));
      }
    }
  }

  /**
   * Returns the canonical index of the whole each event is part of, by the canonical index of the
   * part (-1 if none), or null if no event is part of another.
   */
  private int[] wholeOf() {
    List<Event> events = index.events;
    int[] canon = canonicalIndex();
    int[] wholes = null;
    for (int i = 0; i < events.size(); i++) {
      Optional<EventId> whole = events.get(i).partOf();
      if (whole.isPresent()) {
        if (wholes == null) {
          wholes = new int[events.size()];
          Arrays.fill(wholes, -1);
        }
        int w = index.index.indexOf(whole.get());
        if (w >= 0 && canon[w] != canon[i]) {
          wholes[canon[i]] = canon[w];
        }
      }
    }
    return wholes;
  }

  private static final int[] NO_EVENTS = {0};
  private static final ClaimType[] TYPES = ClaimType.values();
  /** The events an assertion implies, as {@link ImpliedOccurrence#events} writes them; reused. */
  private int[] implying = new int[5];

  private static final java.util.function.IntUnaryOperator NO_WHOLE = x -> -1;

  /**
   * Returns the canonical indices of the events whose occurrence the story's assertion at a
   * position implies ({@link ImpliedOccurrence}): their count first, then the indices; a count of
   * 0 for most. The array is reused by the next call.
   */
  private int[] impliedEvents(int position, int[] wholes) {
    int type = index.type[position];
    if (type == ClaimType.SAME_AS.ordinal() || type == ClaimType.OCCURRED.ordinal() && wholes == null) {
      return NO_EVENTS;
    }
    Assertion a = story.assertions().get(position);
    // The source as the story's validation resolved it, when it did: no id compared.
    boolean editors = sourceOf != null ? sourceOf[position] < 0 || rankBySource[sourceOf[position]] == editorRank
        : a.source().equals(Source.EDITOR);
    if (!ImpliedOccurrence.implies(TYPES[type], a.factuality().polarity(), editors)
        || type == ClaimType.TIMING.ordinal() && ImpliedOccurrence.isForecast(a.claim(), stated(a))) {
      return NO_EVENTS;
    }
    int[] canon = canonicalIndex();
    int e = canon[index.event[position]];
    int o = index.other[position] < 0 ? -1 : canon[index.other[position]];
    implying = ImpliedOccurrence.events(TYPES[type], e, o == e ? -1 : o,
        wholes == null ? NO_WHOLE : x -> wholes[x], eventIds.length, implying);
    return implying;
  }

  private static boolean isPair(Claim claim) {
    return claim.type() == ClaimType.RELATION || claim.type() == ClaimType.SAME_AS;
  }

  /** Returns the key once merged events are known by their canonical id; the same key if unchanged. */
  private ClaimKey canonicalize(ClaimKey key) {
    if (canonical.isEmpty() || key.type() == ClaimType.SAME_AS) {
      return key;
    }
    EventId e = canonical.getOrDefault(key.event(), key.event());
    if (key.other().isPresent()) {
      EventId o = canonical.getOrDefault(key.other().get(), key.other().get());
      if (o.equals(e) || e.equals(key.event()) && o.equals(key.other().get())) {
        return key;
      }
      boolean swap = o.compareTo(e) < 0;
      return new ClaimKey(key.type(), swap ? o : e, Optional.of(swap ? e : o), key.actor(), key.measure());
    }
    return e.equals(key.event()) ? key : new ClaimKey(key.type(), e, key.other(), key.actor(), key.measure());
  }

  /**
   * Judges every group; orders the verdicts by the story's order of their key's event, then by
   * key. A counting sort by event, as sorting half a million keys outright costs more than
   * judging them. With {@code accepted}, sets the position (in {@link #all()}) of each assertion
   * that supports an accepted verdict. {@code explaining} says how the verdicts get their
   * explanation ({@link Judgement#EAGER}...); with {@link Judgement#NONE} no verdict is returned.
   */
  List<Verdict> judge(
      ClaimGroups groups, Map<SourceId, Double> trust, BitSet accepted, int explaining, List<LinkConflict> conflicts) {
    int count = groups.size;
    // The reliability of each claimant as a judgement reads it from the map, once per pass.
    double[] byClaimant = new double[claimants.length];
    for (int k = 0; k < claimants.length; k++) {
      Double r = trust.get(claimants[k]);
      byClaimant[k] = r != null ? r
          : claimants[k].equals(Source.EDITOR) ? policy.editorReliability() : policy.defaultReliability();
    }
    Judgement judgement = new Judgement(policy, trust, within, byClaimant).explaining(explaining).reportingTo(conflicts);
    if (explaining == Judgement.NONE) {
      // Only which assertions are accepted is wanted: no order, and a question one assertion
      // alone answers needs no accumulation.
      for (int i = 0; i < count; i++) {
        if (groups.accumulators[i] != null) {
          groups.accumulators[i].verdict(judgement, accepted);
        }
      }
      int[] weighing = index.weighing;
      int stories = story.assertions().size();
      boolean superseding = !supersededBy.isEmpty();
      for (int i = 0; i < groups.singleCount; i++) {
        int position = groups.singles[i];
        if (weighing != null && sourceOf != null && position < stories && !superseding) {
          // What the index read of the assertion, and its source's rank.
          int source = sourceOf[position];
          if (Judgement.acceptsAlone(policy, byClaimant[source < 0 ? editorRank : rankBySource[source]], weighing[position])) {
            accepted.set(position);
          }
          continue;
        }
        Assertion a = at(position);
        int rank = rankOf(position, a);
        double t;
        if (rank >= 0) {
          t = byClaimant[rank];
        } else {
          Double r = trust.get(a.source());
          t = r != null ? r : a.source().equals(Source.EDITOR) ? policy.editorReliability() : policy.defaultReliability();
        }
        if (Judgement.acceptsAlone(policy, t, a, supersededBy.isEmpty() || !supersededObjects.containsKey(a))) {
          accepted.set(position);
        }
      }
      return List.of();
    }
    int[] bucket = groups.bucket;
    int[] start = new int[eventIds.length + 1];
    for (int i = 0; i < count; i++) {
      start[bucket[i] + 1]++;
    }
    for (int b = 1; b < start.length; b++) {
      start[b] += start[b - 1];
    }
    // Judged in the order the groups were made, which follows the story's order, so that the
    // assertions are read about in the order they lie in memory.
    Verdict[] ordered = new Verdict[count];
    int[] next = Arrays.copyOf(start, start.length);
    for (int i = 0; i < count; i++) {
      ordered[next[bucket[i]]++] = groups.accumulators[i].verdict(judgement, accepted);
    }
    for (int b = 0; b + 1 < start.length; b++) {
      sortByKey(ordered, start[b], start[b + 1]);
    }
    return Arrays.asList(ordered);
  }

  /**
   * Sorts a range of verdicts on one event by key; insertion sort for the few verdicts of most
   * events. Their keys' events are equal, so only the rest of the key is compared.
   */
  private static void sortByKey(Verdict[] a, int from, int to) {
    if (to - from > 16) {
      Arrays.sort(a, from, to, Reconciliation.KEY_ORDER);
      return;
    }
    for (int i = from + 1; i < to; i++) {
      Verdict x = a[i];
      int j = i - 1;
      while (j >= from && Reconciliation.compareOnOneEvent(a[j].key(), x.key()) > 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }

  Map<SourceId, Double> estimateTrust(List<Verdict> verdicts) {
    // Sums in key order, so that the story's order of events cannot change the last bits.
    List<Verdict> inKeyOrder = new ArrayList<>(verdicts);
    inKeyOrder.sort(Reconciliation.KEY_ORDER);
    Map<SourceId, double[]> agreement = new HashMap<>();
    for (Verdict v : inKeyOrder) {
      double s = 0;
      double o = 0;
      SourceId one = null;
      boolean several = false;
      for (Weighed w : v.explanation()) {
        if (w.isCounted() && (w.stance() == Stance.SUPPORTS || w.stance() == Stance.OPPOSES)) {
          s += w.stance() == Stance.SUPPORTS ? w.weight() : 0;
          o += w.stance() == Stance.OPPOSES ? w.weight() : 0;
          several |= one != null && !one.equals(w.source());
          one = w.source();
        }
      }
      if (!several || s + o == 0) {
        continue;
      }
      for (Weighed w : v.explanation()) {
        if (w.isCounted() && (w.stance() == Stance.SUPPORTS || w.stance() == Stance.OPPOSES)) {
          double[] sum = agreement.computeIfAbsent(w.source(), k -> new double[2]);
          sum[0] += w.stance() == Stance.SUPPORTS ? s / (s + o) : o / (s + o);
          sum[1] += 1;
        }
      }
    }
    Map<SourceId, Double> trust = new HashMap<>(prior);
    double k = policy.trustPriorStrength();
    agreement.forEach((source, sum) -> {
      if (!source.equals(Source.EDITOR)) {
        double p = priorOf(source);
        trust.put(source, k + sum[1] == 0 ? p : (k * p + sum[0]) / (k + sum[1]));
      }
    });
    return trust;
  }

  private double priorOf(SourceId source) {
    Double p = prior.get(source);
    return p != null ? p : source.equals(Source.EDITOR) ? policy.editorReliability() : policy.defaultReliability();
  }

  Map<SourceId, Double> trustOfAll(Map<SourceId, Double> trust) {
    Map<SourceId, Double> all = new HashMap<>();
    for (Source s : story.sources()) {
      Double t = trust.get(s.id());
      all.put(s.id(), t != null ? t : priorOf(s.id()));
    }
    return all;
  }
}
