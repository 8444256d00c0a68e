package se.alf.rules.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import se.alf.source.Citation;
import se.alf.time.DatedValue;

class RowsTest {

  private static SensitivityRow row(boolean fromScenario, List<String> ruleSets, long swing) {
    ParameterRead read = ParameterRead.of(Keys.RESEARCH_KEY.of(AlfRegion.OREBRO),
        DatedValue.from(LocalDate.of(2016, 1, 1), Setting.of(Ratio.of(1, 50),
            Basis.ASSUMPTION), Citation.of("test", "rows")), fromScenario);
    return new SensitivityRow(read, Optional.of(AlfRegion.OREBRO), ImmutableList.copyOf(
        ruleSets), Ratio.of(9, 500), Ratio.of(11, 500), Sek.ZERO, Sek.ofOre(swing),
        Sek.ofOre(swing), Status.AFFECTS, "");
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
}
