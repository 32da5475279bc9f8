package io.github.eventline.export.internal;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes output files so that a failed write loses nothing: every file the library and the command
 * write goes through here. Not part of the API (exported to the command only).
 *
 * <ul>
 *   <li>A regular file is written to a temporary file beside it ({@code .NAME.RANDOM.tmp}), which
 *       is forced to the disk and then moved over the target in one atomic rename: the target is
 *       the old file or the new one, never a part. A failed write deletes the temporary file.
 *   <li>A replaced file keeps its permissions; a new file gets the usual default (the process's
 *       umask applied to 0666), not the 0600 of a temporary file.
 *   <li>A symbolic link is written through: the file it points to is replaced as above, and the
 *       link stays. A link to nothing is refused.
 *   <li>An existing file that is neither regular nor a directory (a device such as
 *       {@code /dev/null}, a named pipe) is written through, directly, as a shell redirection does:
 *       there is no old content to keep.
 *   <li>A set of files ({@link #writeAll}) is written in full, every file to its temporary file,
 *       before any target is replaced; then the temporary files are moved into place one by one.
 * </ul>
 *
 * <p>Errors are {@link IOException}s that name the target, never the temporary file.
 */
public final class OutputFiles {

  private static final SecureRandom RANDOM = new SecureRandom();

  private OutputFiles() {}

  /** What to write into a file. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content; the stream is buffered, and closed by the caller.
     *
     * @param out  the stream, not null
     * @throws IOException if the stream fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes one file, replacing it if it exists.
   *
   * @param file  the file, not null
   * @param content  what to write, not null
   * @throws IOException naming {@code file} if it cannot be written; the old file is then unchanged
   */
  public static void write(Path file, Content content) throws IOException {
    requireNonNull(file, "file");
    requireNonNull(content, "content");
    writeAll(Map.of(file, content));
  }

  /**
   * Writes several files, replacing those that exist: none is replaced unless every one was
   * written in full.
   *
   * @param files  the files and what to write into each, written in the map's order, not null
   * @throws IOException naming the file that failed; no file is then replaced
   */
  public static void writeAll(Map<Path, Content> files) throws IOException {
    requireNonNull(files, "files");
    List<Pending> pending = new ArrayList<>();
    boolean done = false;
    try {
      for (Map.Entry<Path, Content> e : new LinkedHashMap<>(files).entrySet()) {
        Pending p = Pending.of(e.getKey());
        pending.add(p);
        p.write(e.getValue());
      }
      for (Pending p : pending) {
        p.commit();
      }
      done = true;
    } finally {
      if (!done) {
        for (Pending p : pending) {
          p.abort();
        }
      }
    }
  }

  /** One file being written: straight into a device, or into a temporary file to move in place. */
  private static final class Pending {
    /** The path the caller gave, for messages. */
    final Path named;
    /** The regular file to replace (a link's target), or the device to write through. */
    final Path target;
    /** The temporary file, or null when writing through. */
    Path temp;

    private Pending(Path named, Path target) {
      this.named = named;
      this.target = target;
    }

    static Pending of(Path named) throws IOException {
      Path target = named;
      if (Files.isSymbolicLink(named)) {
        if (!Files.exists(named)) {
          throw new NoSuchFileException(named.toString(), null, "a symbolic link to a file that does not exist");
        }
        target = named.toRealPath();
      }
      if (Files.isDirectory(target)) {
        throw new FileSystemException(named.toString(), null, "is a directory");
      }
      return new Pending(named, target);
    }

    void write(Content content) throws IOException {
      if (Files.exists(target) && !Files.isRegularFile(target)) {
        // a device or a pipe: written through
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
          writeContent(content, out);
        } catch (IOException e) {
          throw named(e, target);
        }
        return;
      }
      Path absolute = target.toAbsolutePath();
      Path parent = absolute.getParent();
      FileChannel channel = createTemp(parent, absolute.getFileName().toString());
      try (OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
        writeContent(content, out);
        out.flush();
        channel.force(true);
      } catch (IOException e) {
        throw named(e, temp);
      } finally {
        channel.close();
      }
    }

    /** Writes the content, unwrapping the unchecked forms of an I/O failure that writers throw. */
    private static void writeContent(Content content, OutputStream out) throws IOException {
      try {
        content.writeTo(out);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } catch (JacksonIOException e) {
        throw e.getCause();
      }
    }

    private FileChannel createTemp(Path parent, String name) throws IOException {
      while (true) {
        Path candidate = parent.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
          FileChannel channel = FileChannel.open(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          temp = candidate;
          return channel;
        } catch (FileAlreadyExistsException e) {
          // another name
        } catch (IOException e) {
          throw named(e, candidate);
        }
      }
    }

    void commit() throws IOException {
      if (temp == null) {
        return;
      }
      try {
        keepPermissions();
        try {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        temp = null;
      } catch (IOException e) {
        throw named(e, temp);
      }
    }

    /** Gives the temporary file the permissions of the file it replaces, if any. */
    private void keepPermissions() throws IOException {
      PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class,
          LinkOption.NOFOLLOW_LINKS);
      if (old != null && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        Files.setPosixFilePermissions(temp, old.readAttributes().permissions());
      }
    }

    void abort() {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the write already failed with its own exception
        }
      }
    }

    /**
     * Returns an exception like the given one but naming the path the caller gave, not a temporary
     * file: what a user can act on. The original is its cause.
     */
    private IOException named(IOException e, Path internal) {
      String name = named.toString();
      IOException renamed;
      if (e instanceof FileSystemException && !(e instanceof FileAlreadyExistsException)) {
        FileSystemException f = (FileSystemException) e;
        boolean aboutTemp = internal != null && internal.toString().equals(f.getFile());
        if (!aboutTemp && f.getFile() != null && !f.getFile().equals(target.toString())) {
          return e;
        }
        String reason = f.getReason();
        if (e instanceof AccessDeniedException) {
          renamed = new AccessDeniedException(name, null, reason);
        } else if (e instanceof NoSuchFileException) {
          renamed = new NoSuchFileException(name, null, reason);
        } else {
          renamed = new FileSystemException(name, null, reason);
        }
      } else {
        renamed = new FileSystemException(name, null, e.getMessage());
      }
      renamed.initCause(e);
      return renamed;
    }
  }
}
