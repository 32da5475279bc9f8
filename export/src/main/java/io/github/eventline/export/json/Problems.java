package io.github.eventline.export.json;

import io.github.eventline.core.StoryProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Collects the problems of a story file while it is read. Not public, by design. */
final class Problems {

  private final List<FileProblem> problems = new ArrayList<>();
  /**
   * The converters of this read, by type: each makes a value from a text once (ids, vocabulary
   * terms, EDTF dates) and keeps it. A story names each place and source thousands of times; one
   * instance each saves the parsing and the memory. Only values that were made are kept: a refused
   * text is refused again.
   */
  private final Map<Class<?>, Function<String, ?>> memos = new HashMap<>();

  void add(Node at, String pointer, String message) {
    add(at.line, at.column, pointer, message, Optional.empty());
  }

  void add(Node at, String pointer, String message, Optional<String> hint) {
    add(at.line, at.column, pointer, message, hint);
  }

  void add(int line, int column, String pointer, String message, Optional<String> hint) {
    problems.add(new FileProblem(line, column, pointer, message, hint));
  }

  /**
   * Returns the converter of this read that makes each distinct text's value once. A type has one
   * converter: {@code make} is used on the first call for the type, and must be the same function
   * on every call.
   */
  <T> Function<String, T> memo(Class<T> type, Function<String, T> make) {
    @SuppressWarnings("unchecked") // the map holds, for each type, a converter to that type
    Function<String, T> converter = (Function<String, T>) memos.get(type);
    if (converter == null) {
      Map<String, T> made = new HashMap<>();
      converter = text -> {
        T value = made.get(text);
        if (value == null) {
          value = make.apply(text);
          made.put(text, value);
        }
        return value;
      };
      memos.put(type, converter);
    }
    return converter;
  }

  /** Adds the problems another collection found. */
  void addAll(Problems other) {
    problems.addAll(other.problems);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  int size() {
    return problems.size();
  }

  /** Returns the problems in the order of the file: by line, then column, else as found. */
  List<FileProblem> inFileOrder() {
    List<FileProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(FileProblem::line).thenComparingInt(FileProblem::column));
    return sorted;
  }

  /** Returns the known name closest to the given text, as {@link StoryProblem#closestMatch}. */
  static Optional<String> closest(String text, Collection<String> known) {
    return StoryProblem.closestMatch(text, known);
  }
}
