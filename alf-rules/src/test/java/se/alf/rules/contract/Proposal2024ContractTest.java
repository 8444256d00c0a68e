package se.alf.rules.contract;

import se.alf.rules.RuleSets;
import se.alf.rules.RuleSet;

/** The contract kit run against the 2024 proposal (PM U2024/01035). */
class Proposal2024ContractTest implements RuleSetContract {

  @Override
  public RuleSet ruleSet() {
    return RuleSets.proposal2024();
  }
}
