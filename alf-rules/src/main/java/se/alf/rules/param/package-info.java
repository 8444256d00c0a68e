/**
 * Values, dated and cited: {@link se.alf.rules.param.Key} and
 * {@link se.alf.rules.param.RegionKey} name a value and its type,
 * {@link se.alf.rules.param.Parameters} hold each key's timeline of
 * {@link se.alf.rules.param.Setting}s, each with its {@link se.alf.rules.param.Basis} and
 * citation. Used by callers (to give a scenario's inputs or a reform's parameters) and by rule-set
 * authors alike; the keys the engine's rules read are listed in {@link se.alf.rules.Keys}.
 */
@NullMarked
@API(status = API.Status.STABLE, since = "0.1")
package se.alf.rules.param;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
