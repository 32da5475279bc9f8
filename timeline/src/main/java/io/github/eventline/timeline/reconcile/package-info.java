/**
 * Reconciliation: the verdict on every question a story's assertions answer. Not exported: the
 * API is {@code io.github.eventline.timeline.Reconciliation}, {@code ClaimAccumulator} and the
 * verdicts; {@code docs/reconciliation.md} states the rules in plain words.
 *
 * <p>The flow, in the order a reader reasons about a question. {@link
 * io.github.eventline.timeline.reconcile.Reconciler} takes a story through it: the modeller's
 * claims ({@link io.github.eventline.timeline.reconcile.EditorClaims}, made once, with
 * deterministic ids), supersession, duplicates (same-as verdicts merging events), then one
 * grouping of every assertion by question ({@link io.github.eventline.timeline.reconcile.ClaimGrouping})
 * into an {@link io.github.eventline.timeline.reconcile.Accumulation} per question, each judged by
 * a {@link io.github.eventline.timeline.reconcile.Judgement}, which applies the rules, each a
 * named unit with its own tests:
 *
 * <ol>
 *   <li>{@link io.github.eventline.timeline.reconcile.ImpliedOccurrence}: a dated, placed or
 *       counted event happened;
 *   <li>{@link io.github.eventline.timeline.reconcile.Links} and {@link
 *       io.github.eventline.timeline.reconcile.LinkedStatements}: links between assertions act, on
 *       one question and across questions;
 *   <li>{@link io.github.eventline.timeline.reconcile.Outdating}: later and stronger outdates
 *       earlier;
 *   <li>{@link io.github.eventline.timeline.reconcile.Values}, {@link
 *       io.github.eventline.timeline.reconcile.QuantityRanges} and {@link
 *       io.github.eventline.timeline.reconcile.HeldQuantity}: which values agree, and the value
 *       held;
 *   <li>{@link io.github.eventline.timeline.reconcile.Weight}: the weight of each voice, as
 *       printed.
 * </ol>
 *
 * <p>{@link io.github.eventline.timeline.reconcile.ValueClusters}, {@link
 * io.github.eventline.timeline.reconcile.StatusRule} and {@link
 * io.github.eventline.timeline.reconcile.VerdictExplanation} are the judgement's steps of
 * clustering, deciding the status and explaining. The timeline's up-front judgement of timings and relations, and the
 * feed of a distributed engine, go through the same grouping and the same judgement: they may
 * skip work, never re-implement a rule.
 *
 * <p>Every method refuses null arguments unless documented otherwise.
 */
@NullMarked
package io.github.eventline.timeline.reconcile;

import org.jspecify.annotations.NullMarked;
