package io.github.eventline.timeline;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionId;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.reconcile.KeyOrder;
import io.github.eventline.timeline.reconcile.Reconciler;
import io.github.eventline.timeline.index.StoryIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
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
 * policy}) or {@link #of(Story, ReconciliationPolicy)}. The rules, in the order a reader reasons
 * (each a named unit of the package {@code io.github.eventline.timeline.reconcile}; in plain words
 * in {@code docs/reconciliation.md}):
 *
 * <ol>
 *   <li><b>Editor.</b> The modeller's own fields on each event count as assertions of the implicit
 *       source {@link Source#EDITOR}, with no stated time: {@code when} a timing claim
 *       ({@code editor:when:<event>}), {@code place} a location claim ({@code editor:place:<event>}),
 *       each participant a participation claim ({@code editor:participant:<event>:<actor>}); an id
 *       already taken gets the next free suffix {@code :2}, {@code :3}... in the story's order.
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
 *   <li><b>Implied occurrence.</b> A positive timing, location, participation, quantity or
 *       relation claim (not the editor's) supports {@code occurred} of its events, and a part that
 *       happened its whole, unless the claimant addresses {@code occurred} itself.
 *   <li><b>Links.</b> {@code contradicts} keeps two values apart, {@code refines} makes the
 *       refining value held; a link the values disagree with is a {@link LinkConflict}
 *       ({@link #linkConflicts()}). A {@code contradicts} or {@code corroborates} link to an
 *       assertion on another question lends the linking claimant a denial (or a statement) of the
 *       linked value there.
 *   <li><b>Outdating.</b> An assertion overtaken by later statements of other claimants for a
 *       rival value that together weigh more, or a hedge settled by a later certain rival, is
 *       {@link Stance#OUTDATED} and does not count.
 *   <li><b>Verdicts.</b> Assertions are grouped by claim key and each group is weighed by a
 *       {@link ClaimAccumulator}: see {@link Verdict}, {@link VerdictStatus} and
 *       {@link ReconciliationPolicy} for the rules; every weight printed multiplies out as
 *       printed ({@link Weighed#reason()}).
 *   <li><b>Trust.</b> With {@link ReconciliationPolicy.Method#SOURCE_TRUST}, step 7 is repeated:
 *       each source's trust becomes {@code (k prior + sum of agreements) / (k + count)} over its
 *       counted supporting and opposing assertions on questions that at least two claimants speak
 *       to, where the agreement of a supporter is {@code S / (S + O)} (the counted supporting and
 *       opposing weights of that verdict) and that of an opponent {@code O / (S + O)}. The editor
 *       keeps its reliability.
 * </ol>
 *
 * <p>The verdicts do not depend on the order of anything in the story; only the order of the list
 * of verdicts follows the order of its events. Each verdict's explanation is made when it is first
 * read (the same list every time): reconciling a million assertions makes their status, value and
 * confidence, and leaves the million {@link Weighed} entries to those who read them. Immutable and
 * thread-safe.
 */
public final class Reconciliation {

  private final ReconciliationPolicy policy;
  private final ImmutableList<Verdict> verdicts;
  // Made on first need: a map of millions of keys costs as much as judging them.
  private volatile Map<ClaimKey, Verdict> byKey;
  private final ImmutableMap<EventId, EventId> canonical;
  private final ImmutableMap<EventId, ImmutableSortedSet<EventId>> classes;
  private final ImmutableMap<SourceId, Double> trust;
  private final int iterations;
  /** The story's assertions (by position) that support an accepted verdict. */
  private final BitSet acceptedPositions;
  // Made on first need: a set of every accepted assertion costs as much as the grouping.
  private volatile Set<AssertionId> acceptedAssertions;
  /** The story's assertions and the editor's after them, whose positions {@link #acceptedPositions} holds. */
  private final List<Assertion> assertions;
  private final List<Assertion> implicit;
  private final ImmutableList<LinkConflict> linkConflicts;

  private Reconciliation(Reconciler.Reconciled r) {
    this.policy = r.policy();
    this.assertions = r.assertions();
    this.implicit = r.implicit();
    this.acceptedPositions = r.accepted();
    this.verdicts = ImmutableList.copyOf(r.verdicts());
    this.canonical = ImmutableMap.copyOf(r.canonical());
    this.classes = r.classes();
    this.trust = ImmutableMap.copyOf(new TreeMap<>(r.trust()));
    this.iterations = r.iterations();
    this.linkConflicts = distinct(r.conflicts());
  }

  /**
   * Returns the conflicts in id order of the linking and the linked assertion, each link once (on
   * the first question, in key order, where its two assertions meet).
   */
  private static ImmutableList<LinkConflict> distinct(List<LinkConflict> found) {
    Map<String, LinkConflict> byLink = new TreeMap<>();
    for (LinkConflict c : found) {
      String link = c.assertion().value() + "\u0000" + c.linked().value() + "\u0000" + c.type();
      byLink.merge(link, c, (x, y) -> KeyOrder.compare(x.question(), y.question()) <= 0 ? x : y);
    }
    return ImmutableList.copyOf(byLink.values());
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
    return new Reconciliation(Reconciler.reconcile(requireNonNull(story, "story"), requireNonNull(policy, "policy")));
  }

  /**
   * Finds the story's {@code Timing} and {@code Relation} assertions that support an accepted
   * verdict, as {@link #isAcceptedAt} of {@link #of(Story, ReconciliationPolicy)} does, judging
   * only their questions: what a timeline's temporal network needs, at a fraction of the cost. The
   * same-as claims are judged first and merge their events, as in {@link #of}.
   *
   * @return the positions in {@code story.assertions()} of the accepted timing and relation
   *     assertions, or null if the policy's method needs every verdict ({@link
   *     ReconciliationPolicy.Method#SOURCE_TRUST}): then use {@link #of}
   */
  static BitSet acceptedTimesAndRelations(Story story, ReconciliationPolicy policy) {
    return acceptedTimesAndRelations(story, policy, null);
  }

  /**
   * As {@link #acceptedTimesAndRelations(Story, ReconciliationPolicy)}, reading the claims' events
   * from an index of the story made once for the timeline; null to make one.
   */
  static BitSet acceptedTimesAndRelations(Story story, ReconciliationPolicy policy, StoryIndex index) {
    return Reconciler.acceptedTimesAndRelations(requireNonNull(story, "story"), requireNonNull(policy, "policy"), index);
  }

  /**
   * Feeds a story's assertions to a receiver as reconciliation feeds its {@link ClaimAccumulator}s,
   * without judging them: steps 1 to 3 of the class description (the editor's assertions,
   * supersession, and duplicate events merged by the same-as verdicts), then every question, every
   * assertion with its key, every implied support of occurrence (step 4) with its occurred key, and
   * every statement a link lends across questions (step 5) with the linked assertion's key, both
   * through {@link Feed#implied}. Accumulating what is fed per key and calling
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
    Reconciler.feed(requireNonNull(story, "story"), requireNonNull(policy, "policy"), requireNonNull(feed, "feed"));
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
    Map<ClaimKey, Verdict> map = byKey();
    Verdict v = map.get(key);
    return v != null ? Optional.of(v) : Optional.ofNullable(map.get(canonicalKey(key)));
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
      // The supporters of accepted verdicts, by position: no explanation is made.
      Set<AssertionId> made = new HashSet<>();
      for (int p = acceptedPositions.nextSetBit(0); p >= 0; p = acceptedPositions.nextSetBit(p + 1)) {
        made.add((p < assertions.size() ? assertions.get(p) : implicit.get(p - assertions.size())).id());
      }
      accepted = Collections.unmodifiableSet(made);
      acceptedAssertions = accepted;
    }
    return accepted.contains(assertion);
  }

  /**
   * Checks if the story's assertion at a position supports an accepted verdict: as
   * {@link #isAccepted(AssertionId)} for {@code story.assertions().get(position)}, without a lookup.
   */
  boolean isAcceptedAt(int position) {
    return acceptedPositions.get(position);
  }

  /**
   * Returns the modeller's links that the values disagree with: a {@code contradicts} between
   * assertions that agree on a question where they meet, a {@code corroborates} between assertions
   * on opposite sides of one (see {@link LinkConflict}). Links between assertions that never meet
   * on one question are not checked.
   *
   * @return the conflicts, in id order of the linking assertion, then the linked one, not null
   */
  public List<LinkConflict> linkConflicts() {
    return linkConflicts;
  }

  /**
   * Returns how many iterations the trust estimation ran, 0 for the other methods.
   *
   * @return the count
   */
  public int iterations() {
    return iterations;
  }

  private Map<ClaimKey, Verdict> byKey() {
    Map<ClaimKey, Verdict> map = byKey;
    if (map == null) {
      // Keys are unique: one verdict per group. Two threads may both make it; either is right.
      Map<ClaimKey, Verdict> made = new HashMap<>(verdicts.size() * 4 / 3 + 16);
      for (Verdict v : verdicts) {
        made.put(v.key(), v);
      }
      map = Collections.unmodifiableMap(made);
      byKey = map;
    }
    return map;
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

    /**
     * Receives an assertion that implies that an event occurred, or a statement a link lends on
     * another question, as {@link ClaimAccumulator#addImplied} takes it: a positive claim about the
     * event or one of its parts, or the linked claim with the linking claimant's voice (see {@code
     * docs/reconciliation.md}).
     *
     * @param key  the question (the occurred question, or the linked assertion's), canonical once
     *     duplicate events are merged, not null
     * @param assertion  the implying assertion, or the lent statement, not null
     * @param statedTime  when it was stated, empty if unknown
     * @param supersededBy  the later assertion of its source that supersedes or retracts it, if any
     */
    void implied(ClaimKey key, Assertion assertion, Optional<TimeBounds> statedTime, Optional<AssertionId> supersededBy);
  }
}
