package io.github.eventline.export.view;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Actor;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Place;
import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values a timeline holds about its events, as a reader sees them under an event: its figures
 * ({@code soldiers: about 10,000 person}), who took part ({@code who: Russia (agent), Ukraine
 * (target)}) and where ({@code where: Kursk Oblast}). Only accepted verdicts (uncontested,
 * corroborated, contested) hold a value; a contested one says so. The text timeline of the {@code
 * eventline} command and the views show the same lines.
 */
public final class HeldValues {

  /** Verdicts by their event's id, then by question: the order of the lines. */
  private static final Comparator<Verdict> BY_EVENT =
      Comparator.comparing((Verdict v) -> v.key().event().value()).thenComparing(Verdict::key);

  private HeldValues() {}

  /**
   * Returns the lines of values held about each event of a timeline: figures, then who, then where.
   * O(v log v) in the number of verdicts.
   *
   * @param timeline  the timeline, not null
   * @return the lines of each event that has any, unmodifiable, not null
   */
  public static Map<EventId, List<String>> of(Timeline timeline) {
    requireNonNull(timeline, "timeline");
    Map<EventId, List<String>> quantities = new HashMap<>();
    Map<EventId, List<String>> who = new HashMap<>();
    Map<EventId, List<String>> where = new HashMap<>();
    List<Verdict> verdicts = new ArrayList<>(timeline.verdicts());
    verdicts.sort(BY_EVENT);
    for (Verdict v : verdicts) {
      if (!v.status().isAccepted() || v.value().isEmpty()) {
        continue;
      }
      String contested = v.status() == VerdictStatus.CONTESTED ? " (contested)" : "";
      Claim claim = v.value().get();
      EventId event = v.key().event();
      if (claim instanceof Claim.Quantity q) {
        quantities.computeIfAbsent(event, k -> new ArrayList<>()).add(q.measure() + ": " + quantity(q) + contested);
      } else if (claim instanceof Claim.Participation p) {
        String name = timeline.story().actor(p.actor()).map(Actor::name).orElse(p.actor().value());
        who.computeIfAbsent(event, k -> new ArrayList<>()).add(name + " (" + p.role().value() + ")" + contested);
      } else if (claim instanceof Claim.Location l) {
        String name = timeline.story().place(l.place()).map(Place::name).orElse(l.place().value());
        where.computeIfAbsent(event, k -> new ArrayList<>()).add(name + contested);
      }
    }
    Map<EventId, List<String>> held = new HashMap<>();
    for (Event e : timeline.events()) {
      List<String> lines = new ArrayList<>(quantities.getOrDefault(e.id(), List.of()));
      if (who.containsKey(e.id())) {
        lines.add("who: " + String.join(", ", who.get(e.id())));
      }
      if (where.containsKey(e.id())) {
        lines.add("where: " + String.join(", ", where.get(e.id())));
      }
      if (!lines.isEmpty()) {
        held.put(e.id(), List.copyOf(lines));
      }
    }
    return Map.copyOf(held);
  }

  /**
   * Returns a figure as a person says it: {@code about 10,000 soldiers}, {@code 3-5 km}, thousands
   * separated by commas, at most three decimals.
   *
   * @param quantity  the quantity, not null
   * @return the text, not null
   */
  public static String quantity(Claim.Quantity quantity) {
    requireNonNull(quantity, "quantity");
    return (quantity.approximate() ? "about " : "") + grouped(quantity.low())
        + (quantity.isSingleValue() ? "" : "-" + grouped(quantity.high()))
        + quantity.unit().map(u -> " " + u).orElse("");
  }

  private static String grouped(double value) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
    BigInteger whole = d.toBigInteger();
    String fraction = d.scale() > 0 ? d.subtract(new BigDecimal(whole)).abs().toPlainString().substring(1) : "";
    String sign = value < 0 && whole.signum() == 0 ? "-" : "";
    return sign + String.format(Locale.ROOT, "%,d", whole) + fraction;
  }
}
