package io.github.eventline.timeline;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Iterables;
import io.github.eventline.core.ActorId;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.AssertionLink;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.LinkType;
import io.github.eventline.core.Participant;
import io.github.eventline.core.Place;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The verdicts on every question a story's assertions answer, with the duplicate events merged.
 *
 * <p>Obtained with {@link #of(Story)} (the {@linkplain ReconciliationPolicy#defaults() default
 * policy}) or {@link #of(Story, ReconciliationPolicy)}. In order:
 *
 * <ol>
 *   <li><b>Editor.</b> The modeller's own fields on each event count as assertions of the implicit
 *       source {@link Source#EDITOR}, with no stated time: {@code when} a timing claim
 *       ({@code editor:when:<event>}), {@code place} a location claim ({@code editor:place:<event>}),
 *       each participant a participation claim ({@code editor:participant:<event>:<actor>}).
 *       Declaring an event is not asserting that it occurred: an event nobody asserts has an
 *       {@link VerdictStatus#UNVERIFIED UNVERIFIED} occurred verdict. The editor's weight counts,
 *       but the editor never makes a claim {@link VerdictStatus#CORROBORATED CORROBORATED}: its
 *       fields restate what the modeller read elsewhere.
 *   <li><b>Supersession.</b> An assertion named in the {@code supersedes} of a later assertion of
 *       its source, or retracted ({@code retracts} link) by one, no longer counts; it stays in the
 *       explanation as {@link Stance#SUPERSEDED}. When several assertions supersede one, the
 *       smallest id is named.
 *   <li><b>Duplicates.</b> Same-as claims are judged first (with the sources' prior reliabilities);
 *       each accepted one merges its two events (union-find). A merged event is known by the
 *       smallest id of its class, {@link #canonical(EventId)}; every assertion on any of its ids
 *       is judged under that id. A relation between two events merged into one keeps its own key.
 *   <li><b>Verdicts.</b> Assertions are grouped by claim key and each group is judged by a
 *       {@link ClaimAccumulator}: see {@link Verdict}, {@link VerdictStatus} and
 *       {@link ReconciliationPolicy} for the rules.
 *   <li><b>Trust.</b> With {@link ReconciliationPolicy.Method#SOURCE_TRUST}, step 4 is repeated:
 *       each source's trust becomes {@code (k prior + sum of agreements) / (k + count)} over its
 *       counted supporting and opposing assertions on questions that at least two claimants speak
 *       to, where the agreement of a supporter is {@code S / (S + O)} (the counted supporting and
 *       opposing weights of that verdict) and that of an opponent {@code O / (S + O)}. The editor
 *       keeps its reliability.
 * </ol>
 *
 * <p>The verdicts do not depend on the order of anything in the story; only the order of the list
 * of verdicts follows the order of its events. Immutable and thread-safe.
 */
public final class Reconciliation {

  private static final int MAX_ID_LENGTH = 200;

  /** The order of {@link ClaimKey#compareTo}, without its allocations: verdicts of large stories sort fast. */
  private static final Comparator<Verdict> KEY_ORDER = (x, y) -> compareKeys(x.key(), y.key());

  private final ReconciliationPolicy policy;
  private final ImmutableList<Verdict> verdicts;
  private final ImmutableMap<ClaimKey, Verdict> byKey;
  private final ImmutableMap<EventId, EventId> canonical;
  private final ImmutableMap<EventId, ImmutableSortedSet<EventId>> classes;
  private final ImmutableMap<SourceId, Double> trust;
  private final int iterations;
  // Made on first need: a set of every accepted assertion costs as much as the grouping.
  private volatile Set<AssertionId> acceptedAssertions;

  private Reconciliation(Reconciler r, List<Verdict> verdicts, Map<SourceId, Double> trust, int iterations) {
    this.policy = r.policy;
    this.verdicts = ImmutableList.copyOf(verdicts);
    ImmutableMap.Builder<ClaimKey, Verdict> map = ImmutableMap.builderWithExpectedSize(verdicts.size());
    for (Verdict v : verdicts) {
      map.put(v.key(), v);
    }
    this.byKey = map.buildOrThrow();
    this.canonical = ImmutableMap.copyOf(r.canonical);
    this.classes = r.classes();
    this.trust = ImmutableMap.copyOf(new TreeMap<>(trust));
    this.iterations = iterations;
  }

  /**
   * Reconciles a story with the default policy.
   *
   * @param story  the story, not null
   * @return the reconciliation, not null
   */
  public static Reconciliation of(Story story) {
    return of(story, ReconciliationPolicy.defaults());
  }

  /**
   * Reconciles a story with a policy.
   *
   * @param story  the story, not null
   * @param policy  the policy, not null
   * @return the reconciliation, not null
   */
  public static Reconciliation of(Story story, ReconciliationPolicy policy) {
    Reconciler r = new Reconciler(requireNonNull(story, "story"), requireNonNull(policy, "policy"));
    r.mergeDuplicates();
    Map<ClaimKey, ClaimAccumulator> groups = r.group();
    Map<SourceId, Double> trust = new HashMap<>(r.prior);
    int iterations = 0;
    if (policy.method() == ReconciliationPolicy.Method.SOURCE_TRUST) {
      for (iterations = 1; iterations <= policy.maxIterations(); iterations++) {
        Map<SourceId, Double> next = r.estimateTrust(r.judge(groups, trust));
        double moved = largestChange(trust, next);
        trust = next;
        if (moved < policy.trustTolerance()) {
          break;
        }
      }
      iterations = Math.min(iterations, policy.maxIterations());
    }
    return new Reconciliation(r, r.judge(groups, trust), r.trustOfAll(trust), iterations);
  }

  /**
   * Feeds a story's assertions to a receiver as reconciliation feeds its {@link ClaimAccumulator}s,
   * without judging them: steps 1 to 3 of the class description (the editor's assertions,
   * supersession, and duplicate events merged by the same-as verdicts), then for step 4 every
   * question and every assertion with its key. Accumulating what is fed per key and calling
   * {@link ClaimAccumulator#verdict} gives the verdicts of {@link #of(Story, ReconciliationPolicy)}
   * for the methods that do not iterate; a distributed engine can do so on many machines.
   * {@link ReconciliationPolicy.Method#SOURCE_TRUST}'s estimation of trust is not fed: it needs
   * every verdict of the story.
   *
   * @param story  the story, not null
   * @param policy  the policy, with which the same-as claims are judged, not null
   * @param feed  the receiver, not null
   */
  public static void feed(Story story, ReconciliationPolicy policy, Feed feed) {
    Reconciler r = new Reconciler(requireNonNull(story, "story"), requireNonNull(policy, "policy"));
    requireNonNull(feed, "feed");
    r.mergeDuplicates();
    r.feed(feed);
  }

  private static int compareKeys(ClaimKey a, ClaimKey b) {
    int c = a.type().compareTo(b.type());
    if (c == 0) {
      c = a.event().value().compareTo(b.event().value());
    }
    if (c == 0) {
      c = a.other().map(EventId::value).orElse("").compareTo(b.other().map(EventId::value).orElse(""));
    }
    if (c == 0) {
      c = a.actor().map(ActorId::value).orElse("").compareTo(b.actor().map(ActorId::value).orElse(""));
    }
    return c != 0 ? c : a.measure().orElse("").compareTo(b.measure().orElse(""));
  }

  private static double largestChange(Map<SourceId, Double> before, Map<SourceId, Double> after) {
    double largest = 0;
    for (Map.Entry<SourceId, Double> e : after.entrySet()) {
      Double b = before.get(e.getKey());
      largest = Math.max(largest, b == null ? 1 : Math.abs(b - e.getValue()));
    }
    return largest;
  }

  /**
   * Returns the policy the story was reconciled with.
   *
   * @return the policy, not null
   */
  public ReconciliationPolicy policy() {
    return policy;
  }

  /**
   * Returns every verdict: one occurred verdict per (merged) event, asserted or not, and one per
   * other question some assertion answers. They are ordered by the story's order of their key's
   * event (the key's first event for a relation), then by key.
   *
   * @return the verdicts, not null
   */
  public List<Verdict> verdicts() {
    return verdicts;
  }

  /**
   * Finds the verdict on a question; the events of the key may be any id of a merged event.
   *
   * @param key  the question, not null
   * @return the verdict, if some assertion answers it (always, for an occurred key of the story's events)
   */
  public Optional<Verdict> verdict(ClaimKey key) {
    requireNonNull(key, "key");
    Verdict v = byKey.get(key);
    return v != null ? Optional.of(v) : Optional.ofNullable(byKey.get(canonicalKey(key)));
  }

  /**
   * Returns the verdict on whether an event occurred.
   *
   * @param event  any id of an event of the story, not null
   * @return the verdict, not null
   * @throws IllegalArgumentException if the story has no such event
   */
  public Verdict occurrence(EventId event) {
    return verdict(ClaimKey.occurred(requireNonNull(event, "event")))
        .orElseThrow(() -> new IllegalArgumentException("Unknown event \"" + event + "\": the story has no such event"));
  }

  /**
   * Returns the id the event is known by once duplicates are merged: the smallest id of the
   * events merged with it, or the event itself.
   *
   * @param event  an event id, not null
   * @return the canonical id, not null
   */
  public EventId canonical(EventId event) {
    return canonical.getOrDefault(requireNonNull(event, "event"), event);
  }

  /**
   * Returns every id of the event: those merged with it, itself included.
   *
   * @param event  an event id, not null
   * @return the ids, in order, not null
   */
  public Set<EventId> sameEvent(EventId event) {
    ImmutableSortedSet<EventId> ids = classes.get(canonical(event));
    return ids != null ? ids : ImmutableSortedSet.of(event);
  }

  /**
   * Returns the classes of merged events, by canonical id; events merged with no other are left out.
   *
   * @return the classes, ordered by canonical id, not null
   */
  public Map<EventId, Set<EventId>> mergedEvents() {
    return ImmutableMap.copyOf(classes);
  }

  /**
   * Returns the reliability each source of the story was weighed with: its declared reliability
   * or the policy's default, or with {@link ReconciliationPolicy.Method#SOURCE_TRUST} the trust
   * estimated.
   *
   * @return the reliabilities, by source id in order, not null
   */
  public Map<SourceId, Double> trust() {
    return trust;
  }

  /**
   * Checks if an assertion supports the value of an accepted verdict (uncontested, corroborated
   * or contested): the test a timeline uses to take only accepted timings and relations into its
   * temporal network, as in {@code TimelineOptions.builder().accepting(a -> r.isAccepted(a.id()))}.
   * The modeller's own fields are assertions too, under the ids described in the class
   * description.
   *
   * @param assertion  an assertion id, not null
   * @return true if it supports an accepted verdict; false if it is superseded, opposes, doubts,
   *     is neutral, supports a refuted or unverified claim, or is not in the story
   */
  public boolean isAccepted(AssertionId assertion) {
    requireNonNull(assertion, "assertion");
    Set<AssertionId> accepted = acceptedAssertions;
    if (accepted == null) {
      Set<AssertionId> made = new HashSet<>();
      for (Verdict v : verdicts) {
        if (v.isAccepted()) {
          for (Weighed w : v.explanation()) {
            if (w.stance() == Stance.SUPPORTS) {
              made.add(w.assertion());
            }
          }
        }
      }
      accepted = Collections.unmodifiableSet(made);
      acceptedAssertions = accepted;
    }
    return accepted.contains(assertion);
  }

  /**
   * Returns how many iterations the trust estimation ran, 0 for the other methods.
   *
   * @return the count
   */
  public int iterations() {
    return iterations;
  }

  private ClaimKey canonicalKey(ClaimKey key) {
    EventId e = canonical(key.event());
    Optional<EventId> o = key.other().map(this::canonical);
    if (o.isPresent()) {
      if (o.get().equals(e)) {
        return key;
      }
      boolean swap = o.get().compareTo(e) < 0;
      return new ClaimKey(key.type(), swap ? o.get() : e, Optional.of(swap ? e : o.get()), key.actor(), key.measure());
    }
    return new ClaimKey(key.type(), e, key.other(), key.actor(), key.measure());
  }

  /**
   * Returns the verdict count and the policy's method.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Reconciliation[" + verdicts.size() + " verdicts, " + classes.size() + " merged events, " + policy.method() + "]";
  }

  /**
   * Receives what {@link #feed(Story, ReconciliationPolicy, Feed)} feeds: the questions to judge and
   * the arguments of {@link ClaimAccumulator#add} for each assertion, with the key it is judged under.
   */
  public interface Feed {
    /**
     * Receives a question to judge even if no assertion answers it: whether an event occurred.
     *
     * @param key  the question, not null
     */
    void question(ClaimKey key);

    /**
     * Receives an assertion on a question, as {@link ClaimAccumulator#add} takes it.
     *
     * @param key  the question, canonical once duplicate events are merged, not null
     * @param assertion  the assertion, not null
     * @param statedTime  when it was stated, empty if unknown
     * @param supersededBy  the later assertion of its source that supersedes or retracts it, if any
     * @param reversed  true if the claim is read from the key's other event
     */
    void add(
        ClaimKey key, Assertion assertion, Optional<TimeBounds> statedTime, Optional<AssertionId> supersededBy, boolean reversed);
  }

  /** The work of one reconciliation. */
  private static final class Reconciler {
    private final Story story;
    private final ReconciliationPolicy policy;
    private final Map<AssertionId, AssertionId> supersededBy = new HashMap<>();
    private final List<Assertion> implicit = new ArrayList<>();
    private final Map<SourceId, Double> prior = new HashMap<>();
    private final Map<PlaceId, PlaceId> within = new HashMap<>();
    private final Map<EventId, EventId> canonical = new HashMap<>();
    private final boolean editorDeclared;
    private final Map<EventId, Integer> eventIndex = new HashMap<>();

    Reconciler(Story story, ReconciliationPolicy policy) {
      this.story = story;
      this.policy = policy;
      this.editorDeclared = story.source(Source.EDITOR).isPresent();
      for (Event e : story.events()) {
        eventIndex.put(e.id(), eventIndex.size());
      }
      for (Source s : story.sources()) {
        s.reliability().ifPresent(r -> prior.put(s.id(), r));
      }
      for (Place p : story.places()) {
        p.within().ifPresent(w -> within.put(p.id(), w));
      }
      findSupersessions();
      editorAssertions();
    }

    private void findSupersessions() {
      for (Assertion a : story.assertions()) {
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
    }

    private void supersede(AssertionId earlier, AssertionId later) {
      supersededBy.merge(earlier, later, (x, y) -> x.compareTo(y) <= 0 ? x : y);
    }

    private void editorAssertions() {
      List<Event> events = story.events();
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        String index = Integer.toString(i);
        e.when().ifPresent(w -> implicit.add(editor("when", e.id(), "", index, new Claim.Timing(e.id(), w))));
        e.place().ifPresent(p -> implicit.add(editor("place", e.id(), "", index, new Claim.Location(e.id(), p))));
        for (Participant p : e.participants()) {
          implicit.add(editor("participant", e.id(), ":" + p.actor(), index,
              new Claim.Participation(e.id(), p.actor(), p.role())));
        }
      }
    }

    private Assertion editor(String field, EventId event, String suffix, String index, Claim claim) {
      String base = "editor:" + field + ":" + event + suffix;
      if (base.length() > MAX_ID_LENGTH) {
        base = "editor:" + field + ":" + index + ":" + Integer.toHexString((event + suffix).hashCode());
      }
      String id = base;
      for (int k = 2; story.assertion(AssertionId.of(id)).isPresent() || isImplicit(id); k++) {
        id = base + ":" + k;
      }
      return Assertion.builder(AssertionId.of(id), Source.EDITOR, claim).build();
    }

    private boolean isImplicit(String id) {
      // Only participants of one event can repeat a base id; they are the last few added.
      for (int i = implicit.size() - 1; i >= 0 && i >= implicit.size() - 64; i--) {
        if (implicit.get(i).id().value().equals(id)) {
          return true;
        }
      }
      return false;
    }

    private Iterable<Assertion> all() {
      return Iterables.concat(story.assertions(), implicit);
    }

    private Optional<AssertionId> superseded(Assertion a) {
      return Optional.ofNullable(supersededBy.get(a.id()));
    }

    private Optional<TimeBounds> stated(Assertion a) {
      return a.source().equals(Source.EDITOR) && !editorDeclared ? Optional.empty() : story.statedTime(a);
    }

    void mergeDuplicates() {
      Map<ClaimKey, ClaimAccumulator> sameAs = new HashMap<>();
      for (Assertion a : story.assertions()) {
        if (a.claim().type() == ClaimType.SAME_AS) {
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

    Map<ClaimKey, ClaimAccumulator> group() {
      int expected = story.assertions().size() + implicit.size() + story.events().size();
      Map<ClaimKey, ClaimAccumulator> groups = new HashMap<>(expected * 4 / 3 + 16);
      feed(new Feed() {
        @Override
        public void question(ClaimKey key) {
          groups.computeIfAbsent(key, ClaimAccumulator::of);
        }

        @Override
        public void add(
            ClaimKey key, Assertion a, Optional<TimeBounds> stated, Optional<AssertionId> supersededBy, boolean reversed) {
          ClaimAccumulator acc = groups.get(key);
          if (acc == null) {
            acc = ClaimAccumulator.of(key);
            groups.put(key, acc);
          }
          acc.add(a, stated, supersededBy, reversed);
        }
      });
      return groups;
    }

    void feed(Feed feed) {
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
     * judging them.
     */
    List<Verdict> judge(Map<ClaimKey, ClaimAccumulator> groups, Map<SourceId, Double> trust) {
      Verdict[] made = new Verdict[groups.size()];
      int[] bucket = new int[made.length];
      int[] start = new int[eventIndex.size() + 1];
      int i = 0;
      for (ClaimAccumulator acc : groups.values()) {
        made[i] = acc.verdict(policy, trust, within);
        bucket[i] = eventIndex.get(made[i].key().event());
        start[bucket[i] + 1]++;
        i++;
      }
      for (int b = 1; b < start.length; b++) {
        start[b] += start[b - 1];
      }
      Verdict[] ordered = new Verdict[made.length];
      int[] next = Arrays.copyOf(start, start.length);
      for (int j = 0; j < made.length; j++) {
        ordered[next[bucket[j]]++] = made[j];
      }
      for (int b = 0; b + 1 < start.length; b++) {
        if (start[b + 1] - start[b] > 1) {
          Arrays.sort(ordered, start[b], start[b + 1], KEY_ORDER);
        }
      }
      return Arrays.asList(ordered);
    }

    Map<SourceId, Double> estimateTrust(List<Verdict> verdicts) {
      // Sums in key order, so that the story's order of events cannot change the last bits.
      List<Verdict> inKeyOrder = new ArrayList<>(verdicts);
      inKeyOrder.sort(KEY_ORDER);
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
}
