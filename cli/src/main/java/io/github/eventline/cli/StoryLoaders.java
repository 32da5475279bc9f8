package io.github.eventline.cli;

import io.github.eventline.core.Story;
import io.github.eventline.export.json.StoryJson;
import java.io.IOException;
import java.nio.file.Path;

/** The story loaders the command uses. */
final class StoryLoaders {

  /** Reads story JSON, format {@code eventline/1}. */
  static final StoryLoader JSON = json(StoryJson.reader());

  private StoryLoaders() {}

  /** Reads story JSON with the limits of the given reader. */
  static StoryLoader json(StoryJson.Reader json) {
    return new StoryLoader() {
      @Override
      public Story read(Path file) throws IOException {
        return json.read(file);
      }

      @Override
      public StoryLoader withMaxDocumentBytes(long bytes) {
        return json(json.maxDocumentLength(bytes));
      }
    };
  }
}
