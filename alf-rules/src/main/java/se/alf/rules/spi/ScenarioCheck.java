package se.alf.rules.spi;

import com.google.common.collect.ImmutableList;
import se.alf.rules.Finding;

/** A validation of a scenario in the context's year against the rule set. */
@FunctionalInterface
public interface ScenarioCheck {
  ImmutableList<Finding> check(RuleContext context);
}
