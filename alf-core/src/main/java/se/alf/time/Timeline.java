package se.alf.time;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import se.alf.source.Citation;

/**
 * A named series of values over half-open date ranges that do not overlap: what a parameter of
 * an agreement is on each date, each value with its citation.
 *
 * <p>A timeline may have gaps (dates on which nothing is set); asking for such a date throws
 * {@link NoValueOnDateException} naming the timeline and the date, never a default. Building one
 * with two overlapping ranges throws {@link OverlappingRangesException}.
 *
 * <p>This class is immutable and thread-safe if its values are.
 *
 * @param <V> the type of the values
 * @since 0.1
 */
public final class Timeline<V> {

  private final String name;
  private final ImmutableList<DatedValue<V>> values;

  private Timeline(String name, ImmutableList<DatedValue<V>> values) {
    this.name = name;
    this.values = values;
  }

  /**
   * {@return a builder of a timeline called {@code name}}
   *
   * @param <V> the type of the values
   * @param name what the timeline holds, for messages (e.g. a parameter's id)
   */
  public static <V> Builder<V> builder(String name) {
    return new Builder<>(name);
  }

  /**
   * {@return the timeline called {@code name} that holds {@code value} from {@code from} on}
   *
   * @param <V> the type of the value
   * @param name what the timeline holds, for messages
   * @param from the first day the value holds on
   * @param value the value
   * @param citation where the value comes from
   */
  public static <V> Timeline<V> from(String name, LocalDate from, V value, Citation citation) {
    return Timeline.<V>builder(name).add(DatedValue.from(from, value, citation)).build();
  }

  /**
   * {@return the timeline of {@code values}}
   *
   * @param <V> the type of the values
   * @param name what the timeline holds, for messages
   * @param values the dated values, in any order, not overlapping
   * @throws OverlappingRangesException if two values overlap
   */
  public static <V> Timeline<V> of(String name, List<DatedValue<V>> values) {
    Objects.requireNonNull(values, "values");
    return Timeline.<V>builder(name).addAll(values).build();
  }

  /** {@return the name: what this is a timeline of} */
  public String name() {
    return name;
  }

  /** {@return the dated values, in order of their start dates} */
  public ImmutableList<DatedValue<V>> values() {
    return values;
  }

  /**
   * {@return the dated value that holds on {@code date}}
   *
   * @param date the day asked about
   * @throws NoValueOnDateException if no value holds on {@code date}
   */
  public DatedValue<V> at(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return find(date).orElseThrow(() -> new NoValueOnDateException(name, date, rangesText()));
  }

  /**
   * {@return the dated value that holds on 1 January of {@code year}: a yearly rule reads a
   * parameter as it stands at the start of the year}
   *
   * @param year the year asked about
   * @throws NoValueOnDateException if no value holds on that date
   */
  public DatedValue<V> at(Year year) {
    Objects.requireNonNull(year, "year");
    return at(year.atDay(1));
  }

  /**
   * {@return the value that holds on {@code date}; see {@link #at(LocalDate)}}
   *
   * @param date the day asked about
   * @throws NoValueOnDateException if no value holds on {@code date}
   */
  public V valueAt(LocalDate date) {
    return at(date).value();
  }

  /**
   * {@return the dated value that holds on {@code date}, or empty}
   *
   * @param date the day asked about
   */
  public Optional<DatedValue<V>> find(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (DatedValue<V> v : values) {
      if (v.holdsOn(date)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return a copy in which {@code value} holds from {@code from} on: values that start on or
   * after
   * {@code from} are dropped and a value that holds across {@code from} is cut short there} This
   * is how a reform replaces a parameter "from a date on".
   *
   * @param from the first day the new value holds on
   * @param value the new value
   * @param citation where the new value comes from
   */
  public Timeline<V> withValueFrom(LocalDate from, V value, Citation citation) {
    return withValue(DatedValue.from(from, value, citation));
  }

  /**
   * {@return a copy in which {@code replacement} holds over its range and every other date answers
   * exactly what this timeline answers: a value that overlaps the range is cut to the parts before
   * and after it, so a change bounded to some years never touches the years around them}
   *
   * @param replacement the value and the range it is to hold on
   */
  public Timeline<V> withValue(DatedValue<V> replacement) {
    Objects.requireNonNull(replacement, "replacement");
    Range<LocalDate> cut = replacement.range();
    Builder<V> b = builder(name);
    for (DatedValue<V> v : values) {
      if (!v.range().isConnected(cut) || v.range().intersection(cut).isEmpty()) {
        b.add(v);
        continue;
      }
      if (v.from().isBefore(replacement.from())) {
        b.add(DatedValue.of(Range.closedOpen(v.from(), replacement.from()), v.value(),
            v.citation()));
      }
      Optional<LocalDate> end = replacement.until();
      if (end.isPresent() && v.until().map(u -> u.isAfter(end.get())).orElse(true)) {
        b.add(DatedValue.of(v.until().map(u -> Range.closedOpen(end.get(), u))
            .orElse(Range.atLeast(end.get())), v.value(), v.citation()));
      }
    }
    return b.add(replacement).build();
  }

  private String rangesText() {
    return values.isEmpty() ? "no dates at all"
        : values.stream().map(DatedValue::rangeText).collect(Collectors.joining(", "));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Timeline<?> other && name.equals(other.name)
        && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, values);
  }

  @Override
  public String toString() {
    return name + " " + values;
  }

  /**
   * Builds a {@link Timeline}; {@link #build()} rejects overlapping ranges.
   *
   * @param <V> the type of the values
   */
  public static final class Builder<V> {
    private final String name;
    private final List<DatedValue<V>> values = new ArrayList<>();

    private Builder(String name) {
      Objects.requireNonNull(name, "name");
      checkArgument(!name.isBlank(), "timeline name must not be blank");
      this.name = name;
    }

    /**
     * Adds a dated value.
     *
     * @param value the dated value
     * @return this builder
     */
    public Builder<V> add(DatedValue<V> value) {
      values.add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds {@code value} over {@code [from, until)}.
     *
     * @param from the first day it holds on
     * @param until the first day it no longer holds on
     * @param value the value
     * @param citation where the value comes from
     * @return this builder
     */
    public Builder<V> add(LocalDate from, LocalDate until, V value, Citation citation) {
      return add(DatedValue.between(from, until, value, citation));
    }

    /**
     * Adds {@code value} from {@code from} on.
     *
     * @param from the first day it holds on
     * @param value the value
     * @param citation where the value comes from
     * @return this builder
     */
    public Builder<V> addFrom(LocalDate from, V value, Citation citation) {
      return add(DatedValue.from(from, value, citation));
    }

    /**
     * Adds all {@code values}.
     *
     * @param values the dated values
     * @return this builder
     */
    public Builder<V> addAll(Iterable<DatedValue<V>> values) {
      Objects.requireNonNull(values, "values");
      values.forEach(this::add);
      return this;
    }

    /**
     * {@return the timeline}
     *
     * @throws OverlappingRangesException if two ranges overlap
     */
    public Timeline<V> build() {
      List<DatedValue<V>> sorted = new ArrayList<>(values);
      sorted.sort(Comparator.comparing(DatedValue::from));
      for (int i = 1; i < sorted.size(); i++) {
        DatedValue<V> previous = sorted.get(i - 1);
        DatedValue<V> next = sorted.get(i);
        if (previous.until().map(u -> u.isAfter(next.from())).orElse(true)) {
          throw new OverlappingRangesException(name, previous, next);
        }
      }
      return new Timeline<>(name, ImmutableList.copyOf(sorted));
    }
  }
}
