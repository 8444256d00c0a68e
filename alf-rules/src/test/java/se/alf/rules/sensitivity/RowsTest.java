package se.alf.rules.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.rules.Keys;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Setting;
import se.alf.rules.sensitivity.SensitivityRow.Status;
import se.alf.rules.sensitivity.SensitivityRow.Tried;
import se.alf.source.Citation;
import se.alf.time.DatedValue;

class RowsTest {

  private static final ParameterRead KEY = ParameterRead.of(
      Keys.RESEARCH_KEY.of(AlfRegion.OREBRO), DatedValue.from(LocalDate.of(2016, 1, 1),
          Setting.of(Ratio.of(1, 50), Basis.ASSUMPTION), Citation.of("test", "rows")), true);

  private static SensitivityRow row(boolean fromScenario, List<String> ruleSets, long swing) {
    ParameterRead read = ParameterRead.of(Keys.RESEARCH_KEY.of(AlfRegion.OREBRO),
        DatedValue.from(LocalDate.of(2016, 1, 1), Setting.of(Ratio.of(1, 50),
            Basis.ASSUMPTION), Citation.of("test", "rows")), fromScenario);
    return new SensitivityRow(read, Optional.of(AlfRegion.OREBRO), ImmutableList.copyOf(
        ruleSets), Tried.ENDS, Ratio.of(9, 500), Ratio.of(11, 500), Sek.ZERO, Sek.ofOre(swing),
        Sek.ZERO, Sek.ofOre(swing), Status.AFFECTS, "");
  }

  @Test
  void equalSwingsPutTheScenariosValueFirstThenTheRuleSetsByName() {
    SensitivityRow scenario = row(true, List.of(), 5);
    SensitivityRow left = row(false, List.of("alf-2014"), 5);
    SensitivityRow right = row(false, List.of("pm-2024"), 5);
    SensitivityRow larger = row(false, List.of("pm-2024"), 6);
    List<SensitivityRow> rows = new ArrayList<>(List.of(right, left, scenario, larger));
    rows.sort(Rows.RANKING);
    assertEquals(List.of(larger, scenario, left, right), rows);
  }

  /** A row of KEY with its lines at low, base and high (öre), its swing and its status. */
  private static SensitivityRow ends(long low, long base, long high, long swing, Status status) {
    return new SensitivityRow(KEY, Optional.of(AlfRegion.OREBRO), ImmutableList.of(),
        Tried.ENDS, Ratio.of(9, 500), Ratio.of(11, 500), Sek.ofOre(low), Sek.ofOre(high),
        Sek.ofOre(base), Sek.ofOre(swing), status, "r");
  }

  @Test
  void theSwingIsTheSpreadOverLowBaseAndHigh() {
    // monotone: 100 → 150 → 200, the swing 200 − 100 = 100 öre
    assertEquals(Sek.ofOre(100), ends(100, 150, 200, 100, Status.AFFECTS).swing());
    // the base above both ends: 100, 250, 200 → 250 − 100 = 150 öre, not |200 − 100|
    ends(100, 250, 200, 150, Status.AFFECTS);
    assertThrows(IllegalArgumentException.class, () -> ends(100, 250, 200, 100, Status.AFFECTS));
    // the line at low may be the larger: 300, 250, 200 → 100 öre
    ends(300, 250, 200, 100, Status.AFFECTS);
  }

  @Test
  void oneOreIsRoundingAndMoreIsAnEffect() {
    // 10, 10, 11: one öre; 10, 9, 11: two öre (the base one öre below both ends)
    ends(10, 10, 11, 1, Status.ROUNDING);
    ends(10, 9, 11, 2, Status.AFFECTS);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ends(10, 10, 11, 1, Status.AFFECTS));
    assertEquals("research.key[orebro]: status AFFECTS does not fit the swing 0,01 kr",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ends(10, 9, 11, 2, Status.ROUNDING));
    assertThrows(IllegalArgumentException.class, () -> ends(10, 10, 10, 0, Status.ROUNDING));
    assertThrows(IllegalArgumentException.class, () -> ends(10, 10, 10, 0, Status.FAILED));
    ends(10, 10, 10, 0, Status.NO_EFFECT);
  }

  @Test
  void aSettingsLowGivesItsSmallestLineAndNothingTriedIsTheValueAsGiven() {
    assertThrows(IllegalArgumentException.class, () -> new SensitivityRow(KEY,
        Optional.empty(), ImmutableList.of(), Tried.EVERY_VALUE, true, false, Sek.ofOre(20),
        Sek.ofOre(10), Sek.ofOre(10), Sek.ofOre(10), Status.AFFECTS, ""));
    Ratio given = Ratio.of(1, 50);
    new SensitivityRow(KEY, Optional.empty(), ImmutableList.of(), Tried.NONE, given, given,
        Sek.ofOre(10), Sek.ofOre(10), Sek.ofOre(10), Sek.ZERO, Status.FAILED, "refused");
    assertThrows(IllegalArgumentException.class, () -> new SensitivityRow(KEY,
        Optional.empty(), ImmutableList.of(), Tried.NONE, Ratio.ZERO, given, Sek.ofOre(10),
        Sek.ofOre(10), Sek.ofOre(10), Sek.ZERO, Status.FAILED, "refused"));
    assertThrows(IllegalArgumentException.class, () -> new SensitivityRow(KEY,
        Optional.empty(), ImmutableList.of(), Tried.NONE, given, given, Sek.ofOre(10),
        Sek.ofOre(10), Sek.ofOre(10), Sek.ZERO, Status.NO_EFFECT, "not tried"));
  }
}
