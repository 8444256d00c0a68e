package se.alf.rules.spi;

import se.alf.rules.explain.Explained;

/**
 * A rule that computes a value for the whole agreement in the context's year.
 *
 * <p>Implementations must be immutable and thread-safe: a rule set runs them from any thread.
 *
 * @param <T> the type of the value
 * @since 0.1
 */
@FunctionalInterface
public interface NationalRule<T> {
  /**
   * Computes the rule's national value in the context's year.
   *
   * @param context the context the rule runs in
   * @return the value, explained
   */
  Explained<T> apply(RuleContext context);
}
