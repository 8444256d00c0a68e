package se.alf.rules.contract;

import java.time.Year;
import se.alf.money.Sek;
import se.alf.rules.param.Basis;
import se.alf.rules.Horizon;
import se.alf.rules.param.Parameters;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.reform.Reforms;
import se.alf.rules.reform.VasterbottenResponse;

/**
 * The contract kit run against Region Västerbotten's response, with the one input it needs beyond
 * the published scenario: the size of its regionalisation supplement, which the response does not
 * give (an odd amount here, so that the öre are exercised).
 */
class VasterbottenContractTest implements RuleSetContract {

  @Override
  public RuleSet ruleSet() {
    return Reforms.vasterbotten();
  }

  @Override
  public Scenario scenario() {
    return Scenarios.published().with("published + supplement", Parameters.builder()
        .putFrom(VasterbottenResponse.SUPPLEMENT, Year.of(Horizon.FIRST),
            Sek.ofOre(1_234_567_89L), Basis.INPUT, GeneratedCase.GENERATED)
        .build());
  }
}
