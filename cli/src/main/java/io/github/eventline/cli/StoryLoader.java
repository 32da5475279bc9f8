package io.github.eventline.cli;

import io.github.eventline.core.Story;
import java.io.IOException;
import java.nio.file.Path;

/** Loads the story of a file for the commands: {@code StoryJson::read} in the command, stories built in Java in tests. */
@FunctionalInterface
interface StoryLoader {

  /**
   * Reads a story.
   *
   * @param file  the file, not null
   * @return the story, not null
   * @throws IOException if the file cannot be read
   * @throws io.github.eventline.export.json.StoryFileException if the file is not a valid story
   */
  Story read(Path file) throws IOException;

  /**
   * Returns a reader like this one that accepts files of up to the given length; a reader without
   * limits of its own (stories built in Java, in tests) returns itself.
   *
   * @param bytes  the longest file, at least 1
   * @return the reader, not null
   */
  default StoryLoader withMaxDocumentBytes(long bytes) {
    return this;
  }
}
