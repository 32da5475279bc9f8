package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.time.TimeBounds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Something that happened, or is said to have happened.
 *
 * <p>{@code when}, {@code place} and {@code participants} are the modeller's own statement; they
 * count as assertions of the story's implicit {@link Source#EDITOR editor} source, so one mechanism
 * reconciles everything. Declaring an event is not asserting that it happened.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(EventId, String)}.
 *
 * @param id  the id, unique among the story's events
 * @param type  the type, {@link EventType#EVENT} by default
 * @param code  the code in an external scheme such as CAMEO
 * @param summary  a one-line summary, not blank
 * @param when  when the modeller says it happened
 * @param place  where the modeller says it happened
 * @param participants  who the modeller says took part, and how
 * @param partOf  the larger event this one is part of
 * @param extensions  {@code x-} fields kept from the story file, as JSON text
 */
public record Event(
    EventId id,
    EventType type,
    Optional<EventCode> code,
    String summary,
    Optional<TimeBounds> when,
    Optional<PlaceId> place,
    List<Participant> participants,
    Optional<EventId> partOf,
    Map<String, String> extensions) {

  /**
   * Creates an event. The list and the map are copied.
   *
   * @param id  the id, unique among the story's events, not null
   * @param type  the type, not null
   * @param code  the code in an external scheme such as CAMEO, if any, not null
   * @param summary  a one-line summary, not blank
   * @param when  when the modeller says it happened, if stated, not null
   * @param place  where the modeller says it happened, if stated, not null
   * @param participants  who the modeller says took part, and how, may be empty, not null
   * @param partOf  the larger event this one is part of, if any, not null
   * @param extensions  {@code x-} fields kept from the story file, name to JSON text, not null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the summary is blank or an extension key does not start with
   *     {@code x-}
   */
  public Event {
    requireNonNull(id, "id");
    requireNonNull(type, "type");
    requireNonNull(code, "code");
    Extensions.text("summary", summary);
    requireNonNull(when, "when");
    requireNonNull(place, "place");
    participants = ImmutableList.copyOf(participants);
    requireNonNull(partOf, "partOf");
    extensions = Extensions.check(extensions);
  }

  /**
   * Returns a builder for an event with the given id and summary.
   *
   * @param id  the id, not null
   * @param summary  the summary, not blank
   * @return the builder, not null
   */
  public static Builder builder(EventId id, String summary) {
    return new Builder(id, summary);
  }

  /**
   * Returns a builder for an event with the given id and summary.
   *
   * @param id  the id text
   * @param summary  the summary, not blank
   * @return the builder, not null
   */
  public static Builder builder(String id, String summary) {
    return new Builder(EventId.of(id), summary);
  }

  /** Builds an {@link Event}. */
  public static final class Builder {
    private final EventId id;
    private final String summary;
    private EventType type = EventType.EVENT;
    private Optional<EventCode> code = Optional.empty();
    private Optional<TimeBounds> when = Optional.empty();
    private Optional<PlaceId> place = Optional.empty();
    private final ImmutableList.Builder<Participant> participants = ImmutableList.builder();
    private Optional<EventId> partOf = Optional.empty();
    private final Map<String, String> extensions = new LinkedHashMap<>();

    private Builder(EventId id, String summary) {
      this.id = requireNonNull(id, "id");
      this.summary = requireNonNull(summary, "summary");
    }

    /**
     * Sets the type (default {@link EventType#EVENT}).
     *
     * @param type  the type, not null
     * @return this builder
     */
    public Builder type(EventType type) {
      this.type = requireNonNull(type, "type");
      return this;
    }

    /**
     * Sets the code in an external scheme such as CAMEO (default: none).
     *
     * @param code  the code, not null
     * @return this builder
     */
    public Builder code(EventCode code) {
      this.code = Optional.of(code);
      return this;
    }

    /**
     * Sets when the modeller says it happened (default: not stated).
     *
     * @param when  the time bounds, not null
     * @return this builder
     */
    public Builder when(TimeBounds when) {
      this.when = Optional.of(when);
      return this;
    }

    /**
     * Sets where the modeller says it happened (default: not stated).
     *
     * @param place  the place's id text, a valid id
     * @return this builder
     * @throws IllegalArgumentException if the id is not valid
     */
    public Builder place(String place) {
      this.place = Optional.of(PlaceId.of(place));
      return this;
    }

    /**
     * Sets where the modeller says it happened (default: not stated).
     *
     * @param place  the place's id, not null
     * @return this builder
     */
    public Builder place(PlaceId place) {
      this.place = Optional.of(place);
      return this;
    }

    /**
     * Adds a participant, after any added before.
     *
     * @param actor  the actor's id text, a valid id
     * @param role  how the actor took part, not null
     * @return this builder
     * @throws IllegalArgumentException if the id is not valid
     */
    public Builder participant(String actor, Role role) {
      participants.add(Participant.of(ActorId.of(actor), role));
      return this;
    }

    /**
     * Adds a participant, after any added before.
     *
     * @param participant  the actor and its role, not null
     * @return this builder
     */
    public Builder participant(Participant participant) {
      participants.add(participant);
      return this;
    }

    /**
     * Sets the larger event this one is part of (default: none).
     *
     * @param event  the larger event's id text, a valid id
     * @return this builder
     * @throws IllegalArgumentException if the id is not valid
     */
    public Builder partOf(String event) {
      this.partOf = Optional.of(EventId.of(event));
      return this;
    }

    /**
     * Sets the larger event this one is part of (default: none).
     *
     * @param event  the larger event's id, not null
     * @return this builder
     */
    public Builder partOf(EventId event) {
      this.partOf = Optional.of(event);
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
     * Builds the event; the builder stays usable.
     *
     * @return the event, not null
     * @throws IllegalArgumentException if the summary is blank or an extension key does not start
     *     with {@code x-}
     */
    public Event build() {
      return new Event(id, type, code, summary, when, place, participants.build(), partOf, extensions);
    }
  }
}
