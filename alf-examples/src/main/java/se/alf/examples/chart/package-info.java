/**
 * Charts as plain SVG, written by hand (no dependency): {@link se.alf.examples.chart.TornadoChart}
 * draws a sensitivity analysis. The command line and the jshell script use them; the library
 * stays lean.
 */
package se.alf.examples.chart;
