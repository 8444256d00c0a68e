package se.alf.rules.contract;

import se.alf.rules.RuleSets;
import se.alf.rules.RuleSet;

/** The contract kit run against the alf-2014 agreement. */
class Alf2014ContractTest implements RuleSetContract {

  @Override
  public RuleSet ruleSet() {
    return RuleSets.alf2014();
  }
}
