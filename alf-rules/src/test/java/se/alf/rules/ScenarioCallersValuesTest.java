package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;
import se.alf.source.Citation;

/** {@link Scenario#givesValueFor}: which keys hold a value of the caller's. */
class ScenarioCallersValuesTest {

  private static final Citation MINE = Citation.of("test", "the caller's own figure");

  @Test
  void publishedFiguresAndAssumptionsAreNotTheCallers() {
    Scenario published = Scenarios.published();
    assertTrue(published.inputs().contains(Keys.RESEARCH_APPROPRIATION));
    assertFalse(published.givesValueFor(Keys.RESEARCH_APPROPRIATION));
    assertFalse(published.givesValueFor(Keys.ACTUAL_HST.of(AlfRegion.OREBRO)));
  }

  @Test
  void aChangeIsTheCallersWhateverItsBasis() {
    Scenario changed = Scenarios.published().with("mine", Parameters.builder()
        .putFrom(Keys.RESEARCH_APPROPRIATION, Year.of(2027), Sek.ofKronor(1_800_000_000L),
            Basis.ASSUMPTION, MINE)
        .build());
    assertTrue(changed.givesValueFor(Keys.RESEARCH_APPROPRIATION));
    assertFalse(changed.givesValueFor(Keys.ACTUAL_HST.of(AlfRegion.OREBRO)));
  }

  @Test
  void aValueMarkedInputIsTheCallers() {
    Scenario built = Scenario.builder("built").description("one input")
        .inputFrom(Keys.ACTUAL_HST.of(AlfRegion.OREBRO), Year.of(2027), FullYearStudents.of(850))
        .putFrom(Keys.ACTUAL_HST.of(AlfRegion.UPPSALA), Year.of(2027), FullYearStudents.of(900),
            Basis.ASSUMPTION, MINE)
        .build();
    assertTrue(built.givesValueFor(Keys.ACTUAL_HST.of(AlfRegion.OREBRO)));
    assertFalse(built.givesValueFor(Keys.ACTUAL_HST.of(AlfRegion.UPPSALA)));
  }
}
