package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.measure.MeasurementException;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import javax.measure.format.UnitFormat;
import org.jspecify.annotations.Nullable;
import systems.uom.ucum.format.UCUMFormat;

/**
 * Units of {@link Claim.Quantity quantities}: which figures can be compared, and their values in
 * one common unit per dimension, so that "210,000 gallons a day" meets "5,000 barrels a day".
 *
 * <p>A unit label is read, in this order, as:
 *
 * <ol>
 *   <li>a count: {@code person}, {@code persons}, {@code people}, {@code individuals}, or a UCUM
 *       annotation alone such as {@code {soldiers}}; counts have the common unit
 *       {@value #COUNT}, so that they never meet a percentage;
 *   <li>a common news alias, ignoring case: {@code barrels/day}, {@code barrels per day},
 *       {@code bbl/d}, {@code bpd}, {@code gallons/day}, {@code gal/d}, {@code barrels},
 *       {@code gallons}, {@code litres}, {@code km}, {@code kilometres}, {@code metres},
 *       {@code miles}, {@code sq km}, {@code hectares}, {@code ha}, {@code tonnes},
 *       {@code percent} (with their singulars and American spellings);
 *   <li>a UCUM code, case-sensitive ({@code [bbl_us]/d}, {@code PBq}, {@code m3/s}, {@code Cel}),
 *       read by JSR 385's UCUM system; its common unit is the UCUM code of its dimension's system
 *       unit ({@code m3/s}, {@code Bq}, {@code m}, {@code 1} for dimensionless units such as
 *       {@code %});
 *   <li>otherwise an unknown label, compared as a label: its common unit is the label itself,
 *       trimmed and in lower case, so that {@code USD} meets {@code usd} and nothing else.
 * </ol>
 *
 * <p>Two units are comparable when they have the same common unit; a figure with no unit is
 * comparable with any (a bare figure is taken in the other's unit). Different labels that are
 * not comparable (kilometres and people, or two unknown labels such as {@code troops} and
 * {@code soldiers}) cannot be meant on one question: the story's validation reports them.
 *
 * <p>The units library stays inside this class: nothing of JSR 385 is part of Eventline's API.
 * Readings of labels are cached (at most 4,096 labels); thread-safe.
 */
public final class Quantities {

  /** The common unit of counts of people or things. */
  public static final String COUNT = "{count}";

  private static final Pattern ANNOTATION = Pattern.compile("\\{[^{}]*}");

  private static final Map<String, String> COUNTS = ImmutableMap.of(
      "person", COUNT, "persons", COUNT, "people", COUNT, "individuals", COUNT);

  private static final Map<String, String> ALIASES = aliases();

  private static final UnitFormat UCUM = UCUMFormat.getInstance(UCUMFormat.Variant.CASE_SENSITIVE);

  private static final LoadingCache<String, Reading> READINGS = CacheBuilder.newBuilder()
      .maximumSize(4096)
      .build(CacheLoader.from(Quantities::read));

  private Quantities() {}

  /**
   * Returns the common unit of a unit's dimension: see the class description.
   *
   * <pre>{@code
   * Quantities.commonUnit("bbl/d")     // "m3/s"
   * Quantities.commonUnit("TBq")       // "Bq"
   * Quantities.commonUnit("people")    // "{count}"
   * Quantities.commonUnit("USD")       // "usd", compared as a label
   * }</pre>
   *
   * @param unit  the unit label, not null
   * @return the common unit's label, not null
   */
  public static String commonUnit(String unit) {
    return reading(unit).common;
  }

  /**
   * Checks if a unit label is known (a count, an alias or a UCUM code) rather than compared as a
   * label.
   *
   * @param unit  the unit label, not null
   * @return true if figures in it are converted
   */
  public static boolean isKnown(String unit) {
    return reading(unit).converter != null || reading(unit).common.equals(COUNT);
  }

  /**
   * Checks if figures in two units can be compared: either has no unit, or both have the same
   * common unit.
   *
   * @param a  one unit, if stated, not null
   * @param b  the other unit, if stated, not null
   * @return true if comparable
   */
  public static boolean areComparable(Optional<String> a, Optional<String> b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    return a.isEmpty() || b.isEmpty() || a.equals(b) || commonUnit(a.get()).equals(commonUnit(b.get()));
  }

  /**
   * Returns the range a quantity allows, in the common unit of its dimension: its bounds widened
   * by its stated {@linkplain Claim.Quantity#uncertainty() uncertainty} (which the result no
   * longer carries) and converted. The result is {@code approximate} only when the claim is
   * approximate with no stated uncertainty, that is when the reconciliation's tolerance still
   * applies to it. A claim with no unit or an unknown one keeps its figures.
   *
   * <pre>{@code
   * // 210,000 gallons a day and 5,000 barrels a day: both 0.0092 m3/s
   * Quantities.toCommonUnit(Claim.Quantity.of(spill, "flow", 210_000, "gallons/day", false))
   * }</pre>
   *
   * @param quantity  the claim, not null
   * @return the claim with the allowed range in the common unit, not null
   */
  public static Claim.Quantity toCommonUnit(Claim.Quantity quantity) {
    requireNonNull(quantity, "quantity");
    double low = quantity.low();
    double high = quantity.high();
    if (quantity.uncertainty().isPresent()) {
      double u = quantity.uncertainty().getAsDouble();
      low -= u * Math.abs(low);
      high += u * Math.abs(high);
    }
    Optional<String> unit = quantity.unit();
    if (unit.isPresent()) {
      Reading reading = reading(unit.get());
      if (reading.converter != null) {
        double a = convert(reading.converter, low);
        double b = convert(reading.converter, high);
        low = Math.min(a, b);
        high = Math.max(a, b);
      }
      unit = Optional.of(reading.common);
    }
    boolean tolerated = quantity.approximate() && quantity.uncertainty().isEmpty();
    if (low == quantity.low() && high == quantity.high() && unit.equals(quantity.unit())
        && tolerated == quantity.approximate() && quantity.uncertainty().isEmpty()) {
      return quantity;
    }
    return new Claim.Quantity(quantity.event(), quantity.measure(), low, high, unit, tolerated);
  }

  /** Converts a figure; an open bound (infinite) stays open, as every unit's scale is positive. */
  private static double convert(UnitConverter converter, double value) {
    return Double.isInfinite(value) ? value : converter.convert(value);
  }

  private static Reading reading(String unit) {
    requireNonNull(unit, "unit");
    return READINGS.getUnchecked(unit);
  }

  /** Reads a label: see the class description for the order. */
  private static Reading read(String label) {
    String trimmed = label.trim();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (COUNTS.containsKey(lower) || ANNOTATION.matcher(trimmed).matches()) {
      return new Reading(COUNT, null);
    }
    String code = ALIASES.getOrDefault(lower, trimmed);
    Optional<Unit<?>> unit = parse(code);
    if (unit.isEmpty()) {
      return new Reading(lower, null);
    }
    Unit<?> system = unit.get().getSystemUnit();
    UnitConverter converter = unit.get().getConverterTo(cast(system));
    return new Reading(format(system), converter);
  }

  @SuppressWarnings("unchecked")
  private static <Q extends javax.measure.Quantity<Q>> Unit<Q> cast(Unit<?> unit) {
    return (Unit<Q>) unit;
  }

  /**
   * Parses a UCUM code; empty if it is not one. The UCUM parser reports an unknown code with a
   * {@link MeasurementException}, and some malformed text with other runtime exceptions: each
   * means that the label is compared as a label, which is the documented outcome, not an error.
   */
  private static Optional<Unit<?>> parse(String code) {
    if (code.isEmpty()) {
      return Optional.empty();
    }
    try {
      synchronized (UCUM) {
        return Optional.of(UCUM.parse(code));
      }
    } catch (MeasurementException | IllegalArgumentException | IndexOutOfBoundsException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static String format(Unit<?> unit) {
    synchronized (UCUM) {
      return UCUM.format(unit);
    }
  }

  private static Map<String, String> aliases() {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String s : new String[] {"barrels/day", "barrels per day", "barrels a day", "barrel/day", "bbl/d", "bbl/day", "bpd"}) {
      b.put(s, "[bbl_us]/d");
    }
    for (String s : new String[] {"gallons/day", "gallons per day", "gallons a day", "gallon/day", "gal/d", "gal/day"}) {
      b.put(s, "[gal_us]/d");
    }
    alias(b, "[bbl_us]", "barrels", "barrel", "bbl");
    alias(b, "[gal_us]", "gallons", "gallon", "gal");
    alias(b, "L", "litres", "litre", "liters", "liter");
    alias(b, "km", "km", "kilometres", "kilometre", "kilometers", "kilometer");
    alias(b, "m", "metres", "metre", "meters", "meter");
    alias(b, "[mi_i]", "miles", "mile", "mi");
    alias(b, "km2", "km2", "sq km", "square kilometres", "square kilometers", "km²");
    alias(b, "har", "hectares", "hectare", "ha");
    alias(b, "t", "tonnes", "tonne", "metric tons");
    alias(b, "%", "percent", "per cent");
    return b.buildOrThrow();
  }

  private static void alias(ImmutableMap.Builder<String, String> b, String code, String... labels) {
    for (String label : labels) {
      b.put(label, code);
    }
  }

  /** A label as read: its common unit, and the converter to it (null for counts and unknown labels). */
  private static final class Reading {
    final String common;
    final @Nullable UnitConverter converter;

    Reading(String common, @Nullable UnitConverter converter) {
      this.common = common;
      this.converter = converter;
    }
  }
}
