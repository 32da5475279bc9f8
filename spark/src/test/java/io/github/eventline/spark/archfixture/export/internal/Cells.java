package io.github.eventline.spark.archfixture.export.internal;

/** What export shares with the command alone. */
public final class Cells {}
