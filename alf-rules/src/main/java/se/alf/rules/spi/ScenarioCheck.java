package se.alf.rules.spi;

import com.google.common.collect.ImmutableList;
import se.alf.rules.Finding;

/**
 * A validation of a scenario in the context's year against the rule set.
 *
 * <p>Implementations must be immutable and thread-safe: a rule set runs them from any thread.
 *
 * @since 0.1
 */
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
