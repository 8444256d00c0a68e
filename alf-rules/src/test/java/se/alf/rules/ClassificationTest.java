package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.research.Permit;
import se.alf.research.ResearchProject;
import se.alf.research.ResearchProjects;
import se.alf.rules.spi.ClinicalResearchDefinition;
import se.alf.rules.spi.Condition;
import se.alf.rules.spi.Slots;

/**
 * Is it clinical research? ALF 2014 § 7: "förutsätter vårdens strukturer och resurser och har som
 * mål att lösa ett ohälsoproblem eller att identifiera faktorer som leder till ökad hälsa"; PM 7.2
 * adds "…och som kräver tillstånd av Läkemedelsverket eller Etikprövningsmyndigheten".
 */
class ClassificationTest {

  @Test
  void healthDataResearchWithoutPermitsFallsOutsideTheProposal() {
    // Seed 000 §7.2: "kliniskt relevant hälsodataforskning" would fall outside.
    ResearchProject project = ResearchProjects.healthData();
    assertTrue(project.permits().isEmpty());
    Verdict now = RuleSets.alf2014().classify(project);
    Verdict proposed = RuleSets.proposal2024().classify(project);
    assertTrue(now.isClinicalResearch(), now.explainText());
    assertFalse(proposed.isClinicalResearch(), proposed.explainText());
    assertEquals(1, proposed.failed().size());
    assertEquals(Condition.PERMIT, proposed.failed().get(0).id());
    assertEquals("7.2", proposed.failed().get(0).citation().section().orElseThrow());
    assertEquals("§ 7", now.conditions().get(0).citation().section().orElseThrow());
  }

  @Test
  void healthcareOrganisationAndCellHandlingResearchToo() {
    for (ResearchProject p : ImmutableSet.of(ResearchProjects.healthcareOrganisation(),
        ResearchProjects.cellHandlingAdvancedTherapies())) {
      assertTrue(RuleSets.alf2014().classify(p).isClinicalResearch(), p.title());
      assertFalse(RuleSets.proposal2024().classify(p).isClinicalResearch(), p.title());
    }
  }

  @Test
  void aDrugTrialWithPermitsIsClinicalResearchUnderBoth() {
    ResearchProject trial = ResearchProjects.drugTrial();
    assertTrue(trial.permits().contains(Permit.MEDICAL_PRODUCTS_AGENCY));
    assertTrue(RuleSets.alf2014().classify(trial).isClinicalResearch());
    assertTrue(RuleSets.proposal2024().classify(trial).isClinicalResearch());
  }

  @Test
  void animalEthicsApprovalAloneIsNoPermitUnderTheProposal() {
    // PM 7.2 names Läkemedelsverket and Etikprövningsmyndigheten only (SLF asked to add
    // djurförsöksnämnd: that is a reform, not the proposal).
    ResearchProject animal = ResearchProject.builder().title("animal model")
        .usesHealthcareStructures(true).aimsAtHealthProblem(true)
        .permits(ImmutableSet.of(Permit.ANIMAL_ETHICS_COMMITTEE)).build();
    Verdict v = RuleSets.proposal2024().classify(animal);
    assertFalse(v.isClinicalResearch());
    assertTrue(v.failed().get(0).reason().contains("which do not qualify"), v.explainText());
  }

  @Test
  void everyConditionIsReportedWithItsReason() {
    ResearchProject none = ResearchProject.builder().title("lab only")
        .usesHealthcareStructures(false).aimsAtHealthProblem(false).build();
    Verdict v = RuleSets.proposal2024().classify(none);
    assertEquals(3, v.conditions().size());
    assertEquals(3, v.failed().size());
    assertTrue(v.explainText().contains("NOT clinical research"));
  }

  @Test
  void theProposalsClauseAppliesFromTheNewAgreement() {
    // Before 2026 (the assumed start of the new agreement) the proposal rule set is the 2014 one.
    Verdict early = RuleSets.proposal2024().classify(ResearchProjects.healthData(), Year.of(2025));
    assertTrue(early.isClinicalResearch(), early.explainText());
  }

  @Test
  void theDefinitionKeepsBothReadingsWithTheirSourcesAndTheVerdictsDoNotChange() {
    // Issue 7 §2.5. LU and VR quote § 7 ending "... faktorer som leder till ökad hälsa"; Region
    // Västerbotten's response (seed 000, 7.1) restates it ending "... leder till ohälsa".
    String start = "Den kliniska forskningen förutsätter vårdens strukturer och resurser och har"
        + " som mål att lösa ett ohälsoproblem eller att identifiera faktorer som leder till ";
    java.util.Map<String, RuleSet> all = new java.util.LinkedHashMap<>(RuleSets.all());
    all.putAll(se.alf.rules.reform.Reforms.all());
    all.forEach((id, rules) -> {
      ClinicalResearchDefinition d = rules.rules().get(Slots.CLINICAL_RESEARCH);
      assertEquals(2, d.readings().size(), id);
      assertEquals(start + "ökad hälsa", d.readings().get(0).text(), id);
      assertEquals("§ 7", d.readings().get(0).citation().section().orElseThrow(), id);
      assertTrue(d.readings().get(0).citation().url().orElseThrow().contains("lu.se"), id);
      assertEquals(start + "ohälsa", d.readings().get(1).text(), id);
      assertEquals("7.1", d.readings().get(1).citation().section().orElseThrow(), id);
      assertEquals("000_13ed2d48ae91e5ee.txt",
          d.readings().get(1).citation().seedFile().orElseThrow(), id);
      // The readings decide nothing: the same conditions without them give the same verdicts.
      RuleSet without = se.alf.rules.reform.Reform.of(rules).id(id + "-no-readings").title("t")
          .citation(se.alf.source.Citation.of("test", "readings"))
          .replace(Slots.CLINICAL_RESEARCH, ClinicalResearchDefinition.of(
              d.conditions().toArray(new Condition[0])))
          .build();
      assertEquals(0, without.rules().get(Slots.CLINICAL_RESEARCH).readings().size());
      for (ResearchProject p : ResearchProjects.all()) {
        assertEquals(rules.classify(p).isClinicalResearch(),
            without.classify(p).isClinicalResearch(), id + ": " + p.title());
        assertEquals(rules.classify(p).failed().stream().map(ConditionResult::id)
            .collect(java.util.stream.Collectors.toList()), without.classify(p).failed().stream()
            .map(ConditionResult::id).collect(java.util.stream.Collectors.toList()), id + ": "
            + p.title());
      }
    });
  }
}
