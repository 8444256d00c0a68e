package se.alf.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.alf.rules.param.Basis;
import se.alf.source.Citation;

/** When two rule sets' timelines of one parameter differ, and how. */
class ParameterDifferenceTest {

  private static final LocalDate Y2015 = LocalDate.of(2015, 1, 1);
  private static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);
  private static final Citation A = Citation.of("source A", "1");
  private static final Citation B = Citation.of("source B", "2");

  private static ParameterValue v(LocalDate from, LocalDate until, Object value, Basis basis,
      Citation c) {
    return new ParameterValue(from, Optional.ofNullable(until), value, basis, c);
  }

  private static ParameterDifference changed(ImmutableList<ParameterValue> left,
      ImmutableList<ParameterValue> right) {
    return new ParameterDifference("k", "a key", Change.CHANGED, left, right);
  }

  private static ParameterDifference recited(ImmutableList<ParameterValue> left,
      ImmutableList<ParameterValue> right) {
    return new ParameterDifference("k", "a key", Change.RECITED, left, right);
  }

  @Test
  void sameValuesRecutAndReCitedDoNotDiffer() {
    // 4 from 2015 on the left; on the right 4 until 2026 and 4 from 2026 under another citation:
    // on every date both sides say 4, agreement text: recited, not a change.
    ParameterDifference d = recited(
        ImmutableList.of(v(Y2015, null, 4, Basis.AGREEMENT, A)),
        ImmutableList.of(v(Y2015, Y2026, 4, Basis.AGREEMENT, A),
            v(Y2026, null, 4, Basis.AGREEMENT, B)));
    assertFalse(d.valuesDiffer());
    assertFalse(d.restsOnAssumptions());
    assertFalse(d.isChanged());
    // As a change it is refused: the values are the same on every date.
    assertThrows(IllegalStateException.class, () -> changed(d.left(), d.right()));
  }

  @Test
  void aValueABasisOrAnEndDiffers() {
    // From 2026 the right says 0: differs on 2026-01-01.
    assertTrue(changed(ImmutableList.of(v(Y2015, null, 4, Basis.AGREEMENT, A)),
        ImmutableList.of(v(Y2015, Y2026, 4, Basis.AGREEMENT, A),
            v(Y2026, null, 0, Basis.AGREEMENT, B))).valuesDiffer());
    // The same 4, but an assumption on the right: only the basis differs, so the value is
    // recited, not changed; it still rests on an assumption.
    ParameterDifference basis = recited(ImmutableList.of(v(Y2015, null, 4, Basis.AGREEMENT, A)),
        ImmutableList.of(v(Y2015, null, 4, Basis.ASSUMPTION, A)));
    assertFalse(basis.valuesDiffer());
    assertTrue(basis.restsOnAssumptions());
    // The left ends in 2026, the right goes on: from 2026 only one side has a value.
    assertTrue(changed(ImmutableList.of(v(Y2015, Y2026, 4, Basis.ASSUMPTION, A)),
        ImmutableList.of(v(Y2015, null, 4, Basis.ASSUMPTION, A))).valuesDiffer());
    // The left starts in 2026, the right in 2015: on 2015-01-01 only the right has one.
    ParameterDifference later = changed(ImmutableList.of(v(Y2026, null, 4, Basis.INPUT, A)),
        ImmutableList.of(v(Y2015, null, 4, Basis.INPUT, A)));
    assertTrue(later.valuesDiffer());
    assertFalse(later.restsOnAssumptions());
    assertTrue(later.isChanged());
  }

  @Test
  void theChangeMustAgreeWithTheValues() {
    ImmutableList<ParameterValue> four = ImmutableList.of(v(Y2015, null, 4, Basis.AGREEMENT, A));
    assertEquals("parameter k is only left but has right values [" + four.get(0) + "]",
        assertThrows(IllegalStateException.class, () -> new ParameterDifference("k", "a key",
            Change.ONLY_LEFT, four, four)).getMessage());
    assertEquals("parameter k is only right but has left values [" + four.get(0) + "]",
        assertThrows(IllegalStateException.class, () -> new ParameterDifference("k", "a key",
            Change.ONLY_RIGHT, four, four)).getMessage());
    assertEquals("parameter k is changed but has the same value on every date on both sides: it"
        + " is RECITED",
        assertThrows(IllegalStateException.class, () -> changed(four, four)).getMessage());
    // Consistent ones are accepted.
    assertEquals(Change.ONLY_LEFT, new ParameterDifference("k", "a key", Change.ONLY_LEFT, four,
        ImmutableList.of()).change());
    assertEquals(Change.ONLY_RIGHT, new ParameterDifference("k", "a key", Change.ONLY_RIGHT,
        ImmutableList.of(), four).change());
  }

  @Test
  void changesDescribeThemselvesWithTheRuleSetIds() {
    assertEquals("only in alf-2014", Change.ONLY_LEFT.describe("alf-2014", "pm-2024"));
    assertEquals("only in pm-2024", Change.ONLY_RIGHT.describe("alf-2014", "pm-2024"));
    assertEquals("changed", Change.CHANGED.describe("alf-2014", "pm-2024"));
  }
}
