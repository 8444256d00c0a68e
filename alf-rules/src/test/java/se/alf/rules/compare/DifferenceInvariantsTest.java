package se.alf.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.rules.ConditionResult;
import se.alf.rules.Line;
import se.alf.rules.spi.Statement;
import se.alf.source.Citation;

/** A difference that contradicts itself cannot be made; each says so, naming what is wrong. */
class DifferenceInvariantsTest {

  private static final Citation PM = Citation.of("PM U2024/01035", "7.2");

  private static Optional<ConditionResult> permit(boolean met) {
    return Optional.of(ConditionResult.builder().id("permit").description("requires a permit")
        .met(met).reason(met ? "holds one" : "holds none").citation(PM).build());
  }

  @Test
  void conditionDifferences() {
    assertEquals("condition permit is ONLY_LEFT but right is " + permit(true),
        assertThrows(IllegalStateException.class, () -> new ConditionDifference("permit",
            Change.ONLY_LEFT, permit(true), permit(true))).getMessage());
    assertEquals("condition permit is ONLY_RIGHT but left is " + permit(true),
        assertThrows(IllegalStateException.class, () -> new ConditionDifference("permit",
            Change.ONLY_RIGHT, permit(true), permit(true))).getMessage());
    assertEquals("condition permit is changed but met alike on both sides",
        assertThrows(IllegalStateException.class, () -> new ConditionDifference("permit",
            Change.CHANGED, permit(false), permit(false))).getMessage());
    // Fails on either side: only where a side that has the condition fails it.
    assertTrue(new ConditionDifference("permit", Change.CHANGED, permit(false), permit(true))
        .failsOnEitherSide());
    assertTrue(new ConditionDifference("permit", Change.CHANGED, permit(true), permit(false))
        .failsOnEitherSide());
    assertFalse(new ConditionDifference("permit", Change.ONLY_LEFT, permit(true),
        Optional.empty()).failsOnEitherSide());
    assertFalse(new ConditionDifference("permit", Change.ONLY_RIGHT, Optional.empty(),
        permit(true)).failsOnEitherSide());
    assertEquals("[met]    requires a permit — holds one (PM U2024/01035 7.2)",
        permit(true).get().render());
    assertEquals("[failed] requires a permit — holds none (PM U2024/01035 7.2)",
        permit(false).get().render());
  }

  @Test
  void statementDifferences() {
    Optional<Statement> a = Optional.of(Statement.of("vil", "text a", PM));
    Optional<Statement> a2 = Optional.of(Statement.of("vil", "text a", Citation.of("other", "1")));
    assertEquals("statement vil is ONLY_LEFT but right is " + a,
        assertThrows(IllegalStateException.class, () -> new StatementDifference("vil",
            Change.ONLY_LEFT, a, a)).getMessage());
    assertEquals("statement vil is ONLY_RIGHT but left is " + a,
        assertThrows(IllegalStateException.class, () -> new StatementDifference("vil",
            Change.ONLY_RIGHT, a, a)).getMessage());
    assertEquals("statement vil is changed but has the same text on both sides",
        assertThrows(IllegalStateException.class, () -> new StatementDifference("vil",
            Change.CHANGED, a, a2)).getMessage());
    assertTrue(new StatementDifference("vil", Change.ONLY_RIGHT, Optional.empty(), a)
        .isChanged());
  }

  private static AmountComparison kr(long left, long right) {
    return AmountComparison.of(Sek.ofKronor(left), Sek.ofKronor(right));
  }

  /** Education 10, base 60, quality 20, supplement 0: total 90 on both sides unless given. */
  private static ImmutableMap<Line, AmountComparison> lines(long leftTotal) {
    return ImmutableMap.of(Line.EDUCATION, kr(10, 10), Line.RESEARCH_BASE, kr(60, 60),
        Line.RESEARCH_QUALITY, kr(20, 20), Line.SUPPLEMENT, kr(0, 0), Line.TOTAL,
        kr(leftTotal, 90));
  }

  @Test
  void nationalTotalsConserveMoneyOnEachSide() {
    Year y = Year.of(2026);
    // Research appropriation 100, of which 80 paid (60 + 20) and 20 returned: 90 + 20 = 10 + 100.
    NationalComparison ok = new NationalComparison(y, lines(90), kr(100, 100), kr(20, 20));
    assertFalse(ok.isChanged());
    assertEquals(kr(110, 110), ok.appropriation());
    assertTrue(new NationalComparison(y, lines(90), kr(100, 101), kr(20, 21)).isChanged());
    assertEquals("left side 2026: the lines sum to 90,00 kr but the total is 91,00 kr",
        assertThrows(IllegalStateException.class,
            () -> new NationalComparison(y, lines(91), kr(100, 100), kr(20, 20))).getMessage());
    assertEquals("right side 2026 does not conserve money: regions 90,00 kr + returned 19,00 kr"
        + " != appropriation 110,00 kr", assertThrows(IllegalStateException.class,
            () -> new NationalComparison(y, lines(90), kr(100, 100), kr(20, 19))).getMessage());
    assertEquals("left side 2026 does not conserve money: regions 90,00 kr + returned 19,00 kr"
        + " != appropriation 110,00 kr", assertThrows(IllegalStateException.class,
            () -> new NationalComparison(y, lines(90), kr(100, 100), kr(19, 20))).getMessage());
    ImmutableMap<Line, AmountComparison> noSupplement = ImmutableMap.of(Line.EDUCATION,
        kr(10, 10), Line.RESEARCH_BASE, kr(60, 60), Line.RESEARCH_QUALITY, kr(20, 20),
        Line.TOTAL, kr(90, 90));
    assertTrue(assertThrows(IllegalStateException.class,
        () -> new NationalComparison(y, noSupplement, kr(100, 100), kr(20, 20))).getMessage()
        .startsWith("national totals of 2026 must hold exactly the lines"));
    assertEquals("national totals are kept for money lines [EDUCATION, RESEARCH_BASE,"
        + " RESEARCH_QUALITY, SUPPLEMENT, TOTAL], not for MINIMUM_STUDENTS",
        assertThrows(IllegalArgumentException.class, () -> ok.line(Line.MINIMUM_STUDENTS))
            .getMessage());
  }
}
