package io.github.eventline.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random properties; each failure names its seed. */
class TimeBoundsPropertyTest {

  private static final LocalDate BASE = LocalDate.of(2024, 8, 1);

  static LongStream seeds() {
    return LongStream.range(0, 100).map(i -> 0x5EED_0000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void parse_readsBackTheTextOfEveryValue(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 20; i++) {
      TimeBounds value = anyValue(random, 2);
      assertThat(TimeBounds.parse(value.toString())).as("seed %s: %s", seed, value).isEqualTo(value);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void parse_readsBackGeneratedEdtf(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 10; i++) {
      String text = edtf(random);
      TimeBounds value = TimeBounds.parse(text);
      assertThat(value.toString()).as("seed %s", seed).isEqualTo(text);
      assertThat(TimeBounds.parse(value.toString())).as("seed %s: %s", seed, text).isEqualTo(value);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void intersect_isCommutativeAndAssociativeOnBounds(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 25; i++) {
      TimeBounds a = gridBounds(random);
      TimeBounds b = gridBounds(random);
      TimeBounds c = gridBounds(random);
      String context = "seed " + seed + ": " + describe(a) + ", " + describe(b) + ", " + describe(c);
      assertThat(key(a.intersection(b))).as(context).isEqualTo(key(b.intersection(a)));
      assertThat(key(a.intersection(b).flatMap(ab -> ab.intersection(c))))
          .as(context)
          .isEqualTo(key(b.intersection(c).flatMap(a::intersection)));
      assertThat(key(a.intersection(TimeBounds.unbounded()))).as(context).isEqualTo(key(Optional.of(a)));
      a.intersection(b).ifPresent(ab -> {
        assertThat(ab.earliestStart()).as(context).isAfterOrEqualTo(a.earliestStart()).isAfterOrEqualTo(b.earliestStart());
        assertThat(ab.latestEnd()).as(context).isBeforeOrEqualTo(a.latestEnd()).isBeforeOrEqualTo(b.latestEnd());
      });
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void possibleRelations_containsTheRelationOfEveryConcreteIntervalWithin(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 20; i++) {
      TimeBounds x = random.nextBoolean() ? gridBounds(random) : anyValue(random, 1);
      TimeBounds y = random.nextBoolean() ? gridBounds(random) : anyValue(random, 1);
      Set<IntervalRelation> possible = x.possibleRelations(y);
      assertThat(possible).as("seed %s: %s vs %s", seed, describe(x), describe(y)).isEqualTo(y.possibleRelations(x)
          .stream().map(IntervalRelation::inverse).collect(Collectors.toSet()));
      for (int j = 0; j < 50; j++) {
        Instant[] a = sample(x, random);
        Instant[] b = sample(y, random);
        IntervalRelation concrete = IntervalRelation.between(a[0], a[1], b[0], b[1]);
        if (!possible.contains(concrete)) {
          fail("seed %s: %s vs %s, concrete [%s, %s) vs [%s, %s) is %s, not in %s",
              seed, describe(x), describe(y), a[0], a[1], b[0], b[1], concrete, possible);
        }
      }
    }
  }

  /** On a grid at multiples of 5 seconds, every integer second is a candidate endpoint: exact witnesses. */
  @ParameterizedTest
  @MethodSource("seeds")
  void possibleRelations_isExactOnAGrid(long seed) {
    Random random = new Random(seed);
    TimeBounds x = TimeBoundsGrids.smallGrid(random);
    TimeBounds y = TimeBoundsGrids.smallGrid(random);
    List<long[]> xs = concrete(x);
    List<long[]> ys = concrete(y);
    Set<IntervalRelation> witnessed = EnumSet.noneOf(IntervalRelation.class);
    for (long[] a : xs) {
      for (long[] b : ys) {
        witnessed.add(IntervalRelation.between(a[0], a[1], b[0], b[1]));
      }
    }
    assertThat(x.possibleRelations(y)).as("seed %s: %s vs %s", seed, describe(x), describe(y)).isEqualTo(witnessed);
  }

  // ---- generators

  private static TimeBounds anyValue(Random random, int depth) {
    int kind = random.nextInt(depth > 0 ? 17 : 12);
    YearMonth month = YearMonth.from(day(random));
    switch (kind) {
      case 0: return TimeBounds.on(day(random));
      case 1: return TimeBounds.in(month);
      case 2: return TimeBounds.in(Year.of(random.nextBoolean() ? 1900 + random.nextInt(200)
          : random.nextInt(2 * Year.MAX_VALUE) - Year.MAX_VALUE));
      case 3: return TimeBounds.early(month);
      case 4: return TimeBounds.mid(month);
      case 5: return TimeBounds.late(month);
      case 6: {
        LocalDate first = day(random);
        return TimeBounds.between(first, first.plusDays(random.nextInt(20)));
      }
      case 7: return TimeBounds.around(day(random), Period.of(random.nextInt(2), random.nextInt(3), random.nextInt(10)));
      case 8: return TimeBounds.at(instant(random));
      case 9: return TimeBounds.ongoingAt(instant(random));
      case 10: return random.nextBoolean() ? TimeBounds.notBefore(instant(random)) : TimeBounds.notAfter(instant(random));
      case 11: return random.nextInt(10) == 0 ? TimeBounds.unbounded() : TimeBounds.parse(edtf(random));
      case 12: return TimeBounds.ongoingAt(anyValue(random, depth - 1));
      case 13: return TimeBounds.notBefore(anyValue(random, depth - 1));
      case 14: return TimeBounds.notAfter(anyValue(random, depth - 1));
      default: {
        TimeBounds a = anyValue(random, depth - 1);
        TimeBounds compatible = a.isUnboundedStart() ? TimeBounds.unbounded() : TimeBounds.notBefore(a.earliestStart());
        return a.intersect(compatible);
      }
    }
  }

  private static LocalDate day(Random random) {
    return random.nextInt(10) == 0
        ? LocalDate.ofEpochDay(random.nextInt(20_000_000) - 10_000_000)
        : BASE.plusDays(random.nextInt(120) - 60);
  }

  private static Instant instant(Random random) {
    switch (random.nextInt(20)) {
      case 0: return Instant.MIN;
      case 1: return Instant.MAX;
      default:
        long seconds = BASE.toEpochDay() * 86_400 + random.nextInt(120 * 86_400) - 60 * 86_400;
        return Instant.ofEpochSecond(seconds, random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
    }
  }

  private static String edtf(Random random) {
    int year = 1000 + random.nextInt(2000);
    switch (random.nextInt(4)) {
      case 0: return single(random, year, true);
      case 1: return single(random, year, false) + "/" + single(random, year + 2 + random.nextInt(5), false);
      case 2: return single(random, year, true) + (random.nextBoolean() ? "/.." : "/");
      default: return (random.nextBoolean() ? "../" : "/") + single(random, year, true);
    }
  }

  /** One EDTF date of about {@code year}; {@code anyYear} allows negative and Y-prefixed years too. */
  private static String single(Random random, int year, boolean anyYear) {
    String y = (anyYear && random.nextInt(8) == 0 ? "-" : "") + String.format("%04d", year);
    String month = String.format("%02d", 1 + random.nextInt(12));
    String date;
    int kind = random.nextInt(9);
    switch (!anyYear && kind == 7 ? 8 : kind) {
      case 0: date = y; break;
      case 1: date = y + "-" + month; break;
      case 2: date = y + "-" + month + "-" + String.format("%02d", 1 + random.nextInt(28)); break;
      case 3: date = y + "-" + (21 + random.nextInt(4)); break;
      case 4: date = y.substring(0, y.length() - 1 - random.nextInt(2)) + "X".repeat(1) ; break;
      case 5: date = y + "-XX" + (random.nextBoolean() ? "-XX" : ""); break;
      case 6: date = y + "-" + month + "-XX"; break;
      case 7: date = "Y" + (random.nextBoolean() ? "-" : "") + (10_000 + random.nextInt(Year.MAX_VALUE - 10_000)); break;
      default:
        String[] offsets = {"", "Z", "+05:30", "-04", "-11:00"};
        return year + "-" + month + "-1" + random.nextInt(10) + "T" + String.format("%02d:%02d:%02d",
            random.nextInt(24), random.nextInt(60), random.nextInt(60)) + offsets[random.nextInt(offsets.length)];
    }
    if (date.endsWith("X") && !date.contains("-X")) {
      date = date + "X".repeat(y.replace("-", "").length() - date.replace("-", "").length());
    }
    String[] qualifiers = {"", "", "?", "~", "%"};
    return date + qualifiers[random.nextInt(qualifiers.length)];
  }

  /** Bounds on whole days around {@link #BASE}, sometimes unbounded or an instant. */
  private static TimeBounds gridBounds(Random random) {
    Instant[] grid = new Instant[6];
    for (int i = 0; i < grid.length; i++) {
      grid[i] = Instant.ofEpochSecond((BASE.toEpochDay() + random.nextInt(8)) * 86_400);
    }
    if (random.nextInt(8) == 0) {
      return TimeBounds.at(grid[0]);
    }
    Instant earliestStart = random.nextInt(6) == 0 ? Instant.MIN : grid[0];
    Instant latestStart = max(earliestStart, grid[1]);
    Instant earliestEnd = max(earliestStart, grid[2]);
    Instant latestEnd = random.nextInt(6) == 0 ? Instant.MAX : max(max(latestStart, earliestEnd), grid[3]);
    Precision precision = Precision.values()[random.nextInt(Precision.values().length)];
    return TimeBounds.of(earliestStart, latestStart, earliestEnd, latestEnd, precision, "g");
  }

  /** Every integer-second interval within the bounds: proper, or the point of an instant. */
  private static List<long[]> concrete(TimeBounds b) {
    List<long[]> result = new ArrayList<>();
    for (long s = b.earliestStart().getEpochSecond(); s <= b.latestStart().getEpochSecond(); s++) {
      for (long e = Math.max(s, b.earliestEnd().getEpochSecond()); e <= b.latestEnd().getEpochSecond(); e++) {
        if (s < e || b.isInstant()) {
          result.add(new long[] {s, e});
        }
      }
    }
    return result;
  }

  /** A concrete interval within the bounds, often on a bound itself. */
  private static Instant[] sample(TimeBounds b, Random random) {
    if (b.isInstant()) {
      return new Instant[] {b.earliestStart(), b.earliestStart()};
    }
    Instant start = pick(b.earliestStart(), min(b.latestStart(), b.latestEnd().minusNanos(1)), random);
    Instant end = pick(max(b.earliestEnd(), start.plusNanos(1)), b.latestEnd(), random);
    return new Instant[] {start, end};
  }

  private static Instant pick(Instant low, Instant high, Random random) {
    switch (random.nextInt(4)) {
      case 0: return low;
      case 1: return high;
      default:
        Instant windowLow = max(low, Instant.ofEpochSecond((BASE.toEpochDay() - 30) * 86_400));
        Instant windowHigh = min(high, Instant.ofEpochSecond((BASE.toEpochDay() + 40) * 86_400));
        if (!windowLow.isBefore(windowHigh)) {
          return random.nextBoolean() ? low : high;
        }
        long span = windowHigh.getEpochSecond() - windowLow.getEpochSecond();
        Instant picked = windowLow.plusSeconds((long) (random.nextDouble() * span));
        return picked.isAfter(high) ? high : picked;
    }
  }

  private static List<Object> key(Optional<TimeBounds> bounds) {
    return bounds.<List<Object>>map(b -> List.of(b.earliestStart(), b.latestStart(), b.earliestEnd(), b.latestEnd(),
        b.precision(), b.isUncertain(), b.isApproximate())).orElse(List.of());
  }

  private static String describe(TimeBounds b) {
    return b + "[" + b.earliestStart() + ", " + b.latestStart() + "; " + b.earliestEnd() + ", " + b.latestEnd() + "]";
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
