/**
 * Sweeps and sensitivity (känslighetsanalys): many scenarios evaluated against one or more rule
 * sets for one year, and which assumption or input moves a region's line most.
 *
 * <p>{@link se.alf.rules.sensitivity.Sweep} evaluates a list (or a generator) of scenarios
 * against rule sets for one year and keeps only what a caller asks for: per scenario and rule set
 * the amounts of some regions' money lines, as {@code long} öre in one array
 * ({@link se.alf.rules.sensitivity.SweepResult}); in parallel on request, with the results in the
 * order of the scenarios whatever the threads did.
 *
 * <p>{@link se.alf.rules.sensitivity.Sensitivity} varies every assumption and every input of the
 * caller that a result reads over a range, recomputes through a sweep, and ranks them by their
 * effect on one region's line, or on the difference between two rule sets: the table behind a
 * tornado chart.
 *
 * <pre>{@code
 * Sensitivity s = Sensitivity.of(RuleSets.alf2014())
 *     .over(Scenarios.published(), Year.of(2024), AlfRegion.OREBRO);
 * s.rows().get(0);                 // the input with the largest swing
 * System.out.print(s.table().text());
 * }</pre>
 *
 * <p>Every public type here is immutable and thread-safe; nothing does I/O.
 */
@AlfStyle
@NullMarked
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
package se.alf.rules.sensitivity;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import se.alf.style.AlfStyle;
