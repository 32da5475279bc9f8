package io.github.eventline.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/** Validation of {@code x-} extension fields. Not public, by design. */
final class Extensions {

  private Extensions() {}

  static ImmutableMap<String, String> check(Map<String, String> extensions) {
    requireNonNull(extensions, "extensions");
    for (Map.Entry<String, String> e : extensions.entrySet()) {
      if (!e.getKey().startsWith("x-") || e.getKey().length() < 3) {
        throw new IllegalArgumentException(
            "Extension field \"" + Ids.abbreviate(e.getKey()) + "\" must start with \"x-\"");
      }
      requireNonNull(e.getValue(), "extension value");
    }
    return ImmutableMap.copyOf(extensions);
  }

  static String text(String field, String value) {
    requireNonNull(value, field);
    if (ControlCharacters.isBlank(value)) {
      throw new IllegalArgumentException(field + " is blank");
    }
    return value;
  }
}
