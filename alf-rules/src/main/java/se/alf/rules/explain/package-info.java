/**
 * Why a value is what it is: a result is {@link se.alf.rules.explain.Explained} with an
 * {@link se.alf.rules.explain.Explanation} tree whose nodes keep typed values and the
 * {@link se.alf.rules.explain.ParameterRead}s behind them, rendered to text only on demand
 * ({@link se.alf.rules.explain.Formats} writes one value). Read by callers; built by the engine.
 */
@NullMarked
@API(status = API.Status.STABLE, since = "0.1")
package se.alf.rules.explain;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
