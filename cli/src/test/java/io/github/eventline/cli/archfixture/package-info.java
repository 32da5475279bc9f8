/**
 * Classes that break the architecture rules on purpose, laid out like Eventline's modules, so that
 * {@link io.github.eventline.cli.ArchitectureTest} shows that each rule can fail.
 */
package io.github.eventline.cli.archfixture;
