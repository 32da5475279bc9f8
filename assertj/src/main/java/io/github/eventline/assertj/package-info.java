/**
 * AssertJ assertions for Eventline: tests about news sequences that read like the story.
 *
 * <pre>{@code
 * Timeline timeline = Timeline.build(story);
 * assertThat(timeline).event("putin-asks-kim").isNecessarilyAfter("kursk-offensive").hasStatus(UNCONTESTED);
 * assertThat(timeline).verdictOn(occurred("nk-troops-in-assaults")).isContested().isSupportedBy("zelensky-address");
 * assertThat(story).hasNoProblems();
 * }</pre>
 *
 * <p>{@link io.github.eventline.assertj.EventlineAssertions} is the entry point;
 * {@link io.github.eventline.assertj.EventlineSoftAssertions} collects failures instead of stopping
 * at the first. A failure message shows the part of the timeline the assertion is about: the
 * events with their stated and derived bounds and the relations still possible between them, or
 * the verdict with each assertion's weight and reason.
 *
 * <p>Every method refuses null arguments, except the object asserted on, whose nullness fails the
 * assertion.
 */
@NullMarked
package io.github.eventline.assertj;

import org.jspecify.annotations.NullMarked;
