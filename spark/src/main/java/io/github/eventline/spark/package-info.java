/**
 * Eventline on Apache Spark: reconciliation and timelines of many stories, read from and written
 * to Parquet or JSON Lines tables with the columns of the CSV tables.
 *
 * <p>{@link io.github.eventline.spark.StoryDatasets} holds the tables;
 * {@link io.github.eventline.spark.SparkReconciliation} judges every question with the timeline
 * module's {@code ClaimAccumulator}, once per question after grouping its rows;
 * {@link io.github.eventline.spark.SparkTimelines} builds one timeline per
 * story; {@link io.github.eventline.spark.ReconcileJob} runs both from the command line.
 *
 * <p>Spark is a provided dependency: the cluster's own is used. Arguments are not null unless
 * documented otherwise.
 */
package io.github.eventline.spark;
