package io.github.eventline.cli;

import io.github.eventline.timeline.ReconciliationPolicy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The names of the reconciliation policies on the command line: {@code weighted-vote} (the
 * default), {@code most-reliable-source}, {@code latest-statement}, {@code source-trust}.
 */
final class Policies implements ITypeConverter<ReconciliationPolicy>, Iterable<String> {

  static final String DEFAULT = "weighted-vote";

  private static final Map<String, Supplier<ReconciliationPolicy>> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put(DEFAULT, ReconciliationPolicy::weightedVote);
    BY_NAME.put("most-reliable-source", ReconciliationPolicy::mostReliableSource);
    BY_NAME.put("latest-statement", ReconciliationPolicy::latestStatementWins);
    BY_NAME.put("source-trust", ReconciliationPolicy::sourceTrust);
  }

  /** Returns the command-line name of a policy, such as {@code weighted-vote}. */
  static String name(ReconciliationPolicy policy) {
    return policy.method().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Obtains the policy of a name, or fails with the names there are. */
  @Override
  public ReconciliationPolicy convert(String name) {
    Supplier<ReconciliationPolicy> policy = BY_NAME.get(name);
    if (policy == null) {
      throw new TypeConversionException(
          "unknown policy '" + name + "': expected one of " + String.join(", ", BY_NAME.keySet()));
    }
    return policy.get();
  }

  /** The names, for picocli's completion candidates and the help. */
  @Override
  public Iterator<String> iterator() {
    return new ArrayList<>(BY_NAME.keySet()).iterator();
  }
}
