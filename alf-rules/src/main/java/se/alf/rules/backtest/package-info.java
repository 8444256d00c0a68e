/**
 * The backtest: a rule set run on a scenario beside every figure actually paid that has been
 * published, read from a data file with its sources
 * ({@link se.alf.rules.backtest.PublishedActuals}).
 */
package se.alf.rules.backtest;
