/** Exact numbers: {@link se.alf.number.Ratio}. */
package se.alf.number;
