package se.alf.rules.spi;

import se.alf.rules.explain.Explained;

/**
 * A rule that computes a value for the whole agreement in the context's year.
 *
 * @param <T> the type of the value
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
