package io.github.eventline.core.internal;

/**
 * For each assertion of a story, by its position in {@code Story.assertions()}, the positions its
 * validation resolved: of its claim's event and other event in {@code Story.events()}, and of its
 * source in {@code Story.sources()}. Not API: exported only to Eventline's own modules, it may
 * change or go at any release.
 *
 * <p>The arrays are the story's own, shared rather than copied: read them, never write them.
 */
public final class AssertionPositions {

  private final int[] event;
  private final int[] other;
  private final int[] source;

  /**
   * Keeps the positions; the arrays are kept, not copied.
   *
   * @param event  the position of each assertion's claim's event
   * @param other  the position of each assertion's claim's other event (relations and same-as
   *     claims), -1 for the other claims
   * @param source  the position of each assertion's source, -1 for the editor when the story does
   *     not declare it
   */
  public AssertionPositions(int[] event, int[] other, int[] source) {
    if (event.length != other.length || event.length != source.length) {
      throw new IllegalArgumentException(
          "positions of " + event.length + " events, " + other.length + " others and " + source.length
              + " sources: one of each per assertion");
    }
    this.event = event;
    this.other = other;
    this.source = source;
  }

  /**
   * Returns the position of each assertion's claim's event in {@code Story.events()}; the array
   * itself.
   *
   * @return the positions, indexed by assertion position, not null
   */
  public int[] event() {
    return event;
  }

  /**
   * Returns the position of each assertion's claim's other event, -1 for claims other than relations
   * and same-as claims; the array itself.
   *
   * @return the positions
   */
  public int[] other() {
    return other;
  }

  /**
   * Returns the position of each assertion's source, -1 for the editor when the story does not
   * declare it; the array itself.
   *
   * @return the positions
   */
  public int[] source() {
    return source;
  }
}
