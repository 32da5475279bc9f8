package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.eventline.core.time.TimeBounds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One source's statement of one claim: who claimed what, when, and how surely.
 *
 * <p>{@code source} is the claimant, the origin of the claim as far as it is known; {@code via} are
 * the relays through which it reached the story, outermost first. For "the article reports that the
 * president said that preliminary information shows...", the source is the preliminary information
 * and {@code via} is [article, president's address].
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(AssertionId, SourceId, Claim)}.
 *
 * @param id  the id, unique among the story's assertions
 * @param source  the claimant
 * @param stated  when it was stated; absent means the source's publication time
 * @param claim  what is claimed
 * @param factuality  how the source commits to the claim, {@link Factuality#CERTAIN} by default
 * @param via  the relays, outermost first
 * @param quote  the original words
 * @param supersedes  earlier assertions of the same source that this one corrects or replaces
 * @param links  stated links to other assertions (contradicts, corroborates...)
 * @param note  the modeller's note
 * @param extensions  {@code x-} fields kept from the story file, as JSON text
 */
public record Assertion(
    AssertionId id,
    SourceId source,
    Optional<TimeBounds> stated,
    Claim claim,
    Factuality factuality,
    List<SourceId> via,
    Optional<Quote> quote,
    List<AssertionId> supersedes,
    List<AssertionLink> links,
    Optional<String> note,
    Map<String, String> extensions) {

  /**
   * Creates an assertion. The lists and the map are copied.
   *
   * @param id  the id, unique among the story's assertions, not null
   * @param source  the claimant, the origin of the claim as far as it is known, not null
   * @param stated  when it was stated; empty means the source's publication time, not null
   * @param claim  what is claimed, not null
   * @param factuality  how the source commits to the claim, not null
   * @param via  the relays through which the claim reached the story, outermost first, may be
   *     empty, not null
   * @param quote  the original words, if recorded, not null
   * @param supersedes  earlier assertions of the same source that this one corrects or replaces, may
   *     be empty, not null
   * @param links  stated links to other assertions, may be empty, not null
   * @param note  the modeller's note, if any, not null
   * @param extensions  {@code x-} fields kept from the story file, name to JSON text, not null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if an extension key does not start with {@code x-}
   */
  public Assertion {
    requireNonNull(id, "id");
    requireNonNull(source, "source");
    requireNonNull(stated, "stated");
    requireNonNull(claim, "claim");
    requireNonNull(factuality, "factuality");
    via = ImmutableList.copyOf(via);
    requireNonNull(quote, "quote");
    supersedes = ImmutableList.copyOf(supersedes);
    links = ImmutableList.copyOf(links);
    requireNonNull(note, "note");
    extensions = Extensions.check(extensions);
  }

  /**
   * Returns a builder for an assertion.
   *
   * @param id  the id, not null
   * @param source  the claimant, not null
   * @param claim  what is claimed, not null
   * @return the builder, not null
   */
  public static Builder builder(AssertionId id, SourceId source, Claim claim) {
    return new Builder(id, source, claim);
  }

  /**
   * Returns a builder for an assertion.
   *
   * @param id  the id text
   * @param source  the claimant's id text
   * @param claim  what is claimed, not null
   * @return the builder, not null
   */
  public static Builder builder(String id, String source, Claim claim) {
    return new Builder(AssertionId.of(id), SourceId.of(source), claim);
  }

  /** Builds an {@link Assertion}. */
  public static final class Builder {
    private final AssertionId id;
    private final SourceId source;
    private final Claim claim;
    private Optional<TimeBounds> stated = Optional.empty();
    private Factuality factuality = Factuality.CERTAIN;
    private final ImmutableList.Builder<SourceId> via = ImmutableList.builder();
    private Optional<Quote> quote = Optional.empty();
    private final ImmutableList.Builder<AssertionId> supersedes = ImmutableList.builder();
    private final ImmutableList.Builder<AssertionLink> links = ImmutableList.builder();
    private Optional<String> note = Optional.empty();
    private final Map<String, String> extensions = new LinkedHashMap<>();

    private Builder(AssertionId id, SourceId source, Claim claim) {
      this.id = requireNonNull(id, "id");
      this.source = requireNonNull(source, "source");
      this.claim = requireNonNull(claim, "claim");
    }

    /**
     * Sets when it was stated (default: the source's publication time).
     *
     * @param stated  the time bounds of the statement, not null
     * @return this builder
     */
    public Builder stated(TimeBounds stated) {
      this.stated = Optional.of(stated);
      return this;
    }

    /**
     * Sets how the source commits to the claim (default {@link Factuality#CERTAIN}).
     *
     * @param factuality  the factuality, not null
     * @return this builder
     */
    public Builder factuality(Factuality factuality) {
      this.factuality = requireNonNull(factuality, "factuality");
      return this;
    }

    /**
     * Adds relays through which the claim reached the story, outermost first, after any added
     * before.
     *
     * @param relays  the relays' source id texts, each a valid id, not null
     * @return this builder
     * @throws IllegalArgumentException if a relay is not a valid id
     */
    public Builder via(String... relays) {
      for (String r : relays) {
        via.add(SourceId.of(r));
      }
      return this;
    }

    /**
     * Adds relays through which the claim reached the story, outermost first, after any added
     * before.
     *
     * @param relays  the relays' source ids, not null, no null element
     * @return this builder
     */
    public Builder via(List<SourceId> relays) {
      via.addAll(relays);
      return this;
    }

    /**
     * Sets the original words (default: none).
     *
     * @param text  the quoted text, not blank
     * @param language  the BCP 47 language tag of the text, such as {@code fr}, not null
     * @return this builder
     * @throws IllegalArgumentException if the text is blank or the language is not a BCP 47 tag
     */
    public Builder quote(String text, String language) {
      this.quote = Optional.of(Quote.of(text, language));
      return this;
    }

    /**
     * Sets the original words (default: none).
     *
     * @param quote  the quote, not null
     * @return this builder
     */
    public Builder quote(Quote quote) {
      this.quote = Optional.of(quote);
      return this;
    }

    /**
     * Adds earlier assertions of the same source that this one corrects or replaces.
     *
     * @param ids  the assertion id texts, each a valid id, not null
     * @return this builder
     * @throws IllegalArgumentException if an id is not valid
     */
    public Builder supersedes(String... ids) {
      for (String s : ids) {
        supersedes.add(AssertionId.of(s));
      }
      return this;
    }

    /**
     * Adds earlier assertions of the same source that this one corrects or replaces.
     *
     * @param ids  the assertion ids, not null, no null element
     * @return this builder
     */
    public Builder supersedes(List<AssertionId> ids) {
      supersedes.addAll(ids);
      return this;
    }

    /**
     * Adds a stated link to another assertion, such as "contradicts a3".
     *
     * @param type  how this assertion speaks of the other, not null
     * @param other  the other assertion's id text, a valid id
     * @return this builder
     * @throws IllegalArgumentException if the id is not valid
     */
    public Builder link(LinkType type, String other) {
      links.add(AssertionLink.of(type, AssertionId.of(other)));
      return this;
    }

    /**
     * Adds a stated link to another assertion.
     *
     * @param link  the link, not null
     * @return this builder
     */
    public Builder link(AssertionLink link) {
      links.add(link);
      return this;
    }

    /**
     * Sets the modeller's note (default: none).
     *
     * @param note  the note, free text, not null
     * @return this builder
     */
    public Builder note(String note) {
      this.note = Optional.of(note);
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
     * Builds the assertion; the builder stays usable.
     *
     * @return the assertion, not null
     * @throws IllegalArgumentException if an extension key does not start with {@code x-}
     */
    public Assertion build() {
      return new Assertion(
          id, source, stated, claim, factuality, via.build(), quote, supersedes.build(), links.build(), note, extensions);
    }
  }
}
