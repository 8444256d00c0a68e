package se.alf.rules.compare;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.alf.rules.Basis;
import se.alf.rules.Setting;
import se.alf.source.Citation;
import se.alf.time.DatedValue;

/**
 * One dated value of a parameter's timeline: the value over {@code [from, until)}, what it rests
 * on and where it comes from.
 */
@Value.Immutable
public interface ParameterValue {

  LocalDate from();

  /** The first day the value no longer holds; empty if it holds from {@link #from()} on. */
  Optional<LocalDate> until();

  /** The value, of the parameter's type (e.g. {@code Sek}, {@code Year}, {@code Ratio}). */
  Object value();

  Basis basis();

  Citation citation();

  /** Returns the value as text: Swedish format for kronor, marked when it is an assumption. */
  default String text() {
    return se.alf.rules.Formats.text(value()) + (basis().isAssumption() ? " (assumption)" : "");
  }

  /** Returns {@code "[2015-01-01, 2026-01-01)"} or {@code "[2026-01-01, …)"}. */
  default String rangeText() {
    return "[" + from() + ", " + until().map(LocalDate::toString).orElse("…") + ")";
  }

  /** Returns {@code "value [from, until) (citation)"}. */
  default String render() {
    return text() + " " + rangeText() + " (" + citation().render() + ")";
  }

  /** Returns the value of {@code dated}. */
  static ParameterValue of(DatedValue<? extends Setting<?>> dated) {
    return builder().from(dated.from()).until(dated.until()).value(dated.value().value())
        .basis(dated.value().basis()).citation(dated.citation()).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParameterValue}. */
  final class Builder extends ImmutableParameterValue.Builder {
    Builder() {}
  }
}
