package io.github.eventline.timeline.reconcile;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.index.StoryIndex;
import io.github.eventline.timeline.Reconciliation;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The grouping of a reconciliation's assertions by the key they are judged under, each group's
 * {@link Accumulation} fed with its assertions and the supports of occurrence they imply
 * (steps 4 and 7 of {@link Reconciliation}): every question, or the timings and relations only.
 * Reads the editor's assertions, the merged events and each assertion's claimant and stated time
 * from the {@link Reconciler} it is made for; not thread-safe.
 */
final class ClaimGrouping {
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

  /** Which questions a grouping makes. */
  enum Questions {
    /** Every question: the occurred question of every (merged) event, and every key asserted. */
    ALL,
    /**
     * The timings and relations only, leaving out what does not change which of the story's
     * assertions are accepted: the questions no assertion of the story answers (only the editor's
     * statements of when), and the accumulation of a question one assertion alone answers (a
     * single, judged by {@link Judgement#acceptsAlone}).
     */
    TIMES_AND_RELATIONS
  }

  /**
   * Groups the assertions (the story's, then the editor's) by the key they are judged under, and
   * feeds each group's accumulation with them, the supports of occurrence they imply (rule 1) and
   * the statements links lend across questions (rule 4), for {@link Questions#ALL}.
   *
   * <p>One sort, no table: each assertion is placed in the bucket of its key's first event (a
   * counting sort over the events), and each bucket is sorted by the rest of the key (type, other
   * event, actor or measure, then position); each run of equal keys is a group. O(n + e) for
   * {@code n} assertions and {@code e} events, plus the sorts of the buckets, small in news (a few
   * questions per event); no key is made, hashed or compared whole.
   */
  ClaimGroups group(Questions questions) {
    boolean all = questions == Questions.ALL;
    List<Assertion> assertions = story.assertions();
    int stories = assertions.size();
    int count = stories + editor.implicitSize();
    int n = eventIds.length;
    int[] canon = r.canonicalIndex();
    int timing = ClaimType.TIMING.ordinal();
    int relation = ClaimType.RELATION.ordinal();
    // The key of each assertion: its first event (the bucket; -1 if left out), type and other event.
    int[] bucketOf = new int[count];
    byte[] typeOf = new byte[count];
    int[] otherOf = new int[count];
    BitSet reversedAt = new BitSet(count);
    int[] start = new int[n + 1];
    for (int position = 0; position < count; position++) {
      boolean own = position < stories;
      int type = own ? index.type[position] : editor.implicitType(position - stories).ordinal();
      if (!all && type != timing && type != relation) {
        bucketOf[position] = -1;
        continue;
      }
      int e = own ? index.event[position] : editor.implicitEvent[position - stories];
      int event;
      int other = -1;
      if (type == relation || type == ClaimType.SAME_AS.ordinal()) {
        int o = index.other[position];
        int ce = canon[e];
        int co = canon[o];
        boolean first;
        if (type != relation || ce == co) {
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
      }
      bucketOf[position] = event;
      typeOf[position] = (byte) type;
      otherOf[position] = other;
      start[event + 1]++;
    }
    for (int b = 0; b < n; b++) {
      start[b + 1] += start[b];
    }
    int[] sorted = new int[start[n]];
    int[] fill = Arrays.copyOf(start, n);
    for (int position = 0; position < count; position++) {
      if (bucketOf[position] >= 0) {
        sorted[fill[bucketOf[position]]++] = position;
      }
    }
    // Sized for about two assertions per question beside the occurred ones; grows if need be.
    ClaimGroups made = new ClaimGroups(all ? n + count / 2 : 16);
    int[] groupOf = new int[count];
    Arrays.fill(groupOf, -1);
    int[] occurredGroup = all ? new int[n] : null;
    for (int b = 0; b < n; b++) {
      int from = start[b];
      int to = start[b + 1];
      sortByKey(sorted, from, to, typeOf, otherOf);
      if (all && canon[b] == b && (from == to || typeOf[sorted[from]] != ClaimType.OCCURRED.ordinal())) {
        // Every (merged) event has its occurred question, asserted or not.
        occurredGroup[b] = made.append(b, -1 - b);
      }
      for (int k = from; k < to; ) {
        int end = k + 1;
        while (end < to && compareKeys(sorted[k], sorted[end], typeOf, otherOf) == 0) {
          end++;
        }
        if (all || sorted[k] < stories) {
          // Timings and relations: the editor's statements of when count only on a question the
          // story's assertions answer too; a question of one assertion is judged alone.
          int g = all || end - k > 1 ? made.append(b, sorted[k]) : -1;
          for (int j = k; j < end; j++) {
            groupOf[sorted[j]] = g;
            if (g < 0) {
              made.single(sorted[j]);
            } else {
              made.count[g]++;
            }
          }
          if (all && typeOf[sorted[k]] == ClaimType.OCCURRED.ordinal()) {
            occurredGroup[b] = g;
          }
        }
        k = end;
      }
    }
    long[] implied = all ? impliedSupports(stories, occurredGroup, made) : new long[1];
    List<Reconciler.Lent> lent = all ? r.lentStatements() : List.of();
    int[] lentGroup = lentGroups(lent, groupOf, made);
    made.accumulators = new Accumulation[made.size];
    for (int g = 0; g < made.size; g++) {
      int first = made.first[g];
      ClaimKey key = first < 0 ? ClaimKey.occurred(eventIds[-1 - first]) : r.canonicalize(r.at(first).claim().key());
      made.accumulators[g] = Accumulation.of(key, made.count[g]);
    }
    accumulate(made, groupOf, reversedAt::get);
    for (int k = 1; k <= (int) implied[0]; k++) {
      int position = (int) (implied[k] >>> 32);
      Assertion a = r.at(position);
      made.accumulators[(int) implied[k]].addImplied(a, r.stated(a), r.superseded(a), position, r.rankOf(position, a));
    }
    for (int k = 0; k < lent.size(); k++) {
      int position = lent.get(k).linking();
      Assertion a = r.at(position);
      made.accumulators[lentGroup[k]].addImplied(lent.get(k).statement(), r.stated(a), r.superseded(a), position, r.rankOf(position, a));
    }
    return made;
  }

  /**
   * Rule 1: the occurred questions each story assertion implies, counted in their groups, as
   * {position, group} pairs after their count in the first entry.
   */
  private long[] impliedSupports(int stories, int[] occurredGroup, ClaimGroups made) {
    int[] wholes = r.wholeOf();
    long[] implied = new long[16];
    int impliedCount = 0;
    for (int position = 0; position < stories; position++) {
      int[] implying = r.impliedEvents(position, wholes);
      for (int k = 1; k <= implying[0]; k++) {
        int g = occurredGroup[implying[k]];
        made.count[g]++;
        if (impliedCount + 1 == implied.length) {
          implied = Arrays.copyOf(implied, 2 * implied.length);
        }
        implied[++impliedCount] = (long) position << 32 | g;
      }
    }
    implied[0] = impliedCount;
    return implied;
  }

  /** Rule 4 across questions: the group of the linked assertion of each lent statement, counted there. */
  private int[] lentGroups(List<Reconciler.Lent> lent, int[] groupOf, ClaimGroups made) {
    int[] lentGroup = new int[lent.size()];
    if (lent.isEmpty()) {
      return lentGroup;
    }
    List<Assertion> assertions = story.assertions();
    Map<Assertion, Integer> linkedAt = new java.util.IdentityHashMap<>();
    for (Reconciler.Lent l : lent) {
      linkedAt.put(l.linked(), -1);
    }
    for (int position = 0; position < assertions.size(); position++) {
      linkedAt.replace(assertions.get(position), position);
    }
    for (int k = 0; k < lent.size(); k++) {
      lentGroup[k] = groupOf[linkedAt.get(lent.get(k).linked())];
      made.count[lentGroup[k]]++;
    }
    return lentGroup;
  }

  /** Sorts a bucket's positions by the rest of their key, then by position; insertion sort for the few of most events. */
  private void sortByKey(int[] positions, int from, int to, byte[] typeOf, int[] otherOf) {
    if (to - from > 32) {
      Integer[] boxed = new Integer[to - from];
      for (int k = from; k < to; k++) {
        boxed[k - from] = positions[k];
      }
      Arrays.sort(boxed, (x, y) -> {
        int c = compareKeys(x, y, typeOf, otherOf);
        return c != 0 ? c : Integer.compare(x, y);
      });
      for (int k = from; k < to; k++) {
        positions[k] = boxed[k - from];
      }
      return;
    }
    for (int k = from + 1; k < to; k++) {
      int x = positions[k];
      int j = k - 1;
      while (j >= from && compareKeys(positions[j], x, typeOf, otherOf) > 0) {
        positions[j + 1] = positions[j];
        j--;
      }
      positions[j + 1] = x;
    }
  }

  /** Compares the keys of two assertions of one bucket: type, other event, then actor or measure. */
  private int compareKeys(int p, int q, byte[] typeOf, int[] otherOf) {
    int c = Integer.compare(typeOf[p], typeOf[q]);
    if (c == 0) {
      c = Integer.compare(otherOf[p], otherOf[q]);
    }
    if (c != 0) {
      return c;
    }
    int type = typeOf[p];
    if (type == ClaimType.PARTICIPATION.ordinal()) {
      return ((Claim.Participation) r.at(p).claim()).actor().compareTo(((Claim.Participation) r.at(q).claim()).actor());
    }
    if (type == ClaimType.QUANTITY.ordinal()) {
      return ((Claim.Quantity) r.at(p).claim()).measure().compareTo(((Claim.Quantity) r.at(q).claim()).measure());
    }
    return 0;
  }

  /** Adds each grouped assertion to its group's accumulation; the singles and those left out have no group. */
  private void accumulate(ClaimGroups made, int[] groupOf, java.util.function.IntPredicate reversed) {
    List<Optional<TimeBounds>> published = r.publishedByClaimant();
    for (int position = 0; position < groupOf.length; position++) {
      int g = groupOf[position];
      if (g < 0) {
        continue;
      }
      Assertion a = r.at(position);
      int rank = r.rankOf(position, a);
      Optional<TimeBounds> publication = rank < 0 ? null : published.get(rank);
      Optional<TimeBounds> stated = rank < 0 ? r.stated(a)
          : publication == null ? Optional.empty() : a.stated().isPresent() ? a.stated() : publication;
      made.accumulators[g].add(a, stated, r.superseded(a), reversed.test(position), position, rank);
    }
  }
}
