package se.alf.rules.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.alf.rules.RuleSets;

/** Runs the golden cases of {@code src/test/resources/golden} against every rule set they name. */
class GoldenCasesTest {

  static Path goldenDir() {
    try {
      return Path.of(GoldenCasesTest.class.getResource("/golden").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> goldenCases() {
    return GoldenCases.tests(goldenDir(), RuleSets::byId);
  }

  @Test
  void atLeastFortyCases() {
    int n = GoldenCases.load(goldenDir()).size();
    assertTrue(n >= 40, "only " + n + " golden cases");
  }

  @Test
  void aWrongExpectationFailsWithADiffAndTheSource() {
    // 968 × 79 547 = 77 001 496 kr; the case below claims 1 öre more.
    GoldenCases.Case wrong = GoldenCases.parse("inline", List.of(
        "case: off-by-one-ore", "rule-sets: alf-2014", "year: 2021",
        "expect: education[ostergotland] = 77 001 496,01 kr",
        "source: deliberately wrong")).get(0);
    AssertionError e = assertThrows(AssertionError.class,
        () -> GoldenCases.check(wrong, RuleSets.alf2014()));
    assertEquals("golden case inline: off-by-one-ore under alf-2014 2021:\n"
        + "  education[ostergotland]: expected 77 001 496,01 kr, actual 77 001 496,00 kr"
        + " (actual − expected = -0,01 kr)\n"
        + "  source of the expected values: deliberately wrong", e.getMessage());
  }

  @Test
  void aCaseWithoutSourceIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GoldenCases.parse("inline", List.of("case: x", "rule-sets: alf-2014",
            "year: 2021", "expect: education[orebro] = 1 kr")));
    assertTrue(e.getMessage().contains("field 'source' is missing"), e.getMessage());
  }
}
