package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OtherCommandsTest extends CliTestSupport {

  @Test
  void rulesetsListsTheAgreementAndTheProposal() {
    assertEquals(0, run("rulesets"));
    assertTrue(out().contains("alf-2014: ALF agreement 2014"), out());
    assertTrue(out().contains("pm-2024: Proposed ALF agreement, PM U2024/01035"), out());
    assertTrue(out().contains("  source: PM U2024/01035"), out());
    assertTrue(out().contains("derived from alf-2014"), out());
    assertEquals(0, run("rulesets", "--format", "csv"));
    assertTrue(out().startsWith("id,title,source,url,first year,reference year,baseline,"
        + "service loader\n"), out());
    assertTrue(out().contains("\npm-2024,"), out());
    // The reforms are listed too, found by ServiceLoader or else by Reforms.
    assertTrue(out().contains("\nvasterbotten-2024,"), out());
    assertTrue(out().contains("\nlakarforbundet-2024,"), out());
    assertEquals(2, run("rulesets", "extra"));
    assertEquals("alf: rulesets: takes no arguments, got 'extra'\n", err());
  }

  @Test
  void validateFindsTheOverdueEvaluationIn2030() {
    assertEquals(0, run("validate", "pm-2024", "2030"));
    String text = out();
    assertTrue(text.startsWith("Validation in 2030 (scenario) and on 2030-01-01 (agreement"
        + " landscape)\n"), text);
    // The last research evaluation reported in 2023, every 4 years: due 2027.
    assertTrue(text.contains("WARNING evaluation-overdue the research quality evaluation was due"
        + " in 2027 and is overdue in 2030"), text);
    assertTrue(text.contains("  Agreement landscape on 2030-01-01: "), text);
    assertFalse(text.contains("alf-2014:"), text);
  }

  @Test
  void validateWithADateAndEveryRuleSet() {
    assertEquals(0, run("validate", "2026-03-01", "--format", "csv"));
    assertTrue(out().startsWith("rule set,subject,severity,check,region,message,rule\n"), out());
    assertTrue(out().contains("\nalf-2014,landscape 2026-03-01,"), out());
    assertTrue(out().contains("\npm-2024,landscape 2026-03-01,"), out());
  }

  @Test
  void validateDefaultsToToday() {
    assertEquals(0, run("validate", "alf-2014"));
    assertTrue(out().startsWith("Validation in 2026 (scenario) and on 2026-06-01"), out());
  }

  @Test
  void validateBadArguments() {
    assertEquals(2, run("validate", "alf-2014", "20x"));
    assertEquals("alf: validate: DATE must be a date like 2027-01-01, was '20x'\n", err());
    assertEquals(2, run("validate", "alf-2014", "pm-2024"));
    assertEquals("alf: validate: YEAR|DATE must be a year like 2027 or a date like 2027-01-01,"
        + " was 'pm-2024'\n", err());
    assertEquals(2, run("validate", "nope"));
    assertTrue(err().startsWith("alf: validate: RULESET: rule set 'nope' is not known"), err());
  }

  @Test
  void landscapeKeepsItsReport() {
    assertEquals(0, run("landscape", "2017-03-23"));
    assertTrue(out().startsWith("ALF agreement landscape on 2017-03-23\n"), out());
    assertEquals(0, run("landscape"));
    assertTrue(out().startsWith("ALF agreement landscape on 2026-06-01\n"), out());
    assertEquals(2, run("landscape", "2017-02-30"));
    assertEquals("alf: landscape: DATE must be a date like 2027-01-01, was '2017-02-30'\n",
        err());
  }

  @Test
  void keysListsTheFamiliesAndHowToWriteValues() {
    assertEquals(0, run("keys"));
    assertTrue(out().contains("actual-hst[REGION]"), out());
    assertTrue(out().contains("research.appropriation"), out());
    assertTrue(out().contains("full-year students, e.g. \"850\" or \"9350/11\""), out());
  }

  @Test
  void helpOverallAndPerCommand() {
    assertEquals(0, run("--help"));
    for (String c : new String[] {"landscape", "rulesets", "allocate", "compare", "classify",
        "validate", "keys"}) {
      assertTrue(out().contains("\n  " + c + " "), c + " in\n" + out());
    }
    assertTrue(out().contains("Exit status: 0 done; 2 a bad command line"), out());
    assertEquals(0, run());
    assertTrue(out().startsWith("alf: the Swedish ALF agreement"), out());
    assertEquals(0, run("allocate", "--help"));
    assertTrue(out().startsWith("Usage: alf allocate RULESET YEAR"), out());
    assertEquals(0, run("help", "classify"));
    assertTrue(out().startsWith("Usage: alf classify"), out());
    assertTrue(out().contains("--permit lakemedelsverket|etikprovningsmyndigheten|"
        + "djurforsoksetisk-namnd"), out());
    assertEquals(0, run("validate", "-h"));
    assertTrue(out().startsWith("Usage: alf validate [RULESET] [YEAR|DATE]"), out());
  }

  @Test
  void anUnknownCommandIsOneLine() {
    assertEquals(2, run("allocat", "pm-2024", "2027"));
    assertEquals("alf: unknown command 'allocat'; the commands are landscape, rulesets, allocate,"
        + " compare, classify, validate, keys (alf --help)\n", err());
    assertEquals("", out());
  }
}
