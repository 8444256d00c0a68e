package se.alf.rules.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.programme.FullYearStudents;
import se.alf.rules.spi.RegionRule;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.spi.Slots;
import se.alf.rules.spi.Step;
import se.alf.rules.reform.Reform;
import se.alf.source.Citation;

/**
 * The kit fails rule sets that break its properties, with QuickTheories' seed in the message:
 * reforms of the proposal whose education rule is wrong on purpose.
 */
class KitFindsBrokenRuleSetsTest {

  private static final Citation WRONG = Citation.of("test", "a rule wrong on purpose");

  private static RuleSet withEducation(String id, RegionRule<Sek> education) {
    return Reform.of(RuleSets.proposal2024()).id(id).title("broken education").citation(WRONG)
        .replace(Slots.EDUCATION, education).build();
  }

  private static RuleSetContract contract(RuleSet rules) {
    return () -> rules;
  }

  @Test
  void negativeEducationMoneyFailsNoAmountIsNegative() {
    // −0,01 kr to every region: conserved (education counts on both sides) but negative.
    RuleSet broken = withEducation("negative-education", (context, region) -> {
      Step step = context.step("negative education", WRONG);
      return step.formula("−1 öre").done(Sek.ofOre(-1));
    });
    AssertionError e = assertThrows(AssertionError.class,
        () -> contract(broken).noAmountIsNegative());
    assertTrue(e.getMessage().contains("Seed was"), e.getMessage());
    assertTrue(e.getMessage().contains("EDUCATION of"), e.getMessage());
    // The same rule set keeps the other properties, e.g. conservation.
    contract(broken).moneyIsConservedToTheOre();
  }

  @Test
  void educationFallingWithStudentsFailsMonotonicity() {
    // 1 000 000 000 kr − 1 000 kr per compensated full-year student: falls as students rise.
    RuleSet broken = withEducation("falling-education", (context, region) -> {
      Step step = context.step("falling education", WRONG);
      FullYearStudents n = step.use(context.regional(Slots.COMPENSATED_STUDENTS, region));
      return step.formula("1e9 − 1000 × n")
          .done(Sek.ofKronor(1_000_000_000L).minus(Sek.ofKronor(1_000).times(n.value())));
    });
    AssertionError e = assertThrows(AssertionError.class,
        () -> contract(broken).educationMoneyNeverFallsWhenStudentsRise());
    assertTrue(e.getMessage().contains("Seed was"), e.getMessage());
    assertTrue(e.getMessage().contains("more full-year students gets"), e.getMessage());
  }

  @Test
  void assertWithinOreNamesBothAmountsAndTheDifference() {
    // 1,00 kr against 1,03 kr: 3 öre apart, 2 allowed.
    AssertionError e = assertThrows(AssertionError.class,
        () -> AlfAssertions.assertWithinOre("total", Sek.ofOre(100), Sek.ofOre(103), 2));
    assertEquals("total: expected 1,00 kr but was 1,03 kr (differs by 3 öre, allowed 2)",
        e.getMessage());
    AlfAssertions.assertWithinOre("total", Sek.ofOre(100), Sek.ofOre(98), 2);
  }
}
