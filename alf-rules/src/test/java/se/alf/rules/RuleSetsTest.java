package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.alf.rules.param.Parameter;
import se.alf.rules.param.Setting;
import se.alf.rules.spi.RuleSetProvider;
import se.alf.rules.spi.Statement;
import se.alf.source.Sources;
import se.alf.time.DatedValue;

class RuleSetsTest {

  @Test
  void serviceLoaderFindsBothRuleSets() {
    assertTrue(RuleSets.all().containsKey("alf-2014"));
    assertTrue(RuleSets.all().containsKey("pm-2024"));
    assertSame(RuleSets.byId("alf-2014"), RuleSets.alf2014());
    assertSame(RuleSets.byId("pm-2024"), RuleSets.proposal2024());
  }

  @Test
  void unknownIdNamesTheKnownOnes() {
    UnknownRuleSetException e = assertThrows(UnknownRuleSetException.class,
        () -> RuleSets.byId("alf-2003"));
    assertEquals("alf-2003", e.id());
    assertTrue(e.getMessage().startsWith("rule set 'alf-2003' is not known; the known rule sets"
        + " are ["), e.getMessage());
    assertTrue(e.getMessage().contains("pm-2024"));
  }

  @Test
  void metadataCitesTheDocuments() {
    RuleSet current = RuleSets.alf2014();
    RuleSet proposal = RuleSets.proposal2024();
    // ALF 2014: signed 2014-09-11, in force 2015-01-01 (seed 001; facts.md §2.1).
    assertEquals(Year.of(2015), current.firstYear());
    assertEquals(Sources.ALF_2014, current.source().document());
    assertEquals(Sources.PM_2024, proposal.source().document());
    assertTrue(current.baseline().isEmpty());
    // The proposal is derived from the 2014 agreement: it overrides, it does not copy.
    assertSame(current, proposal.baseline().get());
  }

  @Test
  void everyParameterIsDatedAndCited() {
    for (RuleSet r : RuleSets.all().values()) {
      assertFalse(r.parameters().list().isEmpty(), r.id());
      for (Parameter<?> p : r.parameters().list()) {
        assertFalse(p.timeline().values().isEmpty(), p.key().id());
        for (DatedValue<? extends Setting<?>> v : p.timeline().values()) {
          assertFalse(v.citation().document().isBlank(), p.key().id());
        }
      }
    }
  }

  @Test
  void statementsOfTheProposalReplaceTheBaselinesById() {
    RuleSet proposal = RuleSets.proposal2024();
    Statement body = proposal.statements().stream()
        .filter(s -> s.id().equals("governance.national-body")).findFirst().orElseThrow();
    // PM 7.7: GUNS replaces the nationell styrgrupp.
    assertTrue(body.text().contains("GUNS"), body.text());
    assertEquals(1, proposal.statements().stream()
        .filter(s -> s.id().equals("governance.national-body")).count());
  }

  @Test
  void yearBeforeTheAgreementIsRejectedNamingIt() {
    YearOutsideRuleSetException e = assertThrows(YearOutsideRuleSetException.class,
        () -> RuleSets.alf2014().allocate(Scenarios.published(), Year.of(2014)));
    assertEquals("year 2014 is before rule set alf-2014 applies (from 2015)", e.getMessage());
  }

  @Test
  void yearAfterTheHorizonIsRejectedNamingIt() {
    // Issue 7 §4: allocate(…, 9999) used to answer with money; 2100 is the last year modelled.
    for (RuleSet rs : RuleSets.all().values()) {
      YearOutsideRuleSetException e = assertThrows(YearOutsideRuleSetException.class,
          () -> rs.allocate(Scenarios.published(), Year.of(9999)), rs.id());
      assertEquals("year 9999 is after the last year alf models (2015 to 2100), asked of rule"
          + " set " + rs.id(), e.getMessage());
      assertEquals(Year.of(9999), e.year());
      assertThrows(YearOutsideRuleSetException.class,
          () -> rs.evaluationSchedule(Scenarios.published(), Year.of(2101)), rs.id());
    }
    // The last year itself is modelled.
    RuleSets.alf2014().allocate(Scenarios.published(), Year.of(Horizon.LAST));
  }

  @Test
  void theHorizonChecksYearsNamingTheFieldAndTheRange() {
    assertTrue(Horizon.contains(Year.of(2015)));
    assertTrue(Horizon.contains(Year.of(2100)));
    assertFalse(Horizon.contains(Year.of(2014)));
    assertFalse(Horizon.contains(Year.of(2101)));
    assertEquals(Year.of(2027), Horizon.check("YEAR", Year.of(2027)));
    assertEquals("inputs[0].from: year 0 is outside the years alf models, 2015 to 2100",
        assertThrows(IllegalArgumentException.class,
            () -> Horizon.check("inputs[0].from", Year.of(0))).getMessage());
  }

  @Test
  void missingInputNamesTheKeyAndHowToSupplyIt() {
    MissingInputException e = assertThrows(MissingInputException.class,
        () -> RuleSets.alf2014().allocate(Scenario.empty(), Year.of(2020)));
    assertTrue(e.getMessage().contains("has no value on 2020-01-01 in rule set alf-2014 nor in"
        + " scenario 'empty'"), e.getMessage());
    assertTrue(e.getMessage().contains("supply it in the scenario under the key '"),
        e.getMessage());
  }

  @Test
  void providersAreLoadedOnceAndTheirRuleSetsKept() {
    // The original code ran the ServiceLoader on every call and built a new map each time.
    assertSame(RuleSets.all(), RuleSets.all());
    assertSame(RuleSets.byId("pm-2024"), RuleSets.byId("pm-2024"));
  }

  /** A provider that looks rule sets up through the loader that is loading it. */
  private static RuleSets.Loader reentrant() {
    RuleSets.Loader[] loader = new RuleSets.Loader[1];
    RuleSetProvider provider = () -> loader[0].all().get("alf-2014");
    loader[0] = new RuleSets.Loader(() -> java.util.List.of(
        new RuleSets.Candidate("se.example.CallsBackProvider", () -> provider)));
    return loader[0];
  }

  @Test
  void aProviderThatCallsRuleSetsWhileLoadedIsRefusedByName() {
    // Before, the ServiceLoader ended in ServiceConfigurationError: "r" is null.
    IllegalStateException e = assertThrows(IllegalStateException.class, reentrant()::all);
    assertEquals("rule set provider se.example.CallsBackProvider called RuleSets while it was"
        + " being loaded: a provider must not look rule sets up through RuleSets (it would see a"
        + " half-loaded list); refer to the rule set it builds on directly", e.getMessage());
  }

  @Test
  void aProviderThatBringsNoRuleSetIsRefusedByName() {
    RuleSets.Loader loader = new RuleSets.Loader(() -> java.util.List.of(
        new RuleSets.Candidate("se.example.NullProvider", () -> () -> null)));
    IllegalStateException e = assertThrows(IllegalStateException.class, loader::all);
    assertEquals("rule set provider se.example.NullProvider brought no rule set (get() returned"
        + " null)", e.getMessage());
  }

  @Test
  void theCacheIsFilledOnceUnderConcurrentFirstUse() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    RuleSets.Loader loader = new RuleSets.Loader(() -> {
      loads.incrementAndGet();
      return java.util.List.of(new RuleSets.Candidate("se.example.One",
          () -> RuleSets::alf2014));
    });
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<com.google.common.collect.ImmutableMap<String,
          RuleSet>>> all = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        all.add(pool.submit(loader::all));
      }
      for (java.util.concurrent.Future<com.google.common.collect.ImmutableMap<String, RuleSet>> f
          : all) {
        assertSame(all.get(0).get(), f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(1, loads.get());
  }
}
