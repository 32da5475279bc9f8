package io.github.eventline.timeline.reconcile;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.AssertionLink;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.LinkType;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.internal.AssertionPositions;
import io.github.eventline.core.internal.StoryAccess;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.index.StoryIndex;
import io.github.eventline.timeline.LinkConflict;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The work of one {@link Reconciliation}: the editor's assertions, supersession, the merging of
 * duplicate events, the grouping of assertions by key, and the judging of each group and the
 * estimation of trust. Made for one reconciliation and dropped with it; not thread-safe.
 */
public final class Reconciler {
  final Story story;
  final ReconciliationPolicy policy;
  private final Map<AssertionId, AssertionId> supersededBy = new HashMap<>();
  /**
   * {@link #supersededBy} by the superseded assertion itself: every superseded assertion is one
   * of the story's (the story checks what {@code supersedes} names, and a retraction counts only
   * for a statement of the story), so an assertion is looked up without hashing its id.
   */
  private final Map<Assertion, AssertionId> supersededObjects = new java.util.IdentityHashMap<>();
  /** The editor's assertions (step 1 of {@link Reconciliation}). */
  private final EditorClaims editor;
  /** The editor's assertions made, as {@link EditorClaims#implicit}. */
  final List<Assertion> implicit;
  final Map<SourceId, Double> prior = new HashMap<>();
  final Map<PlaceId, PlaceId> within = new HashMap<>();
  final Map<EventId, EventId> canonical = new HashMap<>();
  private final boolean editorDeclared;
  /** The story's events, their indices, and the events of each assertion's claim. */
  private final StoryIndex index;
  /** The story's events' ids, by index. */
  private final EventId[] eventIds;
  /** The index of the canonical event of each event, once duplicates are merged. */
  private int[] canonicalIndex;
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
  private Reconciler(Story story, ReconciliationPolicy policy, boolean timesOnly, StoryIndex index) {
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
    this.editor = new EditorClaims(story, this.index, findSupersessions(!timesOnly), timesOnly);
    this.implicit = editor.implicit;
  }

  /**
   * What the reconciliation of a story found, as {@code Reconciliation} keeps it.
   *
   * @param policy  the policy
   * @param assertions  the story's assertions
   * @param implicit  the editor's assertions, whose positions follow the story's
   * @param canonical  the canonical id of each merged event that is not its class's
   * @param classes  each class of merged events by its canonical id
   * @param verdicts  every verdict, in the story's order of their key's event, then by key
   * @param accepted  the positions (the story's, then the editor's) of the assertions that support
   *     an accepted verdict
   * @param trust  the reliability or estimated trust of every source
   * @param iterations  the iterations of the trust estimation, 0 if none
   * @param conflicts  the link conflicts found, as found
   */
  public record Reconciled(
      ReconciliationPolicy policy, List<Assertion> assertions, List<Assertion> implicit, Map<EventId, EventId> canonical,
      ImmutableMap<EventId, ImmutableSortedSet<EventId>> classes, List<Verdict> verdicts, BitSet accepted,
      Map<SourceId, Double> trust, int iterations, List<LinkConflict> conflicts) {}

  /**
   * Reconciles a story: the steps of {@code Reconciliation}'s description, in order.
   *
   * @param story  the story, not null
   * @param policy  the policy, not null
   * @return what was found, not null
   */
  public static Reconciled reconcile(Story story, ReconciliationPolicy policy) {
    Reconciler r = new Reconciler(story, policy, false, null);
    r.mergeDuplicates();
    ClaimGroups groups = r.group(ClaimGrouping.Questions.ALL);
    TrustEstimation trust = new TrustEstimation(story, policy, r.prior);
    if (policy.method() == ReconciliationPolicy.Method.SOURCE_TRUST) {
      trust.iterate(reliabilities -> r.judge(groups, reliabilities, null, Judgement.EAGER, null));
    }
    BitSet accepted = new BitSet(story.assertions().size());
    List<LinkConflict> conflicts = new ArrayList<>();
    List<Verdict> verdicts = r.judge(groups, trust.current(), accepted, Judgement.LAZY, conflicts);
    return new Reconciled(policy, story.assertions(), r.implicit, r.canonical, DuplicateEvents.classes(r.canonical),
        verdicts, accepted, trust.ofAll(), trust.iterations(), conflicts);
  }

  /**
   * Finds the story's timing and relation assertions that support an accepted verdict, as a full
   * reconciliation does, judging only their questions: what a timeline's temporal network needs.
   * The same-as claims are judged first and merge their events.
   *
   * @param story  the story, not null
   * @param policy  the policy, not null
   * @param index  an index of the story made once for the timeline, or null to make one
   * @return the positions in {@code story.assertions()} of the accepted timing and relation
   *     assertions, or null if the policy's method needs every verdict (source trust)
   */
  public static BitSet acceptedTimesAndRelations(Story story, ReconciliationPolicy policy, StoryIndex index) {
    if (policy.method() == ReconciliationPolicy.Method.SOURCE_TRUST) {
      return null;
    }
    Reconciler r = new Reconciler(story, policy, true, index);
    r.mergeDuplicates();
    // A statement lent by a link onto a timing or relation question joins a group the grouping of
    // timings and relations does not make: then every question is grouped, and the timings and
    // relations kept.
    boolean lentOnTimes = false;
    for (Lent l : r.lentStatements()) {
      lentOnTimes |= l.question().type() == ClaimType.TIMING || l.question().type() == ClaimType.RELATION;
    }
    ClaimGroups groups = r.group(lentOnTimes ? ClaimGrouping.Questions.ALL : ClaimGrouping.Questions.TIMES_AND_RELATIONS);
    BitSet accepted = new BitSet(story.assertions().size());
    r.judge(groups, new HashMap<>(r.prior), accepted, Judgement.NONE, null);
    if (lentOnTimes) {
      for (int p = accepted.nextSetBit(0); p >= 0 && p < story.assertions().size(); p = accepted.nextSetBit(p + 1)) {
        ClaimType type = story.assertions().get(p).claim().type();
        if (type != ClaimType.TIMING && type != ClaimType.RELATION) {
          accepted.clear(p);
        }
      }
    }
    // Only the story's own assertions: the editor's come after them.
    return accepted.get(0, story.assertions().size());
  }

  /**
   * Feeds a story's questions and assertions to a receiver, group by group, as a reconciliation
   * groups them, without judging them.
   *
   * @param story  the story, not null
   * @param policy  the policy, with which the same-as claims are judged, not null
   * @param feed  the receiver, not null
   */
  public static void feed(Story story, ReconciliationPolicy policy, Reconciliation.Feed feed) {
    Reconciler r = new Reconciler(story, policy, false, null);
    r.mergeDuplicates();
    r.feed(feed);
  }



  /**
   * Finds the supersessions, and returns whether some assertion has an id the editor's could take; if
   * {@code scanIds} is false, the ids are not read and each id the editor's assertions take is
   * checked against the story's instead (right when few of them are made).
   */
  private boolean findSupersessions(boolean scanIds) {
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
    supersededBy.forEach((earlier, later) -> story.assertion(earlier).ifPresent(x -> supersededObjects.put(x, later)));
    return editorLike;
  }

  private void supersede(AssertionId earlier, AssertionId later) {
    supersededBy.merge(earlier, later, (x, y) -> x.compareTo(y) <= 0 ? x : y);
  }

  Optional<AssertionId> superseded(Assertion a) {
    return supersededBy.isEmpty() ? Optional.empty() : Optional.ofNullable(supersededObjects.get(a));
  }

  Optional<TimeBounds> stated(Assertion a) {
    return a.source().equals(Source.EDITOR) && !editorDeclared ? Optional.empty() : story.statedTime(a);
  }

  /** Merges the events that accepted same-as claims say are one: see {@link DuplicateEvents}. */
  void mergeDuplicates() {
    canonical.putAll(DuplicateEvents.merged(this, index.type));
  }

  /** Groups the assertions by the key they are judged under: see {@link ClaimGrouping#group}. */
  ClaimGroups group(ClaimGrouping.Questions questions) {
    return grouping().group(questions);
  }

  private ClaimGrouping grouping() {
    return new ClaimGrouping(this, story, index, eventIds, canonical, editor);
  }

  /** Returns the assertion at a position of the story's assertions then the editor's. */
  Assertion at(int position) {
    List<Assertion> assertions = story.assertions();
    return position < assertions.size() ? assertions.get(position) : editor.implicitAt(position - assertions.size());
  }

  /** Returns the rank of the claimant of the assertion at a position of the story's assertions then the editor's, -1 if none. */
  int rankOf(int position, Assertion a) {
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
  List<Optional<TimeBounds>> publishedByClaimant() {
    List<Optional<TimeBounds>> published = new ArrayList<>(claimants.length);
    for (SourceId claimant : claimants) {
      published.add(claimant.equals(Source.EDITOR) && !editorDeclared
          ? null : story.source(claimant).flatMap(Source::published));
    }
    return published;
  }

  /** Returns the index of the canonical event of each event. */
  int[] canonicalIndex() {
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

  /**
   * Feeds the questions and assertions as {@link ClaimGrouping#group} groups them, group by group:
   * see {@link Reconciliation#feed}.
   */
  private void feed(Reconciliation.Feed feed) {
    ClaimGroups groups = group(ClaimGrouping.Questions.ALL);
    for (int g = 0; g < groups.size; g++) {
      groups.accumulators[g].feedTo(feed);
    }
  }

  /**
   * Returns the canonical index of the whole each event is part of, by the canonical index of the
   * part (-1 if none), or null if no event is part of another.
   */
  int[] wholeOf() {
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
  int[] impliedEvents(int position, int[] wholes) {
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

  /**
   * A statement a link lends on another question ({@link LinkedStatements}): the linking
   * assertion's position in the story, the statement, the question (canonical) and the linked
   * assertion.
   */
  record Lent(int linking, Assertion statement, ClaimKey question, Assertion linked) {}

  /** The statements lent across questions, made on first need; null until then. */
  private List<Lent> lent;

  /**
   * Returns the statements that links lend across questions, in the story's order of the linking
   * assertions; for one linking assertion and one question, the link to the smallest id. Reads
   * only the assertions the index found linking: most stories have few.
   */
  List<Lent> lentStatements() {
    if (lent != null) {
      return lent;
    }
    List<Lent> found = new ArrayList<>();
    List<Assertion> assertions = story.assertions();
    for (int p : index.linking) {
      Assertion a = assertions.get(p);
      ClaimKey own = null;
      Map<ClaimKey, Lent> byQuestion = new java.util.LinkedHashMap<>();
      for (AssertionLink link : a.links()) {
        Assertion b = link.type() == LinkType.CONTRADICTS || link.type() == LinkType.CORROBORATES
            ? story.assertion(link.assertion()).orElse(null) : null;
        if (b == null) {
          continue;
        }
        ClaimKey question = canonicalize(b.claim().key());
        own = own != null ? own : canonicalize(a.claim().key());
        EventId first = canonical.getOrDefault(b.claim().event(), b.claim().event());
        boolean reversed = isPair(b.claim()) && !first.equals(question.event());
        Optional<Assertion> statement = question.equals(own) ? Optional.empty()
            : LinkedStatements.lent(a, link, b, question, reversed);
        if (statement.isPresent()) {
          byQuestion.merge(question, new Lent(p, statement.get(), question, b),
              (x, y) -> x.linked().id().compareTo(y.linked().id()) <= 0 ? x : y);
        }
      }
      found.addAll(byQuestion.values());
    }
    lent = found;
    return found;
  }

  private static boolean isPair(Claim claim) {
    return claim.type() == ClaimType.RELATION || claim.type() == ClaimType.SAME_AS;
  }

  /** Returns the key once merged events are known by their canonical id; the same key if unchanged. */
  ClaimKey canonicalize(ClaimKey key) {
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
   * judging them. With {@code accepted}, sets the position (in the story's assertions then the editor's) of each assertion
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
      byClaimant[k] = r != null ? r : policy.fallbackReliability(claimants[k]);
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
          t = r != null ? r : policy.fallbackReliability(a.source());
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
      Arrays.sort(a, from, to, KeyOrder.VERDICTS);
      return;
    }
    for (int i = from + 1; i < to; i++) {
      Verdict x = a[i];
      int j = i - 1;
      while (j >= from && KeyOrder.compareOnOneEvent(a[j].key(), x.key()) > 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }
}
