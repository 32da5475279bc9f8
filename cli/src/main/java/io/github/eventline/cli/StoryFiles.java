package io.github.eventline.cli;

import io.github.eventline.core.Story;
import io.github.eventline.core.StoryProblem;
import io.github.eventline.core.StoryValidationException;
import io.github.eventline.export.json.FileProblem;
import io.github.eventline.export.json.StoryFileException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the story a command was given, turning every way it can fail into a {@link CommandFailure}
 * with its exit code and messages that start with the file name, as compilers print them.
 */
final class StoryFiles {

  private StoryFiles() {}

  /**
   * Reads a story file.
   *
   * @param reader  the reader, not null
   * @param file  the file as the user named it, not null
   * @return the story, not null
   * @throws CommandFailure exit code 2 if the file does not exist or is a directory; exit code 1
   *     listing every problem if it is not a valid story, or if it cannot be read
   */
  static Story load(StoryLoader reader, Path file) {
    if (Files.isDirectory(file)) {
      throw new CommandFailure(Main.USAGE, List.of(file + ": is a directory, not a story file"), null);
    }
    if (!Files.exists(file)) {
      throw noSuchFile(file, null);
    }
    try {
      return reader.read(file);
    } catch (NoSuchFileException e) {
      throw noSuchFile(file, e);
    } catch (StoryFileException e) {
      List<String> lines = new ArrayList<>();
      for (FileProblem p : e.problems()) {
        lines.add(file + ":" + p);
      }
      throw new CommandFailure(Main.PROBLEMS, withCount(lines, file), e);
    } catch (StoryValidationException e) {
      List<String> lines = new ArrayList<>();
      for (StoryProblem p : e.problems()) {
        lines.add(file + ": " + p);
      }
      throw new CommandFailure(Main.PROBLEMS, withCount(lines, file), e);
    } catch (AccessDeniedException e) {
      throw new CommandFailure(Main.PROBLEMS, List.of(file + ": cannot be read: permission denied"), e);
    } catch (IOException e) {
      throw new CommandFailure(Main.PROBLEMS, List.of(file + ": cannot be read: " + Messages.reason(e)), e);
    }
  }

  private static CommandFailure noSuchFile(Path file, Throwable cause) {
    return new CommandFailure(Main.USAGE, List.of(file + ": no such file"), cause);
  }

  private static List<String> withCount(List<String> lines, Path file) {
    int n = lines.size();
    lines.add(file + ": " + n + (n == 1 ? " problem" : " problems"));
    return lines;
  }
}
