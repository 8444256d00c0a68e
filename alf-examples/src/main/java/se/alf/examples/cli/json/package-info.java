/**
 * What the command line writes as JSON ({@code --format json}):
 * {@link se.alf.examples.cli.json.JsonWriter}, the one place that knows how an amount, a ratio,
 * full-year students, a stamp, a finding, an assumption and a table are written, used by every
 * command. Written with Jackson, in {@code alf-examples} only. Used by {@code se.alf.examples.cli};
 * not exported.
 */
package se.alf.examples.cli.json;
