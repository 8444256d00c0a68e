package se.alf.rules.sensitivity;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.param.Basis;

/**
 * One input of a {@link Sensitivity}: a dated value (an assumption or the caller's input), the
 * values it was tried at, the line at each, and the swing: how far the line moves over every
 * point tried, exact to the öre.
 *
 * <p>What {@code low} and {@code high} are depends on {@link #tried()}:
 * <ul>
 *   <li>{@link Tried#ENDS} (an amount, a count, a ratio, a whole number, a year): always the
 *       ends of the range tried, {@code low} the smaller value (clipped where the key refuses an
 *       end; the reason says so), whichever gives the larger line;
 *   <li>{@link Tried#EVERY_VALUE} (a boolean, an enum, grades): every value was tried, and
 *       {@code low} and {@code high} are the values giving the smallest and the largest line: the
 *       last of equally small ones and the first of equally large ones in the order tried (grades
 *       are tried best first, so a setting that does not move the line shows its whole range,
 *       e.g. grades C/C/C to A/A/A);
 *   <li>{@link Tried#NONE} ({@link Status#NOT_VARIED}, {@link Status#FAILED}): both are the
 *       value as given.
 * </ul>
 *
 * <p>The swing is the spread of the line over low, the value as given and high: the largest of
 * {@code lineAtLow}, {@code lineAtBase} and {@code lineAtHigh} minus the smallest. Where the
 * line is monotone over the range that is {@code |lineAtHigh − lineAtLow|}; where the line at the
 * value as given lies outside the lines at the ends (a largest-remainder split rounds an öre
 * either way, a {@code max} peaks inside the range, a range given leaves the value out), the
 * swing counts it and the reason says so. {@link #status()} says why a swing is what it is, and
 * {@link #reason()} says it in words: an input that does not move the line is never a bare 0.
 *
 * <p>Immutable and thread-safe if its values are (every value alf holds is).
 *
 * @param input the value varied, as a rule reads it: key, value, dates, basis, citation, and
 *     whether a scenario holds it ({@link ParameterRead#fromScenario()}) or a rule set
 * @param region the ALF region the key is about ({@code actual-hst[orebro]}), if any
 * @param ruleSets the rule sets whose own parameter was varied (through a reform of each); empty
 *     where the scenario holds the value
 * @param tried what was tried, and so what {@code low} and {@code high} are
 * @param low the low end of the range (for a setting: the value giving the smallest line)
 * @param high the high end of the range (for a setting: the value giving the largest line)
 * @param lineAtLow the line with {@code low}
 * @param lineAtHigh the line with {@code high}
 * @param lineAtBase the line with every input as given ({@link Sensitivity#base()})
 * @param swing the spread of the line over the points tried, never negative
 * @param status why the swing is what it is
 * @param reason the status in words, with any note on the range (e.g. clipped by the key's rule);
 *     empty only for an input that moves the line over the whole range asked for
 * @since 0.1
 */
public record SensitivityRow(ParameterRead input, Optional<AlfRegion> region,
    ImmutableList<String> ruleSets, Tried tried, Object low, Object high, Sek lineAtLow,
    Sek lineAtHigh, Sek lineAtBase, Sek swing, Status status, String reason) {

  /** The largest swing that is the rounding of a split to the öre, not an effect: one öre. */
  public static final Sek ROUNDING_LIMIT = Sek.ofOre(1);

  /** Why a row's swing is what it is. */
  public enum Status {
    /** The line moves by more than one öre over the points tried. */
    AFFECTS,
    /**
     * The line moves by one öre at most over the points tried: the rounding of a split to the
     * öre (a largest remainder going to another region), not an effect.
     */
    ROUNDING,
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

  /** What was tried, and so what a row's {@code low} and {@code high} are. */
  public enum Tried {
    /** The two ends of a range, with the value as given: low and high are the ends. */
    ENDS,
    /** Every value of a setting: low and high give the smallest and the largest line. */
    EVERY_VALUE,
    /** Nothing, or a value failed: low and high are the value as given. */
    NONE
  }

  /**
   * Checks the components.
   *
   * @param input the value varied
   * @param region the region the key is about
   * @param ruleSets the rule sets whose parameter was varied
   * @param tried what was tried
   * @param low the low value
   * @param high the high value
   * @param lineAtLow the line at low
   * @param lineAtHigh the line at high
   * @param lineAtBase the line with every input as given
   * @param swing the swing
   * @param status the status
   * @param reason the reason
   * @throws IllegalArgumentException if the swing is not the spread of the three lines, a
   *     setting's low line is above its high line, nothing tried has a low, a high or a line
   *     other than the value as given, or the status does not fit the swing and what was tried
   */
  public SensitivityRow {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(ruleSets, "ruleSets");
    Objects.requireNonNull(tried, "tried");
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    Sek spread = spread(lineAtLow, lineAtBase, lineAtHigh);
    check(swing.equals(spread), input, "swing must be the spread " + spread + " of the lines at"
        + " low, base and high, was " + swing);
    check(tried != Tried.EVERY_VALUE || lineAtLow.compareTo(lineAtHigh) <= 0, input,
        "a setting's low must give the smallest line");
    boolean none = tried == Tried.NONE;
    check(!none || low.equals(input.typedValue()) && high.equals(input.typedValue())
        && swing.isZero() && lineAtLow.equals(lineAtBase), input,
        "nothing tried: low, high and their lines must be the value as given");
    boolean flat = status == Status.NOT_VARIED || status == Status.FAILED;
    check(none == flat, input, "status " + status + " does not fit " + tried);
    int c = swing.compareTo(ROUNDING_LIMIT);
    check(c > 0 == (status == Status.AFFECTS) && c == 0 == (status == Status.ROUNDING), input,
        "status " + status + " does not fit the swing " + swing);
  }

  private static void check(boolean ok, ParameterRead input, String rule) {
    if (!ok) {
      throw new IllegalArgumentException(input.id() + ": " + rule);
    }
  }

  /** {@return the largest of the amounts minus the smallest} */
  private static Sek spread(Sek a, Sek b, Sek c) {
    long min = Math.min(a.ore(), Math.min(b.ore(), c.ore()));
    long max = Math.max(a.ore(), Math.max(b.ore(), c.ore()));
    return Sek.ofOre(Math.subtractExact(max, min));
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
