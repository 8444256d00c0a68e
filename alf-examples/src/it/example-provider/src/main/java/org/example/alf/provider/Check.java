package org.example.alf.provider;

import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;

/** Checks that alf finds this provider's rule set by its id: run by {@code .ci/consumers}. */
public final class Check {

  private Check() {}

  /**
   * Looks the example rule set up through {@link RuleSets} and prints it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    RuleSet r = RuleSets.byId(SixYearEvaluation.ID);
    System.out.println("found " + r.id() + ": " + r.title());
  }
}
