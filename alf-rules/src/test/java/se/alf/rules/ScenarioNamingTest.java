package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import se.alf.rules.param.Parameters;

/** A scenario and a rule set say what they are; a blank scenario name is refused. */
class ScenarioNamingTest {

  @Test
  void namesDescriptionsAndTitles() {
    assertEquals("round numbers", TestScenarios.clean().build().description());
    // A changed scenario says how many inputs were changed (here none).
    assertEquals("round numbers; changed: 0 input(s)",
        TestScenarios.clean().build().with("mine", Parameters.builder().build()).description());
    assertEquals("ALF agreement 2014 (in force from 2015)", RuleSets.alf2014().title());
    assertEquals("Proposed ALF agreement, PM U2024/01035 (2024)",
        RuleSets.proposal2024().title());
  }

  @Test
  void aBlankNameIsRefused() {
    assertEquals("scenario name must not be blank", assertThrows(IllegalArgumentException.class,
        () -> Scenario.builder(" ")).getMessage());
    assertEquals("scenario name must not be blank", assertThrows(IllegalArgumentException.class,
        () -> TestScenarios.allGodHog().with("", Parameters.builder().build())).getMessage());
  }
}
