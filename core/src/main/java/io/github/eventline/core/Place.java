package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where events happen: a region, a city, a country.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(PlaceId, String)}.
 *
 * @param id  the id, unique among the story's places
 * @param name  the name, not blank
 * @param aliases  other names, in any language
 * @param country  the ISO 3166-1 alpha-2 country code, such as {@code RU}
 * @param coordinates  a representative point
 * @param within  the place this one lies within (no cycles)
 * @param extensions  {@code x-} fields kept from the story file, as JSON text
 */
public record Place(
    PlaceId id,
    String name,
    List<String> aliases,
    Optional<String> country,
    Optional<Coordinates> coordinates,
    Optional<PlaceId> within,
    Map<String, String> extensions) {

  /**
   * Creates a place. The aliases and extensions are copied.
   *
   * @param id  the id, unique among the story's places, not null
   * @param name  the name, not blank
   * @param aliases  other names, in any language, may be empty, not null
   * @param country  the ISO 3166-1 alpha-2 country code, such as {@code RU}, if known, not null
   * @param coordinates  a representative point, if known, not null
   * @param within  the place this one lies within, if any, not null
   * @param extensions  {@code x-} fields kept from the story file, name to JSON text, not null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the name is blank, the country is not two capital letters
   *     or an extension key lacks {@code x-}
   */
  public Place {
    requireNonNull(id, "id");
    Extensions.text("name", name);
    aliases = ImmutableList.copyOf(aliases);
    requireNonNull(country, "country");
    requireNonNull(coordinates, "coordinates");
    requireNonNull(within, "within");
    country.ifPresent(
        c -> {
          if (!c.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(
                "Invalid country code \"" + Ids.abbreviate(c) + "\": expected ISO 3166-1 alpha-2, such as \"RU\"");
          }
        });
    extensions = Extensions.check(extensions);
  }

  /**
   * Returns a builder for a place with the given id and name.
   *
   * @param id  the id, not null
   * @param name  the name, not blank
   * @return the builder, not null
   */
  public static Builder builder(PlaceId id, String name) {
    return new Builder(id, name);
  }

  /**
   * Returns a builder for a place with the given id and name.
   *
   * @param id  the id text
   * @param name  the name, not blank
   * @return the builder, not null
   */
  public static Builder builder(String id, String name) {
    return new Builder(PlaceId.of(id), name);
  }

  /** Builds a {@link Place}. */
  public static final class Builder {
    private final PlaceId id;
    private final String name;
    private final ImmutableList.Builder<String> aliases = ImmutableList.builder();
    private Optional<String> country = Optional.empty();
    private Optional<Coordinates> coordinates = Optional.empty();
    private Optional<PlaceId> within = Optional.empty();
    private final Map<String, String> extensions = new LinkedHashMap<>();

    private Builder(PlaceId id, String name) {
      this.id = requireNonNull(id, "id");
      this.name = requireNonNull(name, "name");
    }

    /**
     * Adds other names of the place, in any language, after any added before.
     *
     * @param names  the names, such as {@code "Koursk"}, not null, no null element
     * @return this builder
     */
    public Builder alias(String... names) {
      aliases.add(names);
      return this;
    }

    /**
     * Sets the ISO 3166-1 alpha-2 country code; none by default. The code is checked by
     * {@link #build()}.
     *
     * @param code  the code, two capital letters such as {@code RU}, not null
     * @return this builder
     */
    public Builder country(String code) {
      this.country = Optional.of(code);
      return this;
    }

    /**
     * Sets a representative point of the place; none by default.
     *
     * @param latitude  degrees north (negative south), WGS 84, from -90 to 90 inclusive
     * @param longitude  degrees east (negative west), WGS 84, from -180 to 180 inclusive
     * @return this builder
     * @throws IllegalArgumentException if a value is out of range or not finite
     */
    public Builder coordinates(double latitude, double longitude) {
      this.coordinates = Optional.of(Coordinates.of(latitude, longitude));
      return this;
    }

    /**
     * Sets the place this one lies within; none by default. The story checks that the place exists
     * and that {@code within} forms no cycle.
     *
     * @param place  the id text of the enclosing place, a valid id, not null
     * @return this builder
     * @throws IllegalArgumentException if the id is not valid
     */
    public Builder within(String place) {
      this.within = Optional.of(PlaceId.of(place));
      return this;
    }

    /**
     * Sets the place this one lies within; none by default. The story checks that the place exists
     * and that {@code within} forms no cycle.
     *
     * @param place  the id of the enclosing place, not null
     * @return this builder
     */
    public Builder within(PlaceId place) {
      this.within = Optional.of(place);
      return this;
    }

    /**
     * Adds an {@code x-} extension field, kept as is when the story is written back; a second call
     * with the same key replaces the value. The key is checked by {@link #build()}.
     *
     * @param key  the field name, starting with {@code x-} and at least one more character, not null
     * @param json  the field's value as JSON text, such as {@code 42} or {@code "draft"} (quotes
     *     included), not null
     * @return this builder
     */
    public Builder extension(String key, String json) {
      extensions.put(requireNonNull(key, "key"), requireNonNull(json, "json"));
      return this;
    }

    /**
     * Builds the place. The builder stays usable.
     *
     * @return the place, not null
     * @throws IllegalArgumentException if a value is invalid
     */
    public Place build() {
      return new Place(id, name, aliases.build(), country, coordinates, within, extensions);
    }
  }
}
