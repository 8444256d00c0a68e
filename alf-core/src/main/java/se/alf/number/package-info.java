/** Exact numbers: {@link se.alf.number.Ratio}. */
@NullMarked
@API(status = API.Status.STABLE, since = "0.1")
package se.alf.number;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
