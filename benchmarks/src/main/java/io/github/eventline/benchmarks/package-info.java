/**
 * JMH benchmarks of Eventline, each against a plain baseline measured in the same JVM run, and the
 * deterministic generators of synthetic stories they run on.
 *
 * <p>Every benchmark class is one {@code @State} with a {@code size} parameter, a {@code library}
 * method timing Eventline and a {@code baseline} method timing the same work written plainly;
 * {@link io.github.eventline.benchmarks.Report} prints the table of their ratios. See
 * {@code benchmarks/README.md}.
 */
package io.github.eventline.benchmarks;
