/**
 * Dated values: a {@link se.alf.time.Timeline} of values over half-open date ranges, each with
 * its citation, that rejects overlaps and answers a date outside every range with a specific
 * exception.
 */
package se.alf.time;
