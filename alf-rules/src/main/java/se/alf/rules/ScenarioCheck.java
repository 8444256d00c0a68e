package se.alf.rules;

import com.google.common.collect.ImmutableList;

/** A validation of a scenario in the context's year against the rule set. */
@FunctionalInterface
public interface ScenarioCheck {
  ImmutableList<Finding> check(RuleContext context);
}
