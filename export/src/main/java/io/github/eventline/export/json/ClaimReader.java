package io.github.eventline.export.json;

import io.github.eventline.core.ActorId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.EventId;
import io.github.eventline.core.PlaceId;
import io.github.eventline.core.Role;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads the claim object of an assertion. Not public, by design. */
final class ClaimReader {

  static final Map<ClaimType, List<String>> FIELDS = Map.of(
      ClaimType.OCCURRED, List.of("type", "event"),
      ClaimType.TIMING, List.of("type", "event", "when"),
      ClaimType.LOCATION, List.of("type", "event", "place"),
      ClaimType.PARTICIPATION, List.of("type", "event", "actor", "role"),
      ClaimType.QUANTITY, List.of("type", "event", "measure", "low", "high", "value", "unit", "approximate", "uncertainty"),
      ClaimType.RELATION, List.of("type", "event", "relation", "other"),
      ClaimType.SAME_AS, List.of("type", "event", "other"));

  /** How problems name each kind of claim, such as "a timing claim". */
  private static final Map<ClaimType, String> WHAT = new EnumMap<>(ClaimType.class);

  static {
    for (ClaimType type : ClaimType.values()) {
      WHAT.put(type, (type == ClaimType.OCCURRED ? "an " : "a ") + type.label() + " claim");
    }
  }

  private ClaimReader() {}

  static Optional<Claim> read(
      Problems problems, Map<String, List<Integer>> indexMaps, Node node, String pointer,
      Optional<TimeBounds> statedTime) {
    Optional<ClaimType> type = typeOf(problems, node, pointer);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Fields f = new Fields(problems, indexMaps, node, pointer, WHAT.get(type.get()), FIELDS.get(type.get()), false);
    Optional<EventId> event = f.required("event", EventId::of);
    Optional<Claim> claim;
    switch (type.get()) {
      case OCCURRED:
        claim = event.map(Claim.Occurred::new);
        break;
      case TIMING:
        claim = timing(problems, f, event, statedTime);
        break;
      case LOCATION: {
        Optional<PlaceId> place = f.required("place", problems.memo(PlaceId.class, PlaceId::of));
        claim = both(event, place).map(x -> new Claim.Location(event.get(), place.get()));
        break;
      }
      case PARTICIPATION: {
        Optional<ActorId> actor = f.required("actor", problems.memo(ActorId.class, ActorId::of));
        Optional<Role> role = f.required("role", problems.memo(Role.class, Role::of));
        claim = both(event, actor).flatMap(x -> role).map(r -> new Claim.Participation(event.get(), actor.get(), r));
        break;
      }
      case QUANTITY:
        claim = quantity(problems, f, event);
        break;
      case RELATION:
        claim = relation(problems, f, event);
        break;
      default: {
        Optional<EventId> other = f.required("other", EventId::of);
        claim = both(event, other).map(x -> new Claim.SameAs(event.get(), other.get()));
        break;
      }
    }
    return claim;
  }

  private static Optional<ClaimType> typeOf(Problems problems, Node node, String pointer) {
    Node type = node.get("type");
    if (type == null) {
      problems.add(node, pointer, "missing required field \"type\"",
          Optional.of("a claim's type is occurred, timing, location, participation, quantity, relation or same-as"));
      return Optional.empty();
    }
    if (type.kind != Node.Kind.STRING) {
      problems.add(type, pointer + "/type", "expected a string but found " + type.kind.description);
      return Optional.empty();
    }
    try {
      return Optional.of(ClaimType.fromLabel(type.text));
    } catch (IllegalArgumentException e) {
      List<String> labels = List.of("occurred", "timing", "location", "participation", "quantity", "relation", "same-as");
      problems.add(type, pointer + "/type", e.getMessage(),
          Problems.closest(type.text, labels).map(c -> "did you mean \"" + c + "\"?"));
      return Optional.empty();
    }
  }

  private static Optional<Boolean> both(Optional<?> a, Optional<?> b) {
    return a.isPresent() && b.isPresent() ? Optional.of(true) : Optional.empty();
  }

  private static Optional<Claim> timing(
      Problems problems, Fields f, Optional<EventId> event, Optional<TimeBounds> statedTime) {
    if (!f.has("when")) {
      f.missing("when");
      return Optional.empty();
    }
    TimeJson.Stated stated = new TimeJson.Stated() {
      @Override
      public Optional<TimeBounds> statedTime() {
        return statedTime;
      }

      @Override
      public Optional<String> refusal() {
        return Optional.empty();
      }
    };
    Optional<TimeBounds> when = TimeJson.read(problems, f.node.get("when"), f.pointer("when"), stated);
    return both(event, when).map(x -> new Claim.Timing(event.get(), when.get()));
  }

  /**
   * Reads a quantity: a {@code value}, or a range from {@code low} to {@code high}, either of which
   * alone is an open range ("at least", "at most"); an optional relative {@code uncertainty}.
   */
  private static Optional<Claim> quantity(Problems problems, Fields f, Optional<EventId> event) {
    Optional<String> measure = f.requiredString("measure");
    Optional<String> unit = f.string("unit");
    boolean approximate = f.bool("approximate").orElse(false);
    OptionalDouble uncertainty = f.has("uncertainty") ? f.number("uncertainty") : OptionalDouble.empty();
    OptionalDouble low;
    OptionalDouble high;
    if (f.has("value")) {
      if (f.has("low") || f.has("high")) {
        problems.add(f.node, f.pointer, "a quantity has either \"value\" or \"low\" and \"high\", not both");
        return Optional.empty();
      }
      low = f.number("value");
      high = low;
    } else if (f.has("low") || f.has("high")) {
      // one bound alone is an open range: "at least" (low) or "at most" (high)
      low = f.has("low") ? f.number("low") : OptionalDouble.of(Double.NEGATIVE_INFINITY);
      high = f.has("high") ? f.number("high") : OptionalDouble.of(Double.POSITIVE_INFINITY);
    } else {
      problems.add(f.node, f.pointer, "missing required field \"value\"",
          Optional.of("a quantity has a \"value\", a range from \"low\" to \"high\", or one of them alone for"
              + " \"at least\" or \"at most\""));
      return Optional.empty();
    }
    if (event.isEmpty() || measure.isEmpty() || low.isEmpty() || high.isEmpty()
        || f.has("uncertainty") && uncertainty.isEmpty()) {
      return Optional.empty();
    }
    if (isStatedInfinite(f, "value", low) || isStatedInfinite(f, "low", low) || isStatedInfinite(f, "high", high)) {
      problems.add(f.node, f.pointer,
          "Quantity of " + measure.get() + " is not a finite number: " + low.getAsDouble() + ".." + high.getAsDouble());
      return Optional.empty();
    }
    if (uncertainty.isPresent() && !(uncertainty.getAsDouble() > 0 && uncertainty.getAsDouble() <= 1)) {
      problems.add(f.node.get("uncertainty"), f.pointer("uncertainty"),
          "uncertainty " + f.node.get("uncertainty").text + " is out of range: expected a fraction above 0 and at most 1",
          Optional.of("plus or minus 20 % is 0.2"));
      return Optional.empty();
    }
    try {
      return Optional.of(new Claim.Quantity(
          event.get(), measure.get(), low.getAsDouble(), high.getAsDouble(), unit, approximate, uncertainty));
    } catch (IllegalArgumentException e) {
      problems.add(f.node, f.pointer, e.getMessage());
      return Optional.empty();
    }
  }

  /** Checks if a number stated in the file is out of the range of doubles (such as 1e400). */
  private static boolean isStatedInfinite(Fields f, String name, OptionalDouble read) {
    return f.has(name) && read.isPresent() && Double.isInfinite(read.getAsDouble());
  }

  private static Optional<Claim> relation(Problems problems, Fields f, Optional<EventId> event) {
    Optional<EventId> other = f.required("other", EventId::of);
    if (!f.has("relation")) {
      f.missing("relation");
      return Optional.empty();
    }
    Optional<Node> array = f.typed("relation", Node.Kind.ARRAY);
    if (array.isEmpty()) {
      return Optional.empty();
    }
    int before = problems.size();
    List<IntervalRelation> relations = f.strings("relation", JsonFields::relation);
    if (problems.size() > before) {
      return Optional.empty();
    }
    if (relations.isEmpty()) {
      problems.add(array.get(), f.pointer("relation"), "a relation names at least one interval relation",
          Optional.of("such as [\"after\", \"met-by\"]"));
      return Optional.empty();
    }
    Set<IntervalRelation> set = EnumSet.copyOf(relations);
    return both(event, other).map(x -> Claim.Relation.of(event.get(), set, other.get()));
  }
}
