package se.alf.rules.contract;

import java.util.Objects;
import se.alf.money.Sek;
import se.alf.rules.Allocation;
import se.alf.rules.Line;
import se.alf.rules.RegionAllocation;

/** Assertions on amounts and allocations that a rule set's own tests can reuse. */
public final class AlfAssertions {

  private AlfAssertions() {}

  /**
   * Asserts that {@code actual} is within {@code toleranceOre} öre of {@code expected}.
   *
   * @throws AssertionError naming {@code what}, both amounts and the difference, if it is not
   */
  public static void assertWithinOre(String what, Sek expected, Sek actual, long toleranceOre) {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    if (toleranceOre < 0) {
      throw new IllegalArgumentException("toleranceOre: " + toleranceOre + " is negative");
    }
    long difference = Math.abs(Math.subtractExact(actual.ore(), expected.ore()));
    if (difference > toleranceOre) {
      throw new AssertionError(what + ": expected " + expected.format() + " but was "
          + actual.format() + " (differs by " + difference + " öre, allowed " + toleranceOre
          + ")");
    }
  }

  /** Asserts that {@code actual} equals {@code expected} to the öre. */
  public static void assertWithinOre(String what, Sek expected, Sek actual) {
    assertWithinOre(what, expected, actual, 0);
  }

  /**
   * Asserts that {@code a} conserves money to the öre: what the regions are paid plus what is
   * returned to the state equals the research appropriation plus the education and supplement
   * lines as computed, with each line summed by hand here (not with the allocation's own totals).
   */
  public static void assertConserved(Allocation a) {
    Objects.requireNonNull(a, "a");
    Sek paid = Sek.ZERO;
    Sek educationAndSupplements = Sek.ZERO;
    for (RegionAllocation r : a.regions().values()) {
      paid = paid.plus(r.education().value()).plus(r.researchBase().value())
          .plus(r.researchQuality().value()).plus(r.supplement().value());
      educationAndSupplements = educationAndSupplements.plus(r.education().value())
          .plus(r.supplement().value());
    }
    Sek out = paid.plus(a.returnedToState().value());
    Sek in = a.researchAppropriation().value().plus(educationAndSupplements);
    if (!out.equals(in)) {
      throw new AssertionError(a.ruleSetId() + " " + a.year() + ": paid " + paid.format()
          + " + returned " + a.returnedToState().value().format() + " = " + out.format()
          + " but appropriation " + a.researchAppropriation().value().format()
          + " + education and supplements " + educationAndSupplements.format() + " = "
          + in.format());
    }
  }

  /** Asserts that no money line of any region, nor the returned amount, is negative. */
  public static void assertNoNegativeAmount(Allocation a) {
    Objects.requireNonNull(a, "a");
    for (RegionAllocation r : a.regions().values()) {
      for (Line line : Line.values()) {
        if (r.value(line).signum() < 0) {
          throw new AssertionError(a.ruleSetId() + " " + a.year() + ": " + line + " of "
              + r.region() + " is negative: " + r.toDisplayString());
        }
      }
    }
    for (Sek national : new Sek[] {a.returnedToState().value(), a.redistributed().value(),
        a.researchAppropriation().value()}) {
      if (national.signum() < 0) {
        throw new AssertionError(a.ruleSetId() + " " + a.year() + ": a national amount is"
            + " negative: " + a.toDisplayString());
      }
    }
  }
}
