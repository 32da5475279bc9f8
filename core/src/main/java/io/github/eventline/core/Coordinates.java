package io.github.eventline.core;

/**
 * A point on the Earth, WGS 84 latitude and longitude in degrees.
 *
 * <p>Immutable and thread-safe.
 *
 * @param latitude  degrees north, from -90 to 90
 * @param longitude  degrees east, from -180 to 180
 */
public record Coordinates(double latitude, double longitude) {

  /**
   * Creates coordinates, checking their range.
   *
   * @param latitude  degrees north (negative south), WGS 84, from -90 to 90 inclusive
   * @param longitude  degrees east (negative west), WGS 84, from -180 to 180 inclusive
   * @throws IllegalArgumentException if a value is out of range or not finite
   */
  public Coordinates {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("Latitude " + latitude + " is out of range: expected -90 to 90");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("Longitude " + longitude + " is out of range: expected -180 to 180");
    }
  }

  /**
   * Obtains coordinates.
   *
   * @param latitude  degrees north, from -90 to 90
   * @param longitude  degrees east, from -180 to 180
   * @return the coordinates, not null
   */
  public static Coordinates of(double latitude, double longitude) {
    return new Coordinates(latitude, longitude);
  }
}
