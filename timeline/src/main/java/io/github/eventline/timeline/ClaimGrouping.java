package io.github.eventline.timeline;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.index.StoryIndex;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The grouping of a reconciliation's assertions by the key they are judged under, each group's
 * {@link ClaimAccumulator} fed with its assertions and the supports of occurrence they imply
 * (steps 4 and 7 of {@link Reconciliation}): every question, or the timings and relations only.
 * Reads the editor's assertions, the merged events and each assertion's claimant and stated time
 * from the {@link Reconciler} it is made for; not thread-safe.
 */
final class ClaimGrouping {
  /** In the groups of an assertion by position: alone on its question, judged without a group. */
  private static final int ALONE = -2;

  private final Reconciler r;
  private final Story story;
  /** The story's events, their indices, and the events of each assertion's claim. */
  private final StoryIndex index;
  /** The story's events' ids, by index. */
  private final EventId[] eventIds;
  /** The canonical id of each merged event that is not its class's. */
  private final Map<EventId, EventId> canonical;
  /** The editor's assertions. */
  private final EditorClaims editor;

  ClaimGrouping(
      Reconciler r, Story story, StoryIndex index, EventId[] eventIds, Map<EventId, EventId> canonical,
      EditorClaims editor) {
    this.r = r;
    this.story = story;
    this.index = index;
    this.eventIds = eventIds;
    this.canonical = canonical;
    this.editor = editor;
  }

  /**
   * Groups the assertions by the key they are judged under: the occurred question of every
   * (merged) event, then the story's assertions and the editor's. The keys are matched by the
   * index of their event and the rest of the key, not hashed whole: no key is made per assertion.
   */
  ClaimGroups group() {
    int[] implicitEvent = editor.implicitEvent;
    List<Assertion> assertions = story.assertions();
    int stories = assertions.size();
    int count = stories + editor.implicitSize();
    // Sized for about two assertions per question beside the occurred ones; grows if need be.
    ClaimGroups made = new ClaimGroups(eventIds.length + count / 2);
    int[] canon = r.canonicalIndex();
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
      Claim claim = own ? null : editor.implicitAt(position - stories).claim();
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
    int[] wholes = r.wholeOf();
    long[] implied = new long[16];
    int impliedCount = 0;
    for (int position = 0; position < stories; position++) {
      int[] implying = r.impliedEvents(position, wholes);
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
      ClaimKey key = first < 0 ? ClaimKey.occurred(eventIds[-1 - first]) : r.canonicalize(r.at(first).claim().key());
      made.accumulators[g] = ClaimAccumulator.of(key, made.count[g]);
    }
    accumulate(made, groupOf, reversedAt::get);
    for (int k = 0; k < impliedCount; k++) {
      int position = (int) (implied[k] >>> 32);
      Assertion a = r.at(position);
      int rank = r.rankOf(position, a);
      made.accumulators[(int) implied[k]].addImplied(a, r.stated(a), r.superseded(a), position, rank);
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
    int[] implicitEvent = editor.implicitEvent;
    List<Assertion> assertions = story.assertions();
    int stories = assertions.size();
    int count = stories + editor.implicitSize();
    int n = eventIds.length;
    boolean merged = !canonical.isEmpty();
    int[] canon = merged ? r.canonicalIndex() : null;
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
        made.accumulators[g] = ClaimAccumulator.of(r.canonicalize(r.at(made.first[g]).claim().key()), made.count[g]);
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
    int[] canon = r.canonicalIndex();
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
    List<Optional<TimeBounds>> published = r.publishedByClaimant();
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
      Assertion a = r.at(position);
      int rank = r.rankOf(position, a);
      Optional<TimeBounds> publication = rank < 0 ? null : published.get(rank);
      Optional<TimeBounds> stated = rank < 0 ? r.stated(a)
          : publication == null ? Optional.empty() : a.stated().isPresent() ? a.stated() : publication;
      acc.add(a, stated, r.superseded(a), reversed.test(position), position, rank);
    }
  }
}
