package se.alf.rules.compare;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Setting;
import se.alf.source.Citation;
import se.alf.time.DatedValue;

/**
 * One dated value of a parameter's timeline: the value over {@code [from, until)}, what it rests
 * on and where it comes from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first day the value holds
 * @param until the first day the value no longer holds; empty if it holds from {@code from} on
 * @param value the value, of the parameter's type (e.g. {@code Sek}, {@code Year}, {@code Ratio})
 * @param basis what the value rests on
 * @param citation where the value comes from
 * @since 0.1
 */
public record ParameterValue(LocalDate from, Optional<LocalDate> until, Object value, Basis basis,
    Citation citation) {

  /**
   * Checks that every part is given.
   *
   * @param from the first day
   * @param until the first day after, if it ends
   * @param value the value, as text
   * @param basis what it rests on
   * @param citation where it comes from
   */
  public ParameterValue {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(citation, "citation");
  }

  /** {@return the value as text: Swedish format for kronor, marked when it is an assumption} */
  public String text() {
    return se.alf.rules.report.Texts.value(value) + (basis.isAssumption() ? " (assumption)" : "");
  }

  /** {@return {@code "[2015-01-01, 2026-01-01)"} or {@code "[2026-01-01, …)"}} */
  public String rangeText() {
    return "[" + from + ", " + until.map(LocalDate::toString).orElse("…") + ")";
  }

  /** {@return {@code "value [from, until) (citation)"}} */
  public String render() {
    return text() + " " + rangeText() + " (" + citation.render() + ")";
  }

  /**
   * {@return the value of {@code dated}}
   *
   * @param dated the dated setting
   */
  public static ParameterValue of(DatedValue<? extends Setting<?>> dated) {
    return new ParameterValue(dated.from(), dated.until(), dated.value().value(),
        dated.value().basis(), dated.citation());
  }
}
