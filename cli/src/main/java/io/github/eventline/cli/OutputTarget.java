package io.github.eventline.cli;

import static java.util.Objects.requireNonNull;

import io.github.eventline.export.internal.OutputFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where {@code --out} sends a command's output, and how it is written: every format's file goes
 * through {@link OutputFiles} (a temporary file beside the target moved into place when complete;
 * permissions of a replaced file kept; symbolic links and devices written through).
 *
 * <p>The rules a user sees: {@code --out} naming an existing directory writes the format's file in
 * it; a path ending with {@code /} must be an existing directory; a missing parent directory is
 * created; the story file being read is never written over; a failure is one line naming the path
 * the user gave and what went wrong (permission denied, read-only file system, no space left on
 * device), with exit code {@link Main#PROBLEMS}.
 */
final class OutputTarget {

  private final Path out;
  private final String given;
  private final Path story;

  /**
   * Creates the target.
   *
   * @param out  the path of {@code --out}, not null
   * @param given  the text of {@code --out} as typed, which may end with {@code /}, not null
   * @param story  the story file being read, not null
   */
  OutputTarget(Path out, String given, Path story) {
    this.out = requireNonNull(out, "out");
    this.given = requireNonNull(given, "given");
    this.story = requireNonNull(story, "story");
  }

  /**
   * Returns the file to write: {@code --out} itself, or {@code fileName} in it if it is a directory.
   *
   * @throws CommandFailure if {@code --out} ends with {@code /} and is not a directory, or names the
   *     story file
   */
  Path file(String fileName) {
    Path target;
    if (Files.isDirectory(out)) {
      target = out.resolve(fileName);
    } else if (given.endsWith("/") || given.endsWith(File.separator)) {
      throw failure(Main.USAGE, "--out " + given + ": no such directory (create it first, or name a file)");
    } else {
      target = out;
    }
    refuseStory(target);
    return target;
  }

  /**
   * Writes one file, creating its parent directories if needed.
   *
   * @param file  the file, from {@link #file(String)}
   * @param content  what to write
   * @throws CommandFailure naming the file if it cannot be written; an existing file is then unchanged
   */
  void write(Path file, OutputFiles.Content content) {
    createParent(file);
    try {
      OutputFiles.write(file, content);
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
  }

  /**
   * Writes a set of files into the directory {@code --out}, created if needed: none is replaced
   * unless every one was written in full.
   *
   * @param fileNames  the names of the files the writer writes, to refuse the story file among them
   * @param writer  writes the files into the directory
   * @throws CommandFailure naming the directory if it cannot be written; the old files are then unchanged
   */
  void writeDirectory(List<String> fileNames, DirectoryWriter writer) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw failure(Main.USAGE, "--out " + out + " is a file, not a directory");
    }
    for (String name : fileNames) {
      refuseStory(out.resolve(name));
    }
    try {
      writer.write(out);
    } catch (IOException e) {
      // the file that failed, named from the path the user gave
      String failed = e instanceof FileSystemException ? ((FileSystemException) e).getFile() : null;
      throw cannotWrite(failed == null ? out : Path.of(failed), e);
    }
  }

  /** Writes files into a directory. */
  @FunctionalInterface
  interface DirectoryWriter {
    void write(Path directory) throws IOException;
  }

  private void refuseStory(Path target) {
    try {
      if (Files.exists(target) && Files.isSameFile(target, story)) {
        throw failure(Main.USAGE, "--out " + target + " is the story file being read; choose another file");
      }
    } catch (IOException e) {
      // not comparable: not the same file
    }
  }

  private void createParent(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || Files.isDirectory(parent)) {
      return;
    }
    try {
      Files.createDirectories(parent);
    } catch (FileAlreadyExistsException e) {
      // createDirectories met a file where a directory belongs
      Path failed = Path.of(e.getFile());
      Path shown = file.isAbsolute() ? failed : Path.of("").toAbsolutePath().relativize(failed);
      throw failure(Main.PROBLEMS, "eventline: cannot create the directory " + shown + ": it is a file");
    } catch (IOException e) {
      Path shown = file.getParent() == null ? parent : file.getParent();
      throw failure(Main.PROBLEMS, "eventline: cannot create the directory " + shown + ": " + Messages.reason(e));
    }
  }

  private static CommandFailure cannotWrite(Path path, IOException e) {
    return new CommandFailure(Main.PROBLEMS, List.of("eventline: cannot write " + path + ": " + Messages.reason(e)), e);
  }

  private static CommandFailure failure(int code, String line) {
    return new CommandFailure(code, List.of(line), null);
  }
}
