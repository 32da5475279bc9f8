package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.time.TimeBounds;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Who claims something: a statement, an official document, a media outlet, an agency report,
 * intelligence, an expert, an anonymous source.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(SourceId, String)}.
 *
 * @param id  the id, unique among the story's sources
 * @param name  the name, not blank
 * @param kind  the kind, {@link SourceKind#OTHER} by default
 * @param actor  the actor behind the source, such as the president behind an address
 * @param url  where the source can be read
 * @param published  when the source was published; the default {@code stated} time of its assertions
 * @param reliability  the prior reliability, in [0, 1]
 * @param extensions  {@code x-} fields kept from the story file, as JSON text
 */
public record Source(
    SourceId id,
    String name,
    SourceKind kind,
    Optional<ActorId> actor,
    Optional<String> url,
    Optional<TimeBounds> published,
    OptionalDouble reliability,
    Map<String, String> extensions) {

  /** The implicit source of the modeller's own statements on events (when, where, who). */
  public static final SourceId EDITOR = SourceId.of("editor");

  /**
   * Creates a source. The extensions are copied.
   *
   * @param id  the id, unique among the story's sources, not null
   * @param name  the name, not blank
   * @param kind  the kind, not null
   * @param actor  the actor behind the source, if known, not null
   * @param url  where the source can be read, if known, not null
   * @param published  when the source was published, if known, not null
   * @param reliability  the prior reliability, in [0, 1], if stated, not null; without one,
   *     reconciliation uses its policy's default
   * @param extensions  {@code x-} fields kept from the story file, name to JSON text, not null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the name is blank, the reliability is outside [0, 1] or an
   *     extension key lacks {@code x-}
   */
  public Source {
    requireNonNull(id, "id");
    Extensions.text("name", name);
    requireNonNull(kind, "kind");
    requireNonNull(actor, "actor");
    requireNonNull(url, "url");
    requireNonNull(published, "published");
    requireNonNull(reliability, "reliability");
    if (reliability.isPresent() && !(reliability.getAsDouble() >= 0 && reliability.getAsDouble() <= 1)) {
      throw new IllegalArgumentException(
          "Reliability " + reliability.getAsDouble() + " of source " + id + " is out of range: expected 0 to 1");
    }
    extensions = Extensions.check(extensions);
  }

  /**
   * Returns a builder for a source with the given id and name.
   *
   * @param id  the id, not null
   * @param name  the name, not blank
   * @return the builder, not null
   */
  public static Builder builder(SourceId id, String name) {
    return new Builder(id, name);
  }

  /**
   * Returns a builder for a source with the given id and name.
   *
   * @param id  the id text
   * @param name  the name, not blank
   * @return the builder, not null
   */
  public static Builder builder(String id, String name) {
    return new Builder(SourceId.of(id), name);
  }

  /** Builds a {@link Source}. */
  public static final class Builder {
    private final SourceId id;
    private final String name;
    private SourceKind kind = SourceKind.OTHER;
    private Optional<ActorId> actor = Optional.empty();
    private Optional<String> url = Optional.empty();
    private Optional<TimeBounds> published = Optional.empty();
    private OptionalDouble reliability = OptionalDouble.empty();
    private final Map<String, String> extensions = new LinkedHashMap<>();

    private Builder(SourceId id, String name) {
      this.id = requireNonNull(id, "id");
      this.name = requireNonNull(name, "name");
    }

    /**
     * Sets the kind of the source; {@link SourceKind#OTHER} by default.
     *
     * @param kind  the kind, not null
     * @return this builder
     */
    public Builder kind(SourceKind kind) {
      this.kind = requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Sets the actor behind the source, such as the president behind an address; none by default.
     *
     * @param actor  the actor id text, a valid id, not null
     * @return this builder
     * @throws IllegalArgumentException if the id is not valid
     */
    public Builder actor(String actor) {
      this.actor = Optional.of(ActorId.of(actor));
      return this;
    }

    /**
     * Sets the actor behind the source, such as the president behind an address; none by default.
     *
     * @param actor  the actor id, not null
     * @return this builder
     */
    public Builder actor(ActorId actor) {
      this.actor = Optional.of(actor);
      return this;
    }

    /**
     * Sets where the source can be read; none by default.
     *
     * @param url  the address, such as an {@code https} URL, not null
     * @return this builder
     */
    public Builder url(String url) {
      this.url = Optional.of(url);
      return this;
    }

    /**
     * Sets when the source was published, the default {@code stated} time of its assertions; none by
     * default.
     *
     * @param published  the bounds of the publication time, not null
     * @return this builder
     */
    public Builder published(TimeBounds published) {
      this.published = Optional.of(published);
      return this;
    }

    /**
     * Sets the prior reliability of the source; none by default, and reconciliation then uses its
     * policy's default. The value is checked by {@link #build()}.
     *
     * @param reliability  the reliability, from 0 (never right) to 1 (always right) inclusive
     * @return this builder
     */
    public Builder reliability(double reliability) {
      this.reliability = OptionalDouble.of(reliability);
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
     * Builds the source. The builder stays usable.
     *
     * @return the source, not null
     * @throws IllegalArgumentException if a value is invalid
     */
    public Source build() {
      return new Source(id, name, kind, actor, url, published, reliability, extensions);
    }
  }
}
