package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.eventline.core.internal.AssertionPositions;
import io.github.eventline.core.internal.IdPositions;
import io.github.eventline.core.internal.StoryAccess;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A news story as data: its actors, places, sources, events and the assertions about them.
 *
 * <p>Built through {@link #builder()}, which checks everything at once and reports every problem
 * with its path and a hint. Elements keep the order they were added in. Immutable and thread-safe.
 *
 * <pre>{@code
 * Story story = Story.builder()
 *     .title("Kim Jong-un envoie des troupes en Ukraine")
 *     .event(Event.builder("kursk-offensive", "Ukrainian offensive into Kursk Oblast")
 *         .when(TimeBounds.early(YearMonth.of(2024, 8)))
 *         .build())
 *     .build();
 * }</pre>
 */
public final class Story {

  static {
    // lets Eventline's modules read the positions a story keeps, without their being public API
    StoryAccess.register(new StoryAccess() {
      @Override
      public IdPositions<EventId> eventPositions(Story story) {
        return story.ids.events();
      }

      @Override
      public IdPositions<SourceId> sourcePositions(Story story) {
        return story.ids.sources();
      }

      @Override
      public @Nullable AssertionPositions assertionPositions(Story story) {
        return story.ids.assertionPositions();
      }
    });
  }

  private final Optional<String> title;
  private final Optional<String> language;
  private final Optional<String> description;
  private final Optional<ZoneId> zone;
  private final ImmutableMap<String, String> extensions;
  private final ImmutableList<Actor> actors;
  private final ImmutableList<Place> places;
  private final ImmutableList<Source> sources;
  private final ImmutableList<Event> events;
  private final ImmutableList<Assertion> assertions;
  /* The elements by id: the validator's maps, or, for a story derived without validation, made here. */
  private final StoryIds ids;

  /**
   * Makes a story of a builder's elements: on the maps of ids to elements of the validator that
   * passed them, or, with no validator, on maps made here.
   */
  private Story(Builder b, @Nullable StoryValidator valid) {
    this.title = b.title;
    this.language = b.language;
    this.description = b.description;
    this.zone = b.zone;
    this.extensions = ImmutableMap.copyOf(b.extensions);
    this.actors = ImmutableList.copyOf(b.actors);
    this.places = ImmutableList.copyOf(b.places);
    this.sources = ImmutableList.copyOf(b.sources);
    this.events = ImmutableList.copyOf(b.events);
    this.assertions = ImmutableList.copyOf(b.assertions);
    this.ids = valid != null ? StoryIds.of(valid) : StoryIds.of(actors, places, sources, events, assertions);
  }

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the title.
   *
   * @return the title, if the story has one, not null
   */
  public Optional<String> title() {
    return title;
  }

  /**
   * Returns the BCP 47 tag of the story's main language, such as {@code fr}.
   *
   * @return the language, if the story names one, not null
   */
  public Optional<String> language() {
    return language;
  }

  /**
   * Returns the description.
   *
   * @return the description, if the story has one, not null
   */
  public Optional<String> description() {
    return description;
  }

  /**
   * Returns the zone in which the story's times of day are shown to readers (the text timeline and
   * the views), such as {@code America/Chicago} for a story told in Houston. It changes no instant:
   * times are kept as stated, and machine outputs stay in UTC.
   *
   * @return the display zone, if the story names one
   */
  public Optional<ZoneId> zone() {
    return zone;
  }

  /**
   * Returns the story's own {@code x-} fields, name to JSON text, in the order they were added.
   *
   * @return the extensions, immutable, not null
   */
  public Map<String, String> extensions() {
    return extensions;
  }

  /**
   * Returns the actors, in the order they were added.
   *
   * @return the actors, immutable, not null
   */
  public List<Actor> actors() {
    return actors;
  }

  /**
   * Returns the places, in the order they were added.
   *
   * @return the places, immutable, not null
   */
  public List<Place> places() {
    return places;
  }

  /**
   * Returns the sources, in the order they were added.
   *
   * @return the sources, immutable, not null
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * Returns the events, in the order they were added.
   *
   * @return the events, immutable, not null
   */
  public List<Event> events() {
    return events;
  }

  /**
   * Returns the assertions, in the order they were added.
   *
   * @return the assertions, immutable, not null
   */
  public List<Assertion> assertions() {
    return assertions;
  }

  /**
   * Finds an actor by its id.
   *
   * @param id  the id, not null
   * @return the actor, if the story has it, not null
   */
  public Optional<Actor> actor(ActorId id) {
    return Optional.ofNullable(ids.actors().get(requireNonNull(id, "id")));
  }

  /**
   * Finds a place by its id.
   *
   * @param id  the id, not null
   * @return the place, if the story has it, not null
   */
  public Optional<Place> place(PlaceId id) {
    return Optional.ofNullable(ids.places().get(requireNonNull(id, "id")));
  }

  /**
   * Finds a source by its id.
   *
   * @param id  the id, not null
   * @return the source, if the story has it, not null
   */
  public Optional<Source> source(SourceId id) {
    int i = ids.sources().indexOf(requireNonNull(id, "id"));
    return i < 0 ? Optional.empty() : Optional.of(sources.get(i));
  }

  /**
   * Finds an event by its id.
   *
   * @param id  the id, not null
   * @return the event, if the story has it, not null
   */
  public Optional<Event> event(EventId id) {
    int i = ids.events().indexOf(requireNonNull(id, "id"));
    return i < 0 ? Optional.empty() : Optional.of(events.get(i));
  }

  /**
   * Finds an assertion by its id.
   *
   * @param id  the id, not null
   * @return the assertion, if the story has it, not null
   */
  public Optional<Assertion> assertion(AssertionId id) {
    return Optional.ofNullable(ids.assertions().get(requireNonNull(id, "id")));
  }

  /**
   * Returns when an assertion was stated: its own {@code stated} time, else its source's
   * publication, else nothing (known at every time).
   *
   * @param assertion  an assertion of this story, not null
   * @return the stated time, if known
   */
  public Optional<TimeBounds> statedTime(Assertion assertion) {
    requireNonNull(assertion, "assertion");
    if (assertion.stated().isPresent()) {
      return assertion.stated();
    }
    int source = ids.sources().indexOf(assertion.source());
    return source < 0 ? Optional.empty() : sources.get(source).published();
  }

  /**
   * Returns the story as it was known at an instant: only the assertions stated by then.
   *
   * <p>An assertion is known at {@code instant} when its {@linkplain #statedTime(Assertion) stated
   * time} has ended by then: the latest possible end of its stated bounds is not after the instant.
   * A statement dated {@code 2024-12-14} (a whole day) is therefore known from
   * {@code 2024-12-15T00:00Z}, never earlier: the view errs on the side of not knowing yet. An
   * assertion with no stated time at all (neither its own nor its source's publication), such as
   * the modeller's own fields on events, is known at every time.
   *
   * <p>Everything else (metadata, actors, places, sources, events) is kept as it is. A kept
   * assertion's {@code supersedes} and {@code links} that point to assertions not yet known are
   * dropped, so that the result is a valid story; in particular, when a correction is not yet
   * known, the earlier assertion it corrects stands. The result keeps the order of this story.
   *
   * <pre>{@code
   * Story known = story.asKnownAt(Instant.parse("2024-11-01T00:00:00Z"));
   * }</pre>
   *
   * @param instant  the instant, not null
   * @return the story as known at that instant, not null; this story if every assertion was known
   */
  public Story asKnownAt(Instant instant) {
    return KnownAt.of(this, requireNonNull(instant, "instant"));
  }

  /**
   * Returns this story with other assertions, unchecked: for {@link KnownAt}, whose assertions are
   * some of this story's, without references to the others.
   */
  Story withKnownAssertions(List<Assertion> known) {
    Builder b = toBuilder();
    b.assertions.clear();
    b.assertions.addAll(known);
    return new Story(b, null);
  }

  /**
   * Returns a builder holding everything in this story, to derive a changed copy.
   *
   * @return the builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.title = title;
    b.language = language;
    b.description = description;
    b.zone = zone;
    b.extensions.putAll(extensions);
    b.actors.addAll(actors);
    b.places.addAll(places);
    b.sources.addAll(sources);
    b.events.addAll(events);
    b.assertions.addAll(assertions);
    return b;
  }

  @Override
  public boolean equals(Object obj) {
    return this == obj
        || obj instanceof Story other
            && title.equals(other.title)
            && language.equals(other.language)
            && description.equals(other.description)
            && zone.equals(other.zone)
            && extensions.equals(other.extensions)
            && actors.equals(other.actors)
            && places.equals(other.places)
            && sources.equals(other.sources)
            && events.equals(other.events)
            && assertions.equals(other.assertions);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(title, language, description, zone, extensions, actors, places, sources, events, assertions);
  }

  /**
   * Returns a one-line summary: the title and the number of each kind of element.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Story[" + title.orElse("untitled") + ": " + actors.size() + " actors, " + places.size() + " places, "
        + sources.size() + " sources, " + events.size() + " events, " + assertions.size() + " assertions]";
  }

  /**
   * Builds a {@link Story}, checking everything at once.
   *
   * <p>{@link #problems()} lists what is wrong without throwing; {@link #build()} throws a
   * {@link StoryValidationException} listing every problem. The builder stays usable after
   * {@code build()}.
   */
  public static final class Builder {
    private Optional<String> title = Optional.empty();
    private Optional<String> language = Optional.empty();
    private Optional<String> description = Optional.empty();
    private Optional<ZoneId> zone = Optional.empty();
    private final Map<String, String> extensions = new LinkedHashMap<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Assertion> assertions = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the title; none by default.
     *
     * @param title  the title, not null
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Optional.of(requireNonNull(title, "title"));
      return this;
    }

    /**
     * Sets the story's main language.
     *
     * @param language  a BCP 47 tag such as {@code fr}, not null
     * @return this builder
     * @throws IllegalArgumentException if the language is not a BCP 47 tag
     */
    public Builder language(String language) {
      this.language = Optional.of(Quote.checkLanguage("story language", requireNonNull(language, "language")));
      return this;
    }

    /**
     * Sets the description; none by default.
     *
     * @param description  the description, not null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Optional.of(requireNonNull(description, "description"));
      return this;
    }

    /**
     * Sets the zone in which the story's times of day are shown to readers.
     *
     * @param zone  an IANA time zone, such as {@code ZoneId.of("America/Chicago")}, not null
     * @return this builder
     * @throws IllegalArgumentException if the zone is a fixed offset rather than an IANA zone
     */
    public Builder zone(ZoneId zone) {
      this.zone = Optional.of(StoryZone.check(requireNonNull(zone, "zone")));
      return this;
    }

    /**
     * Sets the zone in which the story's times of day are shown to readers, by its IANA id.
     *
     * @param zoneId  an IANA time zone id, such as {@code America/Chicago} or {@code UTC}, not null
     * @return this builder
     * @throws IllegalArgumentException if the id names no IANA time zone
     */
    public Builder zone(String zoneId) {
      return zone(StoryZone.parse(requireNonNull(zoneId, "zoneId")));
    }

    /**
     * Adds a story-level {@code x-} extension field, kept as is when the story is written back; a
     * second call with the same key replaces the value.
     *
     * @param key  the field name, starting with {@code x-} and at least one more character, not null
     * @param json  the field's value as JSON text, such as {@code 42} or {@code "draft"} (quotes
     *     included), not null
     * @return this builder
     * @throws IllegalArgumentException if the key does not start with {@code x-}
     */
    public Builder extension(String key, String json) {
      Extensions.check(Map.of(requireNonNull(key, "key"), requireNonNull(json, "json")));
      extensions.put(key, json);
      return this;
    }

    /**
     * Adds actors.
     *
     * @param values  the actors, not null, none null
     * @return this builder
     * @throws NullPointerException naming {@code values} or the null element ({@code values[2]}); nothing is
     *     then added
     */
    public Builder actor(Actor... values) {
      return addAll(actors, Arrays.asList(requireNonNull(values, "values")));
    }

    /**
     * Adds places.
     *
     * @param values  the places, not null, none null
     * @return this builder
     * @throws NullPointerException naming {@code values} or the null element ({@code values[2]}); nothing is
     *     then added
     */
    public Builder place(Place... values) {
      return addAll(places, Arrays.asList(requireNonNull(values, "values")));
    }

    /**
     * Adds sources.
     *
     * @param values  the sources, not null, none null
     * @return this builder
     * @throws NullPointerException naming {@code values} or the null element ({@code values[2]}); nothing is
     *     then added
     */
    public Builder source(Source... values) {
      return addAll(sources, Arrays.asList(requireNonNull(values, "values")));
    }

    /**
     * Adds events.
     *
     * @param values  the events, not null, none null
     * @return this builder
     * @throws NullPointerException naming {@code values} or the null element ({@code values[2]}); nothing is
     *     then added
     */
    public Builder event(Event... values) {
      return addAll(events, Arrays.asList(requireNonNull(values, "values")));
    }

    /**
     * Adds assertions.
     *
     * @param values  the assertions, not null, none null
     * @return this builder
     * @throws NullPointerException naming {@code values} or the null element ({@code values[2]}); nothing is
     *     then added
     */
    public Builder assertion(Assertion... values) {
      return addAll(assertions, Arrays.asList(requireNonNull(values, "values")));
    }

    /**
     * Adds actors.
     *
     * @param values  the actors, not null, none null
     * @return this builder
     * @throws NullPointerException naming {@code values} or the null element ({@code values[2]}); nothing is
     *     then added
     */
    public Builder actors(Iterable<Actor> values) {
      return addAll(actors, values);
    }

    /**
     * Adds places.
     *
     * @param values  the places, not null, none null
     * @return this builder
     * @throws NullPointerException naming {@code values} or the null element ({@code values[2]}); nothing is
     *     then added
     */
    public Builder places(Iterable<Place> values) {
      return addAll(places, values);
    }

    /**
     * Adds sources.
     *
     * @param values  the sources, not null, none null
     * @return this builder
     * @throws NullPointerException naming {@code values} or the null element ({@code values[2]}); nothing is
     *     then added
     */
    public Builder sources(Iterable<Source> values) {
      return addAll(sources, values);
    }

    /**
     * Adds events.
     *
     * @param values  the events, not null, none null
     * @return this builder
     * @throws NullPointerException naming {@code values} or the null element ({@code values[2]}); nothing is
     *     then added
     */
    public Builder events(Iterable<Event> values) {
      return addAll(events, values);
    }

    /**
     * Adds assertions.
     *
     * @param values  the assertions, not null, none null
     * @return this builder
     * @throws NullPointerException naming {@code values} or the null element ({@code values[2]}); nothing is
     *     then added
     */
    public Builder assertions(Iterable<Assertion> values) {
      return addAll(assertions, values);
    }

    private <T> Builder addAll(List<T> list, Iterable<T> values) {
      requireNonNull(values, "values");
      List<T> checked = new ArrayList<>();
      for (T v : values) {
        checked.add(requireNonNull(v, () -> "values[" + checked.size() + "]"));
      }
      list.addAll(checked);
      return this;
    }

    /**
     * Returns every problem of the story built so far, without throwing.
     *
     * @return the problems, in the order of the story; empty if it is valid
     */
    public List<StoryProblem> problems() {
      return new StoryValidator(actors, places, sources, events, assertions).validate();
    }

    /**
     * Builds the story.
     *
     * @return the story, not null
     * @throws StoryValidationException listing every problem, if there is any
     */
    public Story build() {
      StoryValidator validator = new StoryValidator(actors, places, sources, events, assertions);
      List<StoryProblem> problems = validator.validate();
      if (!problems.isEmpty()) {
        throw new StoryValidationException(problems);
      }
      // the story keeps the validator's maps of ids to elements rather than making its own
      return new Story(this, validator);
    }
  }
}
