/** The rule set alf2014: see {@link se.alf.rules.alf2014.Alf2014}. */
package se.alf.rules.alf2014;
