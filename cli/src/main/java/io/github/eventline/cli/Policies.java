package io.github.eventline.cli;

import io.github.eventline.timeline.ReconciliationPolicy;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The reconciliation policies on the command line, by the names {@link ReconciliationPolicy.Method#parse}
 * reads: {@code weighted-vote} (the default), {@code most-reliable-source}, {@code latest-statement},
 * {@code source-trust}.
 */
final class Policies implements ITypeConverter<ReconciliationPolicy>, Iterable<String> {

  /** The default's name, {@code WEIGHTED_VOTE.label()}, as a constant for picocli's annotations. */
  static final String DEFAULT = "weighted-vote";

  /** Returns the name of a policy, such as {@code weighted-vote}. */
  static String name(ReconciliationPolicy policy) {
    return policy.method().label();
  }

  /** Obtains the policy of a name, or fails with the names there are. */
  @Override
  public ReconciliationPolicy convert(String name) {
    try {
      return ReconciliationPolicy.of(ReconciliationPolicy.Method.parse(name));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** The names, for picocli's completion candidates and the help. */
  @Override
  public Iterator<String> iterator() {
    return ReconciliationPolicy.Method.labels().iterator();
  }
}
