package io.github.eventline.core.internal;

import io.github.eventline.core.EventId;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import java.lang.invoke.MethodHandles;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Story} knows of its own positions, for Eventline's modules to read without it
 * being public API. Not API: exported only to Eventline's own modules, it may change or go at any
 * release.
 *
 * <p>{@link Story} registers the one implementation when its class is initialized ("shared
 * secrets"); {@link #get()} returns it.
 */
public abstract class StoryAccess {

  private static volatile @Nullable StoryAccess instance;

  /** For {@link Story}'s implementation only. */
  protected StoryAccess() {}

  /**
   * Registers the implementation; called once, by {@link Story}.
   *
   * @param access  the implementation, not null
   * @throws IllegalStateException if one is registered already
   */
  public static synchronized void register(StoryAccess access) {
    if (instance != null) {
      throw new IllegalStateException("story access registered twice");
    }
    instance = java.util.Objects.requireNonNull(access, "access");
  }

  /**
   * Returns the implementation, initializing {@link Story} if it has not been yet.
   *
   * @return the implementation, not null
   */
  public static StoryAccess get() {
    StoryAccess access = instance;
    if (access == null) {
      try {
        MethodHandles.lookup().ensureInitialized(Story.class);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot initialize " + Story.class.getName(), e);
      }
      access = instance;
      if (access == null) {
        throw new IllegalStateException(Story.class.getName() + " registered no story access");
      }
    }
    return access;
  }

  /**
   * Returns the positions of a story's events by id.
   *
   * @param story  the story, not null
   * @return the positions in {@link Story#events()}, not null
   */
  public abstract IdPositions<EventId> eventPositions(Story story);

  /**
   * Returns the positions of a story's sources by id.
   *
   * @param story  the story, not null
   * @return the positions in {@link Story#sources()}, not null
   */
  public abstract IdPositions<SourceId> sourcePositions(Story story);

  /**
   * Returns the positions each assertion's validation resolved, if the story was validated.
   *
   * @param story  the story, not null
   * @return the positions, or null for a story made without validation (see {@link
   *     Story#asKnownAt}): look the ids up then
   */
  public abstract @Nullable AssertionPositions assertionPositions(Story story);
}
