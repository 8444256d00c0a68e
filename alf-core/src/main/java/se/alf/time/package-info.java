/**
 * Dated values: a {@link se.alf.time.Timeline} of values over half-open date ranges, each with
 * its citation, that rejects overlaps and answers a date outside every range with a specific
 * exception.
 */
@NullMarked
@API(status = API.Status.STABLE, since = "0.1")
package se.alf.time;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
