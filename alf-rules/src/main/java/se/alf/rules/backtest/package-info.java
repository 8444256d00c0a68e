/**
 * The backtest: a rule set run on a scenario beside every figure actually paid that has been
 * published, read from a data file with its sources
 * ({@link se.alf.rules.backtest.PublishedActuals}).
 */
@NullMarked
@API(status = API.Status.STABLE, since = "0.1")
package se.alf.rules.backtest;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
