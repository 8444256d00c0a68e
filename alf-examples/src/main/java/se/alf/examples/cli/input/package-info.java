/**
 * What the command line reads, and how it quotes it back: arguments (years, dates, rule sets,
 * regions: {@link se.alf.examples.cli.input.Names}) and input files (scenarios, reforms, research
 * projects; JSON read strictly by {@link se.alf.examples.cli.input.Json}), each understood exactly
 * or refused with a {@link se.alf.examples.cli.input.UsageException} naming the input, the value
 * and the rule; {@link se.alf.examples.cli.input.Terminal} keeps control characters from reaching
 * the terminal. Used by {@code se.alf.examples.cli}; not exported.
 */
package se.alf.examples.cli.input;
