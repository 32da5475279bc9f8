package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Someone who takes part in events or speaks of them: a person, a state, an armed force...
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(ActorId, String)}.
 *
 * @param id  the id, unique among the story's actors
 * @param name  the name, not blank
 * @param kind  the kind, {@link ActorKind#OTHER} by default
 * @param aliases  other names, in any language ("Koursk", "Kursk")
 * @param externalIds  ids in other registries, such as {@code wikidata -> Q3874799}
 * @param memberOf  the actors this one belongs to (a minister of a government, troops of a state)
 * @param extensions  {@code x-} fields kept from the story file, as JSON text
 */
public record Actor(
    ActorId id,
    String name,
    ActorKind kind,
    List<String> aliases,
    Map<String, String> externalIds,
    List<ActorId> memberOf,
    Map<String, String> extensions) {

  /**
   * Creates an actor. The lists and maps are copied.
   *
   * @param id  the id, unique among the story's actors, not null
   * @param name  the name, not blank
   * @param kind  the kind, not null
   * @param aliases  other names, in any language, may be empty, not null
   * @param externalIds  ids in other registries, scheme to id (such as {@code wikidata -> Q3874799}),
   *     may be empty, not null
   * @param memberOf  the actors this one belongs to, may be empty, not null
   * @param extensions  {@code x-} fields kept from the story file, name to JSON text, not null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the name is blank or an extension key lacks {@code x-}
   */
  public Actor {
    requireNonNull(id, "id");
    Extensions.text("name", name);
    requireNonNull(kind, "kind");
    aliases = ImmutableList.copyOf(aliases);
    externalIds = ImmutableMap.copyOf(externalIds);
    memberOf = ImmutableList.copyOf(memberOf);
    extensions = Extensions.check(extensions);
  }

  /**
   * Returns a builder for an actor with the given id and name.
   *
   * @param id  the id, not null
   * @param name  the name, not blank
   * @return the builder, not null
   */
  public static Builder builder(ActorId id, String name) {
    return new Builder(id, name);
  }

  /**
   * Returns a builder for an actor with the given id and name.
   *
   * @param id  the id text, a valid id
   * @param name  the name, not blank
   * @return the builder, not null
   */
  public static Builder builder(String id, String name) {
    return new Builder(ActorId.of(id), name);
  }

  /** Builds an {@link Actor}. Each setter replaces or adds to the value it names. */
  public static final class Builder {
    private final ActorId id;
    private final String name;
    private ActorKind kind = ActorKind.OTHER;
    private final ImmutableList.Builder<String> aliases = ImmutableList.builder();
    private final Map<String, String> externalIds = new LinkedHashMap<>();
    private final ImmutableList.Builder<ActorId> memberOf = ImmutableList.builder();
    private final Map<String, String> extensions = new LinkedHashMap<>();

    private Builder(ActorId id, String name) {
      this.id = requireNonNull(id, "id");
      this.name = requireNonNull(name, "name");
    }

    /**
     * Sets the kind (default {@link ActorKind#OTHER}).
     *
     * @param kind  the kind, such as {@link ActorKind#PERSON}, not null
     * @return this builder
     */
    public Builder kind(ActorKind kind) {
      this.kind = requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Adds other names of the actor, in any language, after any added before.
     *
     * @param names  the names, such as {@code "Koursk"}, not null, no null element
     * @return this builder
     */
    public Builder alias(String... names) {
      aliases.add(names);
      return this;
    }

    /**
     * Adds the actor's id in an external registry; a second call with the same scheme replaces the
     * id.
     *
     * @param scheme  the registry, such as {@code wikidata}, not null
     * @param id  the id in that registry, such as {@code Q3874799}, not null
     * @return this builder
     */
    public Builder externalId(String scheme, String id) {
      externalIds.put(requireNonNull(scheme, "scheme"), requireNonNull(id, "id"));
      return this;
    }

    /**
     * Adds actors this one belongs to, such as the government of a minister.
     *
     * @param actors  the actor id texts, each a valid id, not null
     * @return this builder
     * @throws IllegalArgumentException if an id is not valid
     */
    public Builder memberOf(String... actors) {
      for (String a : actors) {
        memberOf.add(ActorId.of(a));
      }
      return this;
    }

    /**
     * Adds actors this one belongs to, such as the government of a minister.
     *
     * @param actors  the actor ids, not null, no null element
     * @return this builder
     */
    public Builder memberOf(List<ActorId> actors) {
      memberOf.addAll(actors);
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
     * Builds the actor.
     *
     * @return the actor, not null
     * @throws IllegalArgumentException if a value is invalid
     */
    public Actor build() {
      return new Actor(id, name, kind, aliases.build(), externalIds, memberOf.build(), extensions);
    }
  }
}
