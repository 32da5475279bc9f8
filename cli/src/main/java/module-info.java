/**
 * The {@code eventline} command. An application: it exports nothing, and opens its package to
 * picocli, which reads the commands' annotations and sets their fields.
 */
module io.github.eventline.cli {
  requires io.github.eventline.export;
  requires io.github.eventline.imports;
  requires io.github.eventline.timeline;
  requires info.picocli;
  requires com.google.common;

  opens io.github.eventline.cli to info.picocli;
}
