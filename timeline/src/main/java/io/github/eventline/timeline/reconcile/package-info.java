/**
 * The rules of reconciliation, one named unit each, in the order a reader reasons about a
 * question: the modeller's claims, supersession, duplicates, {@link
 * io.github.eventline.timeline.reconcile.ImpliedOccurrence implied occurrence} (a dated, placed or
 * counted event happened), {@link io.github.eventline.timeline.reconcile.Links links} between
 * assertions, {@link io.github.eventline.timeline.reconcile.Outdating outdating} (later and
 * stronger outdates earlier), and the {@link io.github.eventline.timeline.reconcile.Weight weight}
 * of each voice. Not exported: the API is {@code io.github.eventline.timeline.Reconciliation} and
 * its verdicts; {@code docs/reconciliation.md} states the rules in plain words.
 *
 * <p>Every method refuses null arguments unless documented otherwise.
 */
@NullMarked
package io.github.eventline.timeline.reconcile;

import org.jspecify.annotations.NullMarked;
