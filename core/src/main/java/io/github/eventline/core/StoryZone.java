package io.github.eventline.core;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The zone in which a story's times of day are shown: an IANA time zone, never a fixed offset.
 * Not public, by design.
 */
final class StoryZone {

  private static final String EXPECTED = "expected an IANA time zone id such as \"America/Chicago\" or \"UTC\"";

  private StoryZone() {}

  /** Returns the zone if it is an IANA zone; throws IllegalArgumentException for a fixed offset. */
  static ZoneId check(ZoneId zone) {
    if (zone instanceof ZoneOffset) {
      throw new IllegalArgumentException("Invalid story zone \"" + zone.getId() + "\": " + EXPECTED + ", not an offset");
    }
    return zone;
  }

  /** Returns the zone of an id; throws IllegalArgumentException if the id names no zone. */
  static ZoneId parse(String zoneId) {
    try {
      return ZoneId.of(zoneId);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Invalid story zone \"" + Ids.abbreviate(zoneId) + "\": " + EXPECTED, e);
    }
  }
}
