package se.alf.rules.spi;

import com.google.common.collect.ImmutableList;
import se.alf.rules.Finding;

/** A validation of a scenario in the context's year against the rule set. */
@FunctionalInterface
public interface ScenarioCheck {
  /**
   * Checks the scenario of {@code context} in its year.
   *
   * @param context the context the rules run in
   * @return the findings, empty if none
   */
  ImmutableList<Finding> check(RuleContext context);
}
