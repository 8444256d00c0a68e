/**
 * The published figures, with their citations: one home that both the rule sets (e.g.
 * {@code alf-2014}) and the published scenario ({@link se.alf.rules.Scenarios#published()}) read,
 * so the caller's package never reaches into a rule set's implementation for a figure.
 */
package se.alf.rules.published;
