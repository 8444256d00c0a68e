package se.alf.rules.contract;

import se.alf.rules.reform.Reforms;
import se.alf.rules.RuleSet;

/** The contract kit run against the Sveriges läkarförbund's response. */
class LakarforbundetContractTest implements RuleSetContract {

  @Override
  public RuleSet ruleSet() {
    return Reforms.lakarforbundet();
  }
}
