/**
 * AssertJ assertions for Eventline's stories and timelines, read like the story they test.
 */
module io.github.eventline.assertj {
  requires transitive io.github.eventline.timeline;
  requires transitive org.assertj.core;

  exports io.github.eventline.assertj;
  // AssertJ's soft assertions subclass the assertion classes through a private lookup; on the module
  // path they also need the flags EventlineSoftAssertions lists.
  opens io.github.eventline.assertj to org.assertj.core;
}
