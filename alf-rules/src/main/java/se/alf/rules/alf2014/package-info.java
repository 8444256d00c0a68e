/** The rule set alf2014: see {@link se.alf.rules.alf2014.Alf2014}. */
@NullMarked
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
package se.alf.rules.alf2014;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
