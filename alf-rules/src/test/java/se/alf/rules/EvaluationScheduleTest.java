package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableMap;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.alf.rules.param.Basis;
import se.alf.rules.reform.Reform;
import se.alf.rules.reform.Reforms;
import se.alf.source.Citation;

/**
 * A round's due year does not depend on the year the question is asked (issue 7 §2.3): the round
 * after the one that reported in 2023 is due in the first year Y with Y − 2023 ≥ the interval in
 * force in Y.
 */
class EvaluationScheduleTest {

  private static final Scenario S = Scenarios.published();
  private static final Citation TEST = Citation.of("test", "evaluation schedule");

  /** Every rule set the library brings: the registered ones and the reforms. */
  private static Map<String, RuleSet> all() {
    Map<String, RuleSet> all = new LinkedHashMap<>(RuleSets.all());
    all.putAll(Reforms.all());
    return all;
  }

  /**
   * Derived by hand from the sources, the last research and USV rounds both reporting in 2023:
   * <ul>
   *   <li>alf-2014: Vetenskapsrådet every 4 years → 2023 + 4 = 2027; USV every 4 → 2027.
   *   <li>pm-2024 (7.9.2: every four years) → 2027; the USV evaluation ends from 2026 (6.4, 7.9.1):
   *       2024 and 2025 have 1 and 2 of the 4 years elapsed, from 2026 the interval is 0 → none.
   *   <li>lakarforbundet-2024 keeps the proposal's intervals → 2027, no USV.
   *   <li>vasterbotten-2024 (7.9.2: six years, from 2026): 2024, 2025: 1, 2 &lt; 4; 2026: 3 &lt; 6;
   *       2027: 4 &lt; 6 (not due although four years have passed: six are in force);
   *       2028: 5 &lt; 6; 2029: 6 ≥ 6 → 2029; no USV (the proposal's end of it is kept).
   * </ul>
   */
  private static final ImmutableMap<String, Year> RESEARCH = ImmutableMap.of(
      "alf-2014", Year.of(2027), "pm-2024", Year.of(2027),
      "lakarforbundet-2024", Year.of(2027), "vasterbotten-2024", Year.of(2029));
  private static final ImmutableMap<String, Optional<Year>> USV = ImmutableMap.of(
      "alf-2014", Optional.of(Year.of(2027)), "pm-2024", Optional.empty(),
      "lakarforbundet-2024", Optional.empty(), "vasterbotten-2024", Optional.empty());

  @Test
  void everyRuleSetIsCovered() {
    assertEquals(RESEARCH.keySet(), all().keySet());
  }

  @Test
  void dueYearsDerivedByHandForEveryYearAsked() {
    all().forEach((id, rules) -> {
      for (int y = 2024; y <= 2030; y++) {
        EvaluationSchedule e = rules.evaluationSchedule(S, Year.of(y)).value();
        assertEquals(Year.of(2023), e.lastResearchEvaluation(), id + " as of " + y);
        assertEquals(RESEARCH.get(id), e.nextResearchEvaluation(), id + " as of " + y);
        assertEquals(USV.get(id), e.nextUsvEvaluation(), id + " USV as of " + y);
      }
    });
  }

  @Test
  void theDueYearIsTheSameWhateverYearIsAsked() {
    all().forEach((id, rules) -> qt().withExamples(10_000)
        .forAll(integers().between(2024, 2030), integers().between(2024, 2030))
        .check((a, b) -> schedule(rules, a).equals(schedule(rules, b))));
  }

  @Test
  void theIntervalReportedIsTheOneInForceWhenTheRoundFallsDue() {
    // vasterbotten-2024 as of 2024, when four years are in force: the round falls due in 2029
    // under the six years in force then.
    assertEquals(6, Reforms.vasterbotten().evaluationSchedule(S, Year.of(2024)).value()
        .researchIntervalYears());
  }

  @Test
  void aShorterIntervalBringsTheRoundForwardToTheYearItComesIntoForce() {
    // Six years from 2026, two from 2028: 2026: 3 < 6; 2027: 4 < 6; 2028: 5 ≥ 2 → 2028.
    RuleSet r = Reform.of(Reforms.vasterbotten()).id("two-from-2028").title("t").citation(TEST)
        .set(Keys.EVALUATION_INTERVAL, Year.of(2028), 2, Basis.ASSUMPTION, TEST).build();
    for (int y = 2024; y <= 2030; y++) {
      assertEquals(Year.of(2028), r.evaluationSchedule(S, Year.of(y)).value()
          .nextResearchEvaluation(), "as of " + y);
    }
  }

  @Test
  void anEndedUsvEvaluationThatResumesIsDueTheSameWhateverYearIsAsked() {
    // pm-2024 ends it from 2026 (interval 0); a reform resumes it every 5 years from 2029:
    // 2024, 2025: 1, 2 < 4; 2026–2028: no evaluation; 2029: 6 ≥ 5 → 2029.
    RuleSet r = Reform.of(RuleSets.proposal2024()).id("usv-again").title("t").citation(TEST)
        .set(Keys.USV_EVALUATION_INTERVAL, Year.of(2029), 5, Basis.ASSUMPTION, TEST).build();
    for (int y = 2024; y <= 2030; y++) {
      assertEquals(Optional.of(Year.of(2029)), r.evaluationSchedule(S, Year.of(y)).value()
          .nextUsvEvaluation(), "as of " + y);
    }
  }

  @Test
  void aLongIntervalIsNotSearchedYearByYear() {
    // 2023 + 1 000 000 = 1 002 023, found at once.
    RuleSet r = Reform.of(RuleSets.proposal2024()).id("long").title("t").citation(TEST)
        .set(Keys.EVALUATION_INTERVAL, Year.of(2026), 1_000_000, Basis.ASSUMPTION, TEST).build();
    assertEquals(Year.of(1_002_023), r.evaluationSchedule(S, Year.of(2024)).value()
        .nextResearchEvaluation());
  }

  private static EvaluationSchedule schedule(RuleSet rules, int year) {
    return rules.evaluationSchedule(S, Year.of(year)).value();
  }
}
