package se.alf.rules.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import se.alf.rules.RuleSets;

/**
 * Every shipped rule set has a contract test class here ({@code Alf2014ContractTest},
 * {@code Proposal2024ContractTest}, {@code VasterbottenContractTest},
 * {@code LakarforbundetContractTest}): a rule set added without one fails this test.
 */
class KitCoversEveryRuleSetTest {

  @Test
  void everyShippedRuleSetHasAContractTest() {
    Set<String> covered = Set.of(new Alf2014ContractTest().ruleSet().id(),
        new Proposal2024ContractTest().ruleSet().id(),
        new VasterbottenContractTest().ruleSet().id(),
        new LakarforbundetContractTest().ruleSet().id());
    assertEquals(RuleSets.all().keySet(), covered);
  }
}
