package io.github.eventline.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map of at most {@value #CAPACITY} entries that forgets its first entry when full: the values a
 * reader made for recent rows, so that rows naming the same actor, place, day or code share one
 * value. Memory stays bounded whatever the size of the file. Not public, by design.
 */
final class Recent<V> extends LinkedHashMap<String, V> {
  private static final long serialVersionUID = 1L;

  /** The most entries kept. */
  static final int CAPACITY = 65_536;

  Recent() {
    super(1024, 0.75f, false);
  }

  @Override
  protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
    return size() > CAPACITY;
  }
}
