/**
 * The {@code eventline} command line: {@code validate} and {@code timeline} on story files. An
 * application, not an API: only {@link io.github.eventline.cli.Main} is public.
 */
package io.github.eventline.cli;
