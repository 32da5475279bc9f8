package io.github.eventline.cli;

/** The story readers the command uses. */
final class StoryReaders {

  /** Reads story JSON, format {@code eventline/1}. Until the reader lands in export, it refuses. */
  static final StoryReader JSON = file -> {
    throw new UnsupportedOperationException("Reading story JSON is not available yet in this build");
  };

  private StoryReaders() {}
}
