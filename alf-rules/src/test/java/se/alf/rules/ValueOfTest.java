package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.explain.SourcedValue;
import se.alf.rules.explain.SourcedValue.Origin;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.source.Citation;

/**
 * "The value rule set R uses for key K in year Y with scenario S" is one call,
 * {@link RuleSet#valueOf}, typed and with where it came from.
 */
class ValueOfTest {

  private static final Scenario PUBLISHED = Scenarios.published();

  @Test
  void aRuleSetsOwnParameterComesFromTheRuleSet() {
    // alf-2014 sets the 2021 rate itself: 79 547 kr, published (Läkartidningen 2021-12).
    SourcedValue<Sek> rate = RuleSets.alf2014().valueOf(Keys.EDUCATION_RATE, PUBLISHED,
        Year.of(2021));
    assertEquals(Sek.ofKronor(79_547), rate.value());
    assertEquals(Origin.RULE_SET, rate.origin());
    assertEquals(Basis.PUBLISHED, rate.read().basis());
    assertEquals(LocalDate.of(2021, 1, 1), rate.read().from());
    assertEquals(Keys.EDUCATION_RATE, rate.key());
  }

  @Test
  void aScenarioValueSaysWhetherItIsPublishedAssumedOrTheCallers() {
    RuleSet current = RuleSets.alf2014();
    // 2015's research appropriation is published in the scenario: 1 700 000 000 kr (VR1804).
    SourcedValue<Sek> research = current.valueOf(Keys.RESEARCH_APPROPRIATION, PUBLISHED,
        Year.of(2015));
    assertEquals(Sek.ofKronor(1_700_000_000L), research.value());
    assertEquals(Origin.PUBLISHED, research.origin());
    // From 2016 the scenario assumes 1 750 000 000 kr: an assumption, not a fact.
    SourcedValue<Sek> assumed = current.valueOf(Keys.RESEARCH_APPROPRIATION, PUBLISHED,
        Year.of(2027));
    assertEquals(Sek.ofKronor(1_750_000_000L), assumed.value());
    assertEquals(Origin.ASSUMPTION, assumed.origin());
    // A caller's own figure is theirs, whatever basis they label it with.
    Key<FullYearStudents> minimum = Keys.MINIMUM_HST.of(AlfRegion.OREBRO);
    Scenario mine = PUBLISHED.with("mine", Parameters.builder()
        .putFrom(minimum, Year.of(2027), FullYearStudents.of(740), Basis.PUBLISHED,
            Citation.builder().document("my source").build())
        .build());
    SourcedValue<FullYearStudents> given = current.valueOf(minimum, mine, Year.of(2027));
    assertEquals(FullYearStudents.of(740), given.value());
    assertEquals(Origin.SCENARIO_INPUT, given.origin());
    // Before the caller's value starts, the scenario's assumption (715) applies.
    SourcedValue<FullYearStudents> before = current.valueOf(minimum, mine, Year.of(2026));
    assertEquals(FullYearStudents.of(715), before.value());
    assertEquals(Origin.ASSUMPTION, before.origin());
  }

  @Test
  void aMissingValueOrAYearOutsideTheRuleSetIsRefused() {
    Key<Sek> nowhere = Key.of("test.nowhere", Sek.class, "a key no one sets");
    assertThrows(MissingInputException.class,
        () -> RuleSets.alf2014().valueOf(nowhere, PUBLISHED, Year.of(2027)));
    assertThrows(YearOutsideRuleSetException.class,
        () -> RuleSets.alf2014().valueOf(Keys.EDUCATION_RATE, PUBLISHED, Year.of(2014)));
  }
}
