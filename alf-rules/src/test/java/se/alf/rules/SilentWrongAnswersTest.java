package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.rules.reform.InvalidReformException;
import se.alf.rules.reform.Reform;
import se.alf.rules.reform.Reforms;
import se.alf.rules.reform.VasterbottenResponse;
import se.alf.rules.spi.RuleContext;
import se.alf.source.Citation;

/**
 * Regressions of issue 7 ("No silent wrong answers") §1.1, §1.3, §1.4, §3.1 and §3.2: each
 * failed on the code before the fix.
 */
class SilentWrongAnswersTest {

  private static final Citation MINE = Citation.of("test", "caller input");

  private static Scenario published(Parameters changes) {
    return Scenarios.published().with("changed", changes);
  }

  // --- §1.1 a value for some years rewrites every later year ----------------------------------

  @Test
  void aBoundedScenarioInputLeavesLaterYearsAsPublished() {
    // Örebro's actual students in 2020 only. The proposal reads Örebro's actual students of 2026
    // (the alignment) and of 2028; neither is 2020, so 2028 must be exactly the published figure.
    // Before the fix the published 800 of 2015–2026 resumed open-ended after 2020 and replaced the
    // 9600/11 of 2027 on: Örebro lost 9 344 872,73 kr in 2028.
    Scenario s = published(Parameters.builder().putYear(Keys.ACTUAL_HST.of(AlfRegion.OREBRO),
        Year.of(2020), FullYearStudents.of(850), Basis.INPUT, MINE).build());
    RuleSet pm = RuleSets.proposal2024();
    RegionAllocation expected = pm.allocate(Scenarios.published(), Year.of(2028))
        .region(AlfRegion.OREBRO);
    RegionAllocation actual = pm.allocate(s, Year.of(2028)).region(AlfRegion.OREBRO);
    for (Line line : Line.values()) {
      assertEquals(expected.value(line), actual.value(line), line.name());
    }
  }

  @Test
  void aBoundedReformValueLeavesTheAgreementsLaterSharesAlone() {
    // ALF 2014 quality shares: 0 in 2015, 1/10 in 2016–2017, 15 % in 2018, 20 % from 2019.
    // A reform of 2016 alone (1/20) must leave 2017 = 1/10, 2018 = 3/20 and 2019 on = 1/5.
    RuleSet r = Reform.of(RuleSets.alf2014()).id("share-2016").title("t").citation(MINE)
        .setYears(Keys.QUALITY_SHARE, Year.of(2016), Year.of(2016), Ratio.of(1, 20),
            Basis.ASSUMPTION, MINE)
        .build();
    assertEquals(Ratio.of(1, 20), share(r, 2016));
    assertEquals(Ratio.of(1, 10), share(r, 2017));
    assertEquals(Ratio.of(3, 20), share(r, 2018));
    assertEquals(Ratio.of(1, 5), share(r, 2019));
    assertEquals(Ratio.of(1, 5), share(r, 2035));
  }

  private static Ratio share(RuleSet r, int year) {
    return r.parameters().find(Keys.QUALITY_SHARE, LocalDate.of(year, 7, 1)).orElseThrow()
        .value().value();
  }

  // --- §1.3 key constraints could be bypassed -------------------------------------------------

  private static final Key<Ratio> SECOND_KEY =
      Key.of("research.quality-amount-share", Ratio.class, "a second key object, unconstrained");

  @Test
  void aSecondKeyObjectCannotBypassAShareConstraintInAScenario() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> published(Parameters.builder().putFrom(SECOND_KEY, Year.of(2026), Ratio.of(3, 2),
            Basis.INPUT, MINE).build()));
    assertEquals("value of research.quality-amount-share must be a share between 0 and 1,"
        + " was 3/2", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Scenario.builder("x")
        .input(SECOND_KEY, Year.of(2026), Ratio.of(3, 2)));
  }

  @Test
  void aSecondKeyObjectCannotBypassAShareConstraintInAReform() {
    InvalidReformException e = assertThrows(InvalidReformException.class,
        () -> Reform.of(RuleSets.proposal2024()).id("bad").title("t").citation(MINE)
            .set(SECOND_KEY, Year.of(2026), Ratio.of(3, 2), Basis.ASSUMPTION, MINE).build());
    assertTrue(e.getMessage().contains("must be a share between 0 and 1, was 3/2"),
        e.getMessage());
  }

  @Test
  void aSecondKeyObjectOfAKeyOnlyTheRuleSetDeclaresIsCheckedWhenRead() {
    // The supplement is declared by Region Västerbotten's reform, not in Keys: a scenario value
    // under a raw key of the same id is checked against the reform's definition when read.
    Key<Sek> raw = Key.of(VasterbottenResponse.SUPPLEMENT.id(), Sek.class, "raw");
    Scenario s = published(Parameters.builder().putFrom(raw, Year.of(2026), Sek.ofKronor(-1),
        Basis.INPUT, MINE).build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Reforms.vasterbotten().allocate(s, Year.of(2027)));
    assertTrue(e.getMessage().startsWith("reform.regionalisation-supplement must be >= 0 SEK"),
        e.getMessage());
  }

  @Test
  void everyRuleSetDeclaresTheWholeCatalogueAndAKeyOnceById() {
    for (RuleSet r : ImmutableList.<RuleSet>builder().addAll(RuleSets.all().values())
        .addAll(Reforms.all().values()).build()) {
      assertTrue(r.declaredKeys().keySet().containsAll(Keys.catalogue().keySet()), r.id());
      r.parameters().list().forEach(p -> assertTrue(r.declaredKeys().containsKey(p.key().id()),
          r.id() + " " + p.key().id()));
    }
    assertTrue(Reforms.vasterbotten().declaredKeys()
        .containsKey(VasterbottenResponse.SUPPLEMENT.id()));
  }

  // --- §1.4 a false "not used" warning; §3.1/§3.2 warnings in every result -------------------

  private static List<String> warnings(Allocation a, String check) {
    return a.warnings().stream().filter(f -> f.check().equals(check)).map(Finding::message)
        .collect(Collectors.toList());
  }

  @Test
  void aRateFrom2024IsUsedUnder2014AndNotReportedAsIgnored() {
    // alf-2014 sets the rate itself for 2021 only; in 2024 it reads the scenario's rate. With
    // 100 000 kr from 2024, Örebro's education in 2024 is 100 000 × 715 (published minimum
    // assumption, which is below the assumed 800 actual) = 71 500 000 kr.
    Scenario s = published(Parameters.builder().putFrom(Keys.EDUCATION_RATE, Year.of(2024),
        Sek.ofKronor(100_000), Basis.INPUT, MINE).build());
    Allocation a = RuleSets.alf2014().allocate(s, Year.of(2024));
    assertEquals(Sek.ofKronor(71_500_000), a.region(AlfRegion.OREBRO).education().value());
    assertEquals(List.of(), warnings(a, RuleContext.INPUT_IGNORED));
    assertTrue(RuleSets.alf2014().validate(s, Year.of(2024)).stream()
        .noneMatch(f -> f.check().equals(RuleContext.INPUT_IGNORED)));
  }

  @Test
  void aRateFor2021IsReportedAsIgnoredUnder2014InTheResultItself() {
    Scenario s = published(Parameters.builder().putYear(Keys.EDUCATION_RATE, Year.of(2021),
        Sek.ofKronor(100_000), Basis.ASSUMPTION, MINE).build());
    Allocation a = RuleSets.alf2014().allocate(s, Year.of(2021));
    assertEquals(List.of("education.rate-per-hst: the scenario's value 100 000,00 kr [2021-01-01,"
        + " 2022-01-01) is not used: rule set alf-2014 sets education.rate-per-hst itself"
        + " (79 547,00 kr [2021-01-01, 2022-01-01)), and a rule reads the rule set's own value"
        + " first; change it with a reform"), warnings(a, RuleContext.INPUT_IGNORED));
    // 79 547 × 715 = 56 876 105 kr: the rule set's rate, not the caller's
    assertEquals(Sek.ofKronor(56_876_105), a.region(AlfRegion.OREBRO).education().value());
  }

  @Test
  void anInputThatStopsInsideTheYearsAskedSaysWhatTakesOver() {
    // The caller gives the research appropriation for 2027 only; 2028 reads the published
    // assumption (1 750 MSEK from 2016 on) again.
    Scenario s = published(Parameters.builder().putYear(Keys.RESEARCH_APPROPRIATION,
        Year.of(2027), Sek.ofKronor(1_800_000_000L), Basis.ASSUMPTION, MINE).build());
    assertEquals(List.of(), warnings(RuleSets.proposal2024().allocate(s, Year.of(2027)),
        RuleContext.INPUT_ENDS));
    List<String> w = warnings(RuleSets.proposal2024().allocate(s, Year.of(2028)),
        RuleContext.INPUT_ENDS);
    assertEquals(1, w.size(), w.toString());
    assertTrue(w.get(0).startsWith("research.appropriation: your value covers [2027-01-01,"
        + " 2028-01-01); over [2028-01-01, …) the assumption 1 750 000 000,00 kr of scenario"
        + " changed applies"), w.get(0));
  }

  @Test
  void studentsGivenForOneYearSayThatADerivedValueTakesOverInTheNext() {
    // The finance officer's case: Örebro's students for 2026 only; from 2027 the rule derives
    // them from the published base (800) × 12/11. That must be said, not done quietly.
    Scenario s = published(Parameters.builder().putYear(Keys.ACTUAL_HST.of(AlfRegion.OREBRO),
        Year.of(2026), FullYearStudents.of(850), Basis.INPUT, MINE).build());
    assertEquals(List.of(), warnings(RuleSets.proposal2024().allocate(s, Year.of(2026)),
        RuleContext.INPUT_ENDS));
    assertEquals(List.of("actual-hst[orebro]: your value covers [2026-01-01, 2027-01-01); in the"
        + " other years read (pm-2024) the value is derived from actual-hst.base[orebro] × the"
        + " growth with term 12 from 2027"),
        warnings(RuleSets.proposal2024().allocate(s, Year.of(2027)), RuleContext.INPUT_ENDS));
  }

  @Test
  void aComparisonCarriesTheWarningsOfItsAllocationsOnce() {
    Scenario s = published(Parameters.builder().putYear(Keys.RESEARCH_APPROPRIATION,
        Year.of(2027), Sek.ofKronor(1_800_000_000L), Basis.ASSUMPTION, MINE).build());
    se.alf.rules.compare.Comparison c = se.alf.rules.compare.Comparison
        .of(RuleSets.alf2014(), RuleSets.proposal2024()).over(s, Year.of(2026), Year.of(2030));
    // Both sides read the appropriation outside the caller's 2027: in 2026 the assumption over
    // [2016, 2027), in 2028–2030 the assumption over [2028, …). One warning for each of these two
    // values, not one per year and side.
    assertEquals(2, c.warnings().size(), c.warnings().toString());
    assertTrue(c.warnings().stream().allMatch(f -> f.check().equals(RuleContext.INPUT_ENDS)));
  }

  @Test
  void thePublishedScenarioAloneGivesNoWarnings() {
    for (RuleSet r : ImmutableList.<RuleSet>builder().addAll(RuleSets.all().values())
        .addAll(Reforms.all().values()).build()) {
      if (r.id().equals("vasterbotten-2024")) {
        continue; // needs the supplement the response gives no size for
      }
      for (int y = 2015; y <= 2035; y++) {
        assertEquals(List.of(), r.allocate(Scenarios.published(), Year.of(y)).warnings(),
            r.id() + " " + y);
      }
    }
  }

  // --- §4 the API names what is null ----------------------------------------------------------

  @Test
  void aNullRegionIsNamed() {
    Allocation a = RuleSets.alf2014().allocate(Scenarios.published(), Year.of(2024));
    NullPointerException e = assertThrows(NullPointerException.class, () -> a.region(null));
    assertEquals("region", e.getMessage());
  }

  @Test
  void anUnknownReformIsAnUnknownRuleSet() {
    UnknownRuleSetException e = assertThrows(UnknownRuleSetException.class,
        () -> Reforms.byId("vasterboten-2024"));
    assertEquals("vasterboten-2024", e.id());
    assertThrows(NullPointerException.class, () -> RuleSets.byId(null));
  }
}
