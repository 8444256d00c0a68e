package se.alf.rules.spi;

import se.alf.party.AlfRegion;
import se.alf.rules.explain.Explained;

/**
 * A rule that computes a value for one ALF region in the context's year.
 *
 * <p>Implementations must be immutable and thread-safe: a rule set runs them from any thread.
 *
 * @param <T> the type of the value
 * @since 0.1
 */
@FunctionalInterface
public interface RegionRule<T> {
  /**
   * Computes the rule's value for {@code region} in the context's year.
   *
   * @param context the context the rule runs in
   * @param region the ALF region
   * @return the value, explained
   */
  Explained<T> apply(RuleContext context, AlfRegion region);
}
