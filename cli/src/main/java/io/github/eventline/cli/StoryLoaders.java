package io.github.eventline.cli;

import io.github.eventline.core.Story;
import io.github.eventline.export.json.StoryJson;
import java.io.IOException;
import java.nio.file.Path;

/** The story readers the command uses. */
final class StoryReaders {

  /** Reads story JSON, format {@code eventline/1}. */
  static final StoryReader JSON = json(StoryJson.reader());

  private StoryReaders() {}

  /** Reads story JSON with the limits of the given reader. */
  static StoryReader json(StoryJson.Reader json) {
    return new StoryReader() {
      @Override
      public Story read(Path file) throws IOException {
        return json.read(file);
      }

      @Override
      public StoryReader withMaxDocumentBytes(long bytes) {
        return json(json.maxDocumentLength(bytes));
      }
    };
  }
}
