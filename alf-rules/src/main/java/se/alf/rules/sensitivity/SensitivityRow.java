package se.alf.rules.sensitivity;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.param.Basis;

/**
 * One input of a {@link Sensitivity}: a dated value (an assumption or the caller's input) varied
 * from {@code low} to {@code high}, the line at each end, and the swing {@code |lineAtHigh −
 * lineAtLow|}, exact to the öre.
 *
 * <p>For an amount or a count, {@code low} and {@code high} are the ends of the range (the line
 * at {@code low} may be the larger), unless the base value gives a line outside theirs (a
 * largest-remainder split rounds an öre either way): then the three are treated as a setting's
 * values, and the reason says so. For a setting (an enum, a boolean, grades) every value is
 * tried and {@code low} and {@code high} are values that give the smallest and the largest line:
 * the last of equally small ones and the first of equally large ones in the order tried (grades
 * are tried best first, so a setting that does not move the line shows its whole range, e.g.
 * grades C/C/C to A/A/A). {@link #status()} says why a swing is what it is, and
 * {@link #reason()} says it in words: an input that does not move the line is never a bare 0.
 *
 * <p>Immutable and thread-safe if its values are (every value alf holds is).
 *
 * @param input the value varied, as a rule reads it: key, value, dates, basis, citation, and
 *     whether a scenario holds it ({@link ParameterRead#fromScenario()}) or a rule set
 * @param region the ALF region the key is about ({@code actual-hst[orebro]}), if any
 * @param ruleSets the rule sets whose own parameter was varied (through a reform of each); empty
 *     where the scenario holds the value
 * @param low the value at the low end
 * @param high the value at the high end
 * @param lineAtLow the line with {@code low}
 * @param lineAtHigh the line with {@code high}
 * @param swing {@code |lineAtHigh − lineAtLow|}, never negative
 * @param status why the swing is what it is
 * @param reason the status in words, with any note on the range (e.g. clipped by the key's rule);
 *     empty only for an input that moves the line over the whole range asked for
 * @since 0.1
 */
public record SensitivityRow(ParameterRead input, Optional<AlfRegion> region,
    ImmutableList<String> ruleSets, Object low, Object high, Sek lineAtLow, Sek lineAtHigh,
    Sek swing, Status status, String reason) {

  /** Why a row's swing is what it is. */
  public enum Status {
    /** The line changes over the range. */
    AFFECTS,
    /** The line reads the input, but does not change over the range (e.g. a min() caps it). */
    NO_EFFECT,
    /** The line does not read the input for this region and year, and does not change. */
    NOT_READ,
    /**
     * A scenario's value that the rule set (every rule set compared) replaces with its own: a
     * rule reads the rule set's value first. Change it with a reform.
     */
    OVERRIDDEN,
    /** alf has no range for a value of this type (give one: {@code Sensitivity.Builder#range}). */
    NOT_VARIED,
    /** The rules refused a varied value; the reason quotes them. */
    FAILED
  }

  /**
   * Checks the components.
   *
   * @param input the value varied
   * @param region the region the key is about
   * @param ruleSets the rule sets whose parameter was varied
   * @param low the low value
   * @param high the high value
   * @param lineAtLow the line at low
   * @param lineAtHigh the line at high
   * @param swing the swing
   * @param status the status
   * @param reason the reason
   * @throws IllegalArgumentException if the swing is not {@code |lineAtHigh − lineAtLow|}
   */
  public SensitivityRow {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(ruleSets, "ruleSets");
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    Sek difference = lineAtHigh.minus(lineAtLow);
    if (!swing.equals(difference.signum() < 0 ? difference.negate() : difference)) {
      throw new IllegalArgumentException("swing of " + input.id() + " must be |" + lineAtHigh
          + " − " + lineAtLow + "|, was " + swing);
    }
  }

  /** {@return the key id, e.g. {@code actual-hst[orebro]}} */
  public String keyId() {
    return input.id();
  }

  /** {@return what the base value rests on: an assumption or the caller's input, usually} */
  public Basis basis() {
    return input.basis();
  }

  /** {@return the value the result was computed with} */
  public Object base() {
    return input.typedValue();
  }

  /**
   * {@return a label for a reader: the key id, and for a rule set's own parameter the rule sets,
   * e.g. {@code "research.key[orebro] (alf-2014)"}}
   */
  public String label() {
    return ruleSets.isEmpty() ? keyId() : keyId() + " (" + String.join(", ", ruleSets) + ")";
  }

  /** Returns e.g. {@code "minimum-hst[orebro] 643,5 HST … 786,5 HST: swing 11 375 221,00 kr"}. */
  @Override
  public String toString() {
    return label() + " " + Variations.text(low) + " … " + Variations.text(high) + ": swing "
        + swing.format() + " (" + status + (reason.isEmpty() ? "" : "; " + reason) + ")";
  }
}
