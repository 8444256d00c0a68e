/**
 * What a caller uses: {@link se.alf.rules.RuleSets} finds a {@link se.alf.rules.RuleSet}, a
 * {@link se.alf.rules.Scenario} (e.g. {@link se.alf.rules.Scenarios#published()}) supplies its
 * inputs, and the results ({@link se.alf.rules.Allocation},
 * {@link se.alf.rules.RegionAllocation}, {@link se.alf.rules.Verdict},
 * {@link se.alf.rules.Finding}, {@link se.alf.rules.EvaluationSchedule}) come with explanations
 * ({@link se.alf.rules.explain}); {@link se.alf.rules.Keys} lists the keys the rules read. Values
 * and keys are in {@link se.alf.rules.param}; writing a rule set takes {@link se.alf.rules.spi}.
 */
@AlfStyle
@NullMarked
@API(status = API.Status.STABLE, since = "0.1")
package se.alf.rules;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import se.alf.style.AlfStyle;
