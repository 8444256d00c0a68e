package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.party.AlfRegion;
import se.alf.rules.explain.Explanation;
import se.alf.rules.explain.ParameterRead;

class ExplanationTest {

  private static void everyNodeIsCited(Explanation e) {
    assertTrue(e.citation().isPresent() || !e.steps().isEmpty(), e.label());
    e.steps().forEach(ExplanationTest::everyNodeIsCited);
  }

  @Test
  void orebro2027UnderTheProposalExplainsItself() {
    Allocation a = RuleSets.proposal2024().allocate(Scenarios.published(), Year.of(2027));
    Explanation e = a.region(AlfRegion.OREBRO).explain();
    everyNodeIsCited(e);
    String text = a.explainText(AlfRegion.OREBRO);
    // The minimum: Örebro's assumed 800 actual in 2026 × 12/11 (PM 6.1.2) = 9600/11.
    assertTrue(text.contains("Minimum full-year students, Örebro, 2027: 9600/11 HST"), text);
    assertTrue(text.contains("Growth in full-year students with term 12: 12/11"), text);
    assertTrue(text.contains("PM U2024/01035 6.1.2"), text);
    // Leaves reach the inputs, with their dates and what they rest on.
    assertTrue(text.contains("actual-hst.base[orebro] = 800 HST [2015-01-01, …) (ASSUMPTION"),
        text);
    // The students trained in 2027 are derived, and the step says so and why.
    assertTrue(text.contains("Full-year students actually trained, Örebro, 2027: 9600/11 HST"),
        text);
    assertTrue(text.contains("actual derived: base × growth of rule set pm-2024 = 800 HST × 12/11"
        + " (term 12 from 2027), because no input actual-hst[orebro] for 2027"), text);
  }

  @Test
  void assumptionsAreListedNeverHidden() {
    Allocation a = RuleSets.alf2014().allocate(Scenarios.published(), Year.of(2027));
    java.util.Set<String> ids = a.assumptions().stream().map(ParameterRead::id)
        .collect(java.util.stream.Collectors.toSet());
    assertTrue(ids.containsAll(java.util.Set.of("research.appropriation",
        "education.rate-per-hst", "minimum-hst[stockholm]", "research.key[orebro]")), ids
        .toString());
    // The quality points per grade are the 2014 rule set's own labelled assumption.
    assertTrue(a.assumptions().stream().anyMatch(r -> r.id().equals("research.quality-points.b")
        && !r.fromScenario()));
  }

  @Test
  void theProposalsWithheldAmountsListTheirAssumptions() {
    // Where a lost quality amount goes is not in PM 7.10: the published scenario assumes it is
    // returned to the state, and the allocation must say it rests on that.
    Allocation a = RuleSets.proposal2024().allocate(Scenarios.published(), Year.of(2026));
    java.util.Set<String> ids = a.assumptions().stream().map(ParameterRead::id)
        .collect(java.util.stream.Collectors.toSet());
    assertTrue(ids.containsAll(java.util.Set.of("research.withheld-quality-destination",
        "pm.new-agreement-from", "research.quality-loss", "education.raised-rate-per-hst")),
        ids.toString());
  }

  @Test
  void aFullySpecifiedScenarioBefore2019RestsOnNoAssumption() {
    // 2015: no quality model yet, every input given by the caller.
    Allocation a = RuleSets.alf2014().allocate(TestScenarios.allGodHog(), Year.of(2015));
    assertEquals(0, a.assumptions().size(), a.assumptions().toString());
  }

  @Test
  void explanationsTravelWithTheResultAcrossThreads() throws Exception {
    // Nothing global or thread-local: allocations of different years computed at once on several
    // threads equal the same allocations computed one by one.
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<Allocation>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        int year = 2024 + i % 4;
        futures.add(pool.submit(() -> RuleSets.proposal2024().allocate(Scenarios.published(),
            Year.of(year))));
      }
      for (int i = 0; i < 16; i++) {
        assertEquals(RuleSets.proposal2024().allocate(Scenarios.published(),
            Year.of(2024 + i % 4)), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
