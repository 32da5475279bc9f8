package io.github.eventline.cli;

import io.github.eventline.export.json.StoryJson;

/** The story readers the command uses. */
final class StoryReaders {

  /** Reads story JSON, format {@code eventline/1}. */
  static final StoryReader JSON = StoryJson::read;

  private StoryReaders() {}
}
