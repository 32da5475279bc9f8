/**
 * Deliberately bad classes that {@code SparkArchitectureTest} checks the rules against: each
 * breaks one rule, so that a rule that no longer catches anything fails the test.
 */
package io.github.eventline.spark.archfixture;
