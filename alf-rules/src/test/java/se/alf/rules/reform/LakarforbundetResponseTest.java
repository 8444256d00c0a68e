package se.alf.rules.reform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.research.ResearchProjects;
import se.alf.rules.Keys;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;
import se.alf.rules.pm2024.Proposal2024;

/** Sveriges läkarförbund's response (2024-07-02, facts.md § 3.3) as a reform of pm-2024. */
class LakarforbundetResponseTest {

  private static final RuleSet SLF = Reforms.lakarforbundet();
  private static final RuleSet PM = Proposal2024.ruleSet();

  @Test
  void isAReformOfTheProposalFoundById() {
    assertEquals("lakarforbundet-2024", SLF.id());
    assertSame(PM, SLF.baseline().get());
    assertSame(SLF, RuleSets.byId("lakarforbundet-2024"));
    assertSame(SLF, Reforms.byId("lakarforbundet-2024"));
  }

  @Test
  void animalEthicsApprovalCountsAsAPermit() {
    // 7.2: "Tillägget kan behöva kompletteras för att inkludera klinisk forskning som kräver
    // etiskt tillstånd via djurförsöksnämnd."
    assertTrue(SLF.classify(ResearchProjects.translationalAnimalStudy()).isClinicalResearch());
    assertFalse(PM.classify(ResearchProjects.translationalAnimalStudy()).isClinicalResearch());
    // The union supports the clause itself: research without any permit stays outside.
    assertFalse(SLF.classify(ResearchProjects.healthData()).isClinicalResearch());
    assertTrue(SLF.classify(ResearchProjects.drugTrial()).isClinicalResearch());
  }

  @Test
  void theRaiseComesBeforeTermTwelveStarts() {
    // "borde höjningen av ALF-medel per helårsstudent ske innan den tolfte terminen inleds".
    // Term 12 is first given VT 2027; the last calendar year before it is 2026.
    assertEquals(Year.of(2026), SLF.parameters().find(Keys.RAISE_FROM, Year.of(2026).atDay(1))
        .get().value().value());
    // 2026, Östergötland, 968 compensated: 128 492 × 968 = 124 380 256 kr; 2025: 79 547 × 968 =
    // 77 001 496 kr.
    assertEquals(Sek.ofKronor(124_380_256), education(2026));
    assertEquals(Sek.ofKronor(77_001_496), education(2025));
  }

  private static Sek education(int year) {
    return SLF.allocate(Scenarios.published(), Year.of(year)).region(AlfRegion.OSTERGOTLAND)
        .education().value();
  }
}
