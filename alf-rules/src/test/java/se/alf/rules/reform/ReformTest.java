package se.alf.rules.reform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.rules.Keys;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenarios;
import se.alf.rules.alf2014.Alf2014;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.rules.pm2024.Proposal2024;
import se.alf.rules.reform.InvalidReformException.Kind;
import se.alf.rules.spi.NationalRule;
import se.alf.rules.spi.RuleId;
import se.alf.rules.spi.Slots;
import se.alf.rules.spi.Statement;
import se.alf.source.Citation;

/** The reform mechanism: validation of the whole change, chaining, an untouched baseline. */
class ReformTest {

  private static final Citation TEST = Citation.of("test", "reform");
  private static final RuleSet PM = Proposal2024.ruleSet();

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void anInvalidReformListsEveryProblemAndLeavesTheBaselineUnchanged() {
    Parameters before = PM.parameters();
    Key<Ratio> unknown = Key.of("no.such-parameter", Ratio.class, "not read by any rule");
    Key<String> otherKind = Key.of("funds.carry-over-allowed", String.class,
        "a String, not a Boolean");
    RuleId<NationalRule<Sek>> noSlot = RuleId.of("no-such-slot", NationalRule.class, "none");
    Reform.Builder b = Reform.of(PM).id("broken").title("broken").citation(TEST)
        .set(unknown, Year.of(2026), Ratio.ONE, Basis.ASSUMPTION, TEST)
        .set(otherKind, Year.of(2030), "no", Basis.ASSUMPTION, TEST)
        .set(Keys.CITED_SHARE, Year.of(2026), Ratio.ZERO, Basis.ASSUMPTION, TEST)
        .set(Keys.CITED_SHARE, Year.of(2028), Ratio.ONE, Basis.ASSUMPTION, TEST)
        .replace(noSlot, ctx -> ctx.step("none", TEST).done(Sek.ZERO))
        .replaceStatement(Statement.of("no-such-statement", "x", TEST));
    // A value of the wrong kind, past the compiler: "six" for an Integer key.
    b.set((Key) Keys.EVALUATION_INTERVAL, Year.of(2026), (Object) "six",
        Basis.ASSUMPTION, TEST);

    InvalidReformException e = assertThrows(InvalidReformException.class, b::build);

    assertEquals(1, e.problems(Kind.UNKNOWN_PARAMETER).size(), e.getMessage());
    assertEquals("no.such-parameter", e.problems(Kind.UNKNOWN_PARAMETER).get(0).field());
    assertEquals(2, e.problems(Kind.WRONG_KIND).size(), e.getMessage());
    assertEquals(1, e.problems(Kind.OVERLAP).size(), e.getMessage());
    assertEquals("research.cited-share-of-increase", e.problems(Kind.OVERLAP).get(0).field());
    assertEquals(1, e.problems(Kind.UNKNOWN_SLOT).size(), e.getMessage());
    assertEquals("no-such-slot", e.problems(Kind.UNKNOWN_SLOT).get(0).field());
    assertEquals(1, e.problems(Kind.UNKNOWN_STATEMENT).size(), e.getMessage());
    assertEquals(6, e.problems().size(), e.getMessage());
    for (String named : new String[] {"no.such-parameter", "funds.carry-over-allowed", "String",
        "six", "research.cited-share-of-increase", "no-such-slot", "no-such-statement"}) {
      assertTrue(e.getMessage().contains(named), named + " in " + e.getMessage());
    }
    // Nothing was applied: the baseline's parameters and rules are as they were.
    assertEquals(before, PM.parameters());
    assertEquals(Ratio.of(12, 11), PM.allocate(Scenarios.published(), Year.of(2027))
        .region(AlfRegion.OSTERGOTLAND).minimumStudents().value().value().dividedBy(Ratio.of(968)));
  }

  @Test
  void missingFieldsAndReusedIdsAreProblemsToo() {
    InvalidReformException e = assertThrows(InvalidReformException.class,
        () -> Reform.of(PM).id("alf-2014").build());
    assertEquals(
        "[DUPLICATE_ID, MISSING_FIELD, MISSING_FIELD]",
        e.problems().stream().map(p -> p.kind().toString()).sorted().collect(Collectors.toList())
            .toString());
  }

  @Test
  void aKeyNewToTheBaselineMustBeDeclared() {
    // The supplement key is new with Västerbotten's reform: unknown to the proposal.
    InvalidReformException e = assertThrows(InvalidReformException.class, () -> Reform.of(PM)
        .id("x").title("x").citation(TEST)
        .set(VasterbottenResponse.SUPPLEMENT, Year.of(2026), Sek.ofKronor(1), Basis.INPUT, TEST)
        .build());
    assertEquals(Kind.UNKNOWN_PARAMETER, e.problems().get(0).kind());
    // Declaring a key the baseline already reads is refused: set it instead.
    InvalidReformException notNew = assertThrows(InvalidReformException.class, () -> Reform.of(PM)
        .id("x").title("x").citation(TEST).declare(Keys.CITED_SHARE).build());
    assertEquals(Kind.NOT_NEW, notNew.problems().get(0).kind());
  }

  @Test
  void aReformOfAReformChains() {
    RuleSet withAmount = VasterbottenResponse.withSupplement(Sek.ofKronor(5_000_000));
    assertEquals("vasterbotten-2024-supplement", withAmount.id());
    assertSame(Reforms.vasterbotten(), withAmount.baseline().get());
    assertSame(PM, withAmount.baseline().get().baseline().get());
    assertSame(Alf2014.ruleSet(), withAmount.baseline().get().baseline().get().baseline().get());
    // The supplement key, declared by the reform in the middle, is known to its reforms.
    assertTrue(Reform.declaredKeys(withAmount).containsKey("reform.regionalisation-supplement"));
    // The chained reform keeps the middle one's rules: 6/5 growth, 6-year evaluations.
    assertEquals(Year.of(2029), withAmount.evaluationSchedule(Scenarios.published(), Year.of(2027))
        .value().nextResearchEvaluation());
  }

  @Test
  void theBaselineIsUnchangedByItsReforms() {
    Parameters before = PM.parameters();
    int statements = PM.statements().size();
    RuleSet reform = Reform.of(PM).id("interval-5").title("five years").citation(TEST)
        .set(Keys.EVALUATION_INTERVAL, Year.of(2026), 5, Basis.ASSUMPTION, TEST)
        .replace(Proposal2024.STUDENT_GROWTH, ctx -> ctx.step("one", TEST).done(Ratio.ONE))
        .addStatement(Statement.of("new-matter", "a new matter", TEST))
        .build();
    assertEquals(before, PM.parameters());
    assertEquals(statements, PM.statements().size());
    assertEquals(statements + 1, reform.statements().size());
    // 2023 + 5 = 2028 under the reform; 2023 + 4 = 2027 under the baseline.
    assertEquals(Year.of(2028), reform.evaluationSchedule(Scenarios.published(), Year.of(2027))
        .value().nextResearchEvaluation());
    assertEquals(Year.of(2027), PM.evaluationSchedule(Scenarios.published(), Year.of(2027))
        .value().nextResearchEvaluation());
    // Growth 1 under the reform: Östergötland's 968 stays 968 in 2027; 1056 under the baseline.
    assertEquals(Ratio.of(968), reform.minimumFullYearStudents(Scenarios.published(),
        AlfRegion.OSTERGOTLAND, Year.of(2027)).value().value());
    assertEquals(Ratio.of(1056), PM.minimumFullYearStudents(Scenarios.published(),
        AlfRegion.OSTERGOTLAND, Year.of(2027)).value().value());
    assertSame(PM.rules().get(Slots.RESEARCH), reform.rules().get(Slots.RESEARCH));
  }

  @Test
  void aBoundedValueLetsTheBaselineResume() {
    // Six years for 2026–2029 only: the proposal's four resumes in 2030.
    RuleSet r = Reform.of(PM).id("bounded").title("bounded").citation(TEST)
        .setYears(Keys.EVALUATION_INTERVAL, Year.of(2026), Year.of(2029), 6, Basis.ASSUMPTION,
            TEST)
        .build();
    assertEquals(6, r.parameters().find(Keys.EVALUATION_INTERVAL, Year.of(2029).atDay(1)).get()
        .value().value());
    assertEquals(4, r.parameters().find(Keys.EVALUATION_INTERVAL, Year.of(2030).atDay(1)).get()
        .value().value());
  }
}
