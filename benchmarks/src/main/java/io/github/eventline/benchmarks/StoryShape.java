package io.github.eventline.benchmarks;

/**
 * How big a synthetic story is and what it holds; {@link SyntheticStories#generate(StoryShape)}
 * turns it into a story.
 *
 * <p>Immutable and thread-safe.
 *
 * @param events  the number of events, at least 2
 * @param relationsPerEvent  the {@code PRECEDES} relation claims per event, each respecting a hidden
 *     true order of the events, at least 0
 * @param claims  the number of other assertions (occurred, timing, location, participation,
 *     quantity), spread over all events, at least 0
 * @param sources  the number of sources, at least 10; about one in ten is a media outlet or agency
 *     that relays the others
 * @param seed  the seed: the same shape gives the same story
 */
public record StoryShape(int events, int relationsPerEvent, int claims, int sources, long seed) {

  /** The number of sources of every benchmark story, as in the issue. */
  public static final int SOURCES = 1_000;

  /** The seed of every benchmark story. */
  public static final long SEED = 20_241_214L;

  /**
   * Creates a shape.
   *
   * @throws IllegalArgumentException if a count is out of range
   */
  public StoryShape {
    if (events < 2) {
      throw new IllegalArgumentException("A story shape needs at least 2 events, not " + events);
    }
    if (relationsPerEvent < 0 || claims < 0) {
      throw new IllegalArgumentException(
          "Counts cannot be negative: relationsPerEvent " + relationsPerEvent + ", claims " + claims);
    }
    if (sources < 10) {
      throw new IllegalArgumentException("A story shape needs at least 10 sources, not " + sources);
    }
  }

  /**
   * Obtains the shape of the ordering workload: {@code n} events and {@code 2n} {@code PRECEDES}
   * relations from {@value #SOURCES} sources.
   *
   * @param n  the number of events
   * @return the shape, not null
   */
  public static StoryShape ordering(int n) {
    return new StoryShape(n, 2, 0, SOURCES, SEED);
  }

  /**
   * Obtains the shape of the reconciliation workload: {@code n} assertions on {@code n / 5} events
   * from {@value #SOURCES} sources.
   *
   * @param n  the number of assertions
   * @return the shape, not null
   */
  public static StoryShape reconciliation(int n) {
    return new StoryShape(Math.max(2, n / 5), 0, n, SOURCES, SEED);
  }

  /**
   * Obtains the shape of the import and export workloads: {@code n} events, one {@code PRECEDES}
   * relation and one other assertion per event, from {@value #SOURCES} sources.
   *
   * @param n  the number of events
   * @return the shape, not null
   */
  public static StoryShape file(int n) {
    return new StoryShape(n, 1, n, SOURCES, SEED);
  }
}
