package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.party.AlfRegion;
import se.alf.quality.Grade;
import se.alf.quality.Panel;
import se.alf.quality.RegionEvaluation;
import se.alf.rules.spi.Grades;
import se.alf.rules.spi.RuleContext;
import se.alf.source.Citation;

/** {@link Grades#read}: a region's grade on every panel, or a refusal naming the missing one. */
class GradesTest {

  private static final Citation TEST = Citation.of("test", "grades");

  @Test
  void aCompleteEvaluationGivesEveryPanelsGrade() {
    Scenario s = TestScenarios.withGrades(TestScenarios.clean(), AlfRegion.OREBRO,
        Grade.MYCKET_HOG, Grade.GOD_HOG, Grade.UNDERMALIG);
    RuleContext ctx = new RuleContext(RuleSets.alf2014(), s, Year.of(2024));
    assertEquals(Grade.MYCKET_HOG, Grades.read(ctx.step("test", TEST), AlfRegion.OREBRO, "rule")
        .get(Panel.SCIENTIFIC_QUALITY));
    assertEquals(Grade.UNDERMALIG, Grades.read(ctx.step("test", TEST), AlfRegion.OREBRO, "rule")
        .get(Panel.PREREQUISITES));
  }

  @Test
  void aPanelWithoutAGradeIsNamed() {
    RegionEvaluation unknownSecond = RegionEvaluation.builder().region(AlfRegion.OREBRO)
        .putGrade(Panel.SCIENTIFIC_QUALITY, Grade.GOD_HOG)
        .putGrade(Panel.PREREQUISITES, Grade.GOD_HOG)
        .putUnknownNote(Panel.CLINICAL_SIGNIFICANCE, "not published")
        .citation(TEST).build();
    Scenario s = Scenario.builder("gap").description("panel 2 unknown")
        .inputFrom(Keys.EVALUATION_RESULT.of(AlfRegion.OREBRO), Year.of(2015), unknownSecond)
        .build();
    RuleContext ctx = new RuleContext(RuleSets.alf2014(), s, Year.of(2024));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Grades.read(ctx.step("test", TEST), AlfRegion.OREBRO, "the test rule"));
    assertEquals("evaluation.result[orebro] has no grade for panel 2 (CLINICAL_SIGNIFICANCE);"
        + " the test rule needs all three; give one in the scenario", e.getMessage());
  }
}
