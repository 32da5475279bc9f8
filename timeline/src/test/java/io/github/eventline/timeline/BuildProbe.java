package io.github.eventline.timeline;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.network.SolvedNetwork;
import io.github.eventline.timeline.order.TimelineOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures each phase of {@link Timeline#build(Story)} on {@link LargeStories} against a plain
 * baseline in the same JVM (sort of the events by earliest start, hash group-by of the relation
 * claims, Kahn's topological sort over int arrays). Run by hand; prints its figures. Not a test:
 * {@code java -XX:+AlwaysPreTouch -Xms8g -Xmx8g -cp ... io.github.eventline.timeline.BuildProbe 1000000 6}.
 */
final class BuildProbe {

  private BuildProbe() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    Story story = LargeStories.generate(n, 2, 42);
    System.out.printf("%d events, %d assertions%n", story.events().size(), story.assertions().size());
    long[] best = new long[7];
    Arrays.fill(best, Long.MAX_VALUE);
    for (int run = 0; run < runs; run++) {
      long t0 = System.nanoTime();
      int[] plain = baseline(story);
      long t1 = System.nanoTime();
      Reconciliation r = Reconciliation.of(story);
      long t2 = System.nanoTime();
      TimelineOptions options = TimelineOptions.builder().accepting(a -> r.isAccepted(a.id())).build();
      // As Timeline.build does: acceptance by position, not by id.
      SolvedNetwork net = SolvedNetwork.inStoryOrder(story, options, r::isAcceptedAt);
      long t3 = System.nanoTime();
      EventId[] ids = new EventId[net.eventCount()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = net.event(i).id();
      }
      int[] order = TimelineOrder.order(net.network(), net.lowerBounds(), net.upperBounds(), ids);
      long t4 = System.nanoTime();
      Timeline timeline = Timeline.build(story);
      long t5 = System.nanoTime();
      // What Timeline.build judges up front: the timings and relations only.
      java.util.BitSet accepted = Reconciliation.acceptedTimesAndRelations(story, ReconciliationPolicy.defaults());
      long t6 = System.nanoTime();
      long[] t = {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5};
      for (int k = 0; k < t.length; k++) {
        best[k] = Math.min(best[k], t[k]);
      }
      System.out.printf(
          "run %d: baseline %d ms | reconcile %d (timings and relations %d), network %d, order %d"
              + " | Timeline.build %d ms (ratio %.2f); %d/%d/%d/%d%n",
          run, t[0] / 1_000_000, t[1] / 1_000_000, t[5] / 1_000_000, t[2] / 1_000_000, t[3] / 1_000_000,
          t[4] / 1_000_000, (double) t[4] / t[0], plain.length, order.length, timeline.events().size(),
          accepted.cardinality());
    }
    System.out.printf(
        "best: baseline %d ms | reconcile %d (timings and relations %d), network %d, order %d"
            + " | Timeline.build %d ms (ratio %.2f)%n",
        best[0] / 1_000_000, best[1] / 1_000_000, best[5] / 1_000_000, best[2] / 1_000_000, best[3] / 1_000_000,
        best[4] / 1_000_000, (double) best[4] / best[0]);
  }

  /** Sort by earliest start + hash group-by of the relation claims + Kahn over int arrays. */
  static int[] baseline(Story story) {
    List<Event> events = story.events();
    int n = events.size();
    Map<EventId, Integer> index = new HashMap<>(2 * n);
    long[] keyed = new long[n];
    for (int i = 0; i < n; i++) {
      Event e = events.get(i);
      index.put(e.id(), i);
      long start = e.when().isPresent() ? e.when().get().earliestStart().getEpochSecond() / 86_400 : -1_000_000;
      keyed[i] = (start + 1_000_000) << 32 | i;
    }
    Arrays.sort(keyed);
    int[] rank = new int[n];
    for (int r = 0; r < n; r++) {
      rank[(int) keyed[r]] = r;
    }
    Map<ClaimKey, Integer> groups = new HashMap<>();
    for (Assertion a : story.assertions()) {
      if (a.claim() instanceof Claim.Relation) {
        groups.merge(a.claim().key(), 1, Integer::sum);
      }
    }
    int m = groups.size();
    int[] from = new int[m];
    int[] to = new int[m];
    int k = 0;
    for (ClaimKey key : groups.keySet()) {
      from[k] = index.get(key.event());
      to[k++] = index.get(key.other().orElseThrow());
    }
    int[] offset = new int[n + 1];
    int[] indegree = new int[n];
    for (int e = 0; e < m; e++) {
      offset[from[e] + 1]++;
      indegree[to[e]]++;
    }
    for (int i = 0; i < n; i++) {
      offset[i + 1] += offset[i];
    }
    int[] next = new int[m];
    int[] fill = Arrays.copyOf(offset, n);
    for (int e = 0; e < m; e++) {
      next[fill[from[e]]++] = to[e];
    }
    int[] byRank = new int[n];
    for (int i = 0; i < n; i++) {
      byRank[rank[i]] = i;
    }
    int[] heap = new int[n];
    int size = 0;
    for (int r = 0; r < n; r++) {
      if (indegree[byRank[r]] == 0) {
        heap[size++] = r;
      }
    }
    int[] order = new int[n];
    int count = 0;
    while (size > 0) {
      int r = heap[0];
      int x = heap[--size];
      int i = 0;
      while (true) {
        int c = 2 * i + 1;
        if (c >= size) {
          break;
        }
        if (c + 1 < size && heap[c + 1] < heap[c]) {
          c++;
        }
        if (heap[c] >= x) {
          break;
        }
        heap[i] = heap[c];
        i = c;
      }
      if (size > 0) {
        heap[i] = x;
      }
      int v = byRank[r];
      order[count++] = v;
      for (int e = offset[v]; e < offset[v + 1]; e++) {
        int w = next[e];
        if (--indegree[w] == 0) {
          int j = size++;
          int y = rank[w];
          while (j > 0 && heap[(j - 1) / 2] > y) {
            heap[j] = heap[(j - 1) / 2];
            j = (j - 1) / 2;
          }
          heap[j] = y;
        }
      }
    }
    return order;
  }
}
