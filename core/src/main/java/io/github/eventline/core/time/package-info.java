/**
 * Time as news states it: fuzzy bounds ({@link io.github.eventline.core.time.TimeBounds}), EDTF
 * parsing, and Allen's interval relations.
 *
 * <p>Every method refuses null arguments unless documented otherwise.
 *
 * <h2 id="text">The text of time bounds</h2>
 *
 * <p>{@link io.github.eventline.core.time.TimeBounds#parse(String)} reads the forms below, each
 * into calendar-exact, half-open bounds in UTC, as it states.
 *
 * <p>EDTF, completely at levels 0 and 1:
 * <ul>
 *   <li>dates at year, month and day precision: {@code 2024}, {@code 2024-08}, {@code 2024-08-06};
 *   <li>date-times, {@code 2024-08-06T10:15:00} with an offset ({@code Z}, {@code +03:00},
 *       {@code -04}) or without one, read as UTC; a date-time names an instant, so start and end
 *       both lie at it. Fractions of a second are accepted too, as {@code Instant.toString()}
 *       writes them;
 *   <li>intervals {@code a/b}: starts within {@code a}, ends within {@code b}; an open end
 *       ({@code ..}) or an unknown end (empty) is unbounded, and the label keeps which it was.
 *       An interval whose end lies before its start is rejected;
 *   <li>qualifiers {@code ?} (uncertain), {@code ~} (approximate), {@code %} (both) after a date.
 *       They are kept ({@link io.github.eventline.core.time.TimeBounds#isUncertain()},
 *       {@link io.github.eventline.core.time.TimeBounds#isApproximate()}) and do not widen the
 *       bounds;
 *   <li>unspecified digits: {@code 201X}, {@code 20XX}, {@code 2024-XX}, {@code 2024-08-XX},
 *       {@code 2024-XX-XX}; the bounds cover every value the digits allow;
 *   <li>seasons 21 to 24, read as the Northern Hemisphere's meteorological seasons: spring
 *       ({@code 2024-21}) is March to May, summer June to August, autumn September to November,
 *       and winter {@code 2024-24} runs from December 2024 to the end of February 2025;
 *   <li>years: four digits, negative years as java.time's proleptic years ({@code -0044} is
 *       45 BC, {@code 0000} is 1 BC), and {@code Y}-prefixed years of more
 *       than four digits ({@code Y170000002}, {@code Y-200000}). Years outside java.time's range
 *       of {@code -999999999} to {@code 999999999} are rejected. Dates of years past four
 *       digits are also read as java.time writes them ({@code +10000-01-01}).
 * </ul>
 *
 * <p>EDTF level 2, in these forms:
 * <ul>
 *   <li>one of a set, {@code [2024-08, 2024-09]} ("August or September"): start and end both
 *       lie within the hull of the members. All of a set, {@code {2024-08, 2024-10}} ("in
 *       August and in October"): it covers every member, so it also starts by the end of the
 *       first and ends after the start of the last. Members are dates, ranges
 *       {@code 2024-08..2024-10}, and a first member open before ({@code ..2024-08}: then or
 *       earlier) or a last one open after ({@code 2024-10..}); the precision is the finest of
 *       the members, and a qualifier of any member is kept;
 *   <li>qualifiers on components: before a component for that component ({@code 2024-?08-XX},
 *       {@code ?2024-08-~25}), after it for it and the components on its left
 *       ({@code 2024-08~-25}). Any of them marks the value uncertain or approximate, as a
 *       qualifier after the date does, without widening the bounds;
 *   <li>unspecified digits {@code X} in any position ({@code 1XXX-12}, {@code 156X-12-25},
 *       {@code 20X4-XX-1X}): the bounds are the hull of every calendar date the digits allow,
 *       and a text that allows none ({@code 156X-09-31}) is rejected;
 *   <li>exponential years and significant digits, read as the years they allow:
 *       {@code Y-17E7} is the year -170000000, {@code 1950S2} some year from 1900 to 1999,
 *       {@code Y17101E4S3} some year from 171000000 to 171999999.
 * </ul>
 * Seasons 25 to 41, and level 2 forms not listed here, are rejected.
 *
 * <p>Also read, so that {@code parse(b.toString())} equals {@code b} for the bounds of every
 * factory of {@code TimeBounds}: {@code ..}
 * ({@link io.github.eventline.core.time.TimeBounds#unbounded()}), {@code early 2024-08},
 * {@code mid 2024-08}, {@code late 2024-08}, {@code between 2024-08-01 and 2024-08-10},
 * {@code around 2024-08-06 ±P3D} (or {@code +/-}), {@code ongoing at X}, {@code not before X},
 * {@code not after X}, and {@code X & Y} for an intersection, where {@code X} and {@code Y} are
 * texts {@code parse} reads, in parentheses when they contain {@code &}.
 */
@NullMarked
package io.github.eventline.core.time;

import org.jspecify.annotations.NullMarked;
