package se.alf.rules.spi;

import se.alf.rules.RuleSet;

/**
 * The service through which rule sets are found with {@link java.util.ServiceLoader}: a module
 * that brings rule sets declares {@code provides se.alf.rules.spi.RuleSetProvider with ...}.
 */
public interface RuleSetProvider {

  /** Returns the rule set this provider brings. */
  RuleSet get();
}
