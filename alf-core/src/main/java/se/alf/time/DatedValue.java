package se.alf.time;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.alf.source.Citation;

/**
 * A value that holds over a half-open range of dates {@code [from, until)}, with the citation of
 * the
 * text that sets it.
 *
 * <p>A range without an end holds from its start on. This class is immutable and thread-safe if
 * its value is.
 *
 * @param <V> the type of the value
 * @since 0.1
 */
public final class DatedValue<V> {

  private final Range<LocalDate> range;
  private final V value;
  private final Citation citation;
  private String rangeText; // computed on first use; explanations render it often

  private DatedValue(Range<LocalDate> range, V value, Citation citation) {
    this.range = range;
    this.value = value;
    this.citation = citation;
  }

  /**
   * {@return {@code value} over {@code range}, which must be half-open: {@code [from, until)} or
   * {@code [from, ∞)}, and not empty}
   *
   * @param <V> the type of the value
   * @param range the dates it holds on, half-open
   * @param value the value
   * @param citation where the value comes from
   * @throws IllegalArgumentException if the range has no lower bound, is closed at its upper end,
   *     open at its lower end, or empty
   */
  public static <V> DatedValue<V> of(Range<LocalDate> range, V value, Citation citation) {
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(citation, "citation");
    checkArgument(range.hasLowerBound() && range.lowerBoundType() == BoundType.CLOSED,
        "range of %s must start on a date, inclusive, was %s", value, range);
    checkArgument(!range.hasUpperBound() || range.upperBoundType() == BoundType.OPEN,
        "range of %s must end exclusive (half-open [from, until)), was %s", value, range);
    checkArgument(!range.isEmpty(), "range of %s must not be empty, was %s", value, range);
    return new DatedValue<>(range, value, citation);
  }

  /**
   * {@return {@code value} from {@code from} on, with no end}
   *
   * @param <V> the type of the value
   * @param from the first day it holds on
   * @param value the value
   * @param citation where the value comes from
   */
  public static <V> DatedValue<V> from(LocalDate from, V value, Citation citation) {
    Objects.requireNonNull(from, "from");
    return of(Range.atLeast(from), value, citation);
  }

  /**
   * {@return {@code value} over {@code [from, until)}}
   *
   * @param <V> the type of the value
   * @param from the first day it holds on
   * @param until the first day it no longer holds on, after {@code from}
   * @param value the value
   * @param citation where the value comes from
   */
  public static <V> DatedValue<V> between(
      LocalDate from, LocalDate until, V value, Citation citation) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(citation, "citation");
    checkArgument(from.isBefore(until), "from %s must be before until %s for %s", from, until,
        value);
    return of(Range.closedOpen(from, until), value, citation);
  }

  /** {@return the half-open range of dates the value holds over} */
  public Range<LocalDate> range() {
    return range;
  }

  /** {@return the first date the value holds} */
  public LocalDate from() {
    return range.lowerEndpoint();
  }

  /** {@return the first date the value no longer holds, or empty if it holds from then on} */
  public Optional<LocalDate> until() {
    return range.hasUpperBound() ? Optional.of(range.upperEndpoint()) : Optional.empty();
  }

  /** {@return the value} */
  public V value() {
    return value;
  }

  /** {@return where the value comes from} */
  public Citation citation() {
    return citation;
  }

  /**
   * {@return whether the value holds on {@code date}}
   *
   * @param date the day asked about
   */
  public boolean holdsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return range.contains(date);
  }

  /** {@return {@code "[2015-01-01, 2019-01-01)"} or {@code "[2019-01-01, …)"}} */
  public String rangeText() {
    String text = rangeText;
    if (text == null) {
      text = "[" + from() + ", " + until().map(LocalDate::toString).orElse("…") + ")";
      rangeText = text; // a benign race: every thread computes the same string
    }
    return text;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DatedValue<?> other)) {
      return false;
    }
    return range.equals(other.range) && value.equals(other.value)
        && citation.equals(other.citation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(range, value, citation);
  }

  /** Returns {@code "value [from, until) (citation)"}. */
  @Override
  public String toString() {
    return value + " " + rangeText() + " (" + citation.render() + ")";
  }
}
