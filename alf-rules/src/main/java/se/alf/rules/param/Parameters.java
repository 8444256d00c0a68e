package se.alf.rules.param;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import se.alf.rules.Keys;
import se.alf.source.Citation;
import se.alf.time.DatedValue;
import se.alf.time.Timeline;

/**
 * A set of {@link Parameter parameters} by key id: the numbers and settings a rule set assumes, or
 * the inputs of a scenario. Each value is dated over a half-open range, cited, and says what it
 * rests on ({@link Basis}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Parameters {

  private static final Parameters EMPTY = new Parameters(ImmutableSortedMap.of());

  private final ImmutableSortedMap<String, Parameter<?>> byId;
  /** The same parameters by id in a hash map: a rule reads one on every step. */
  private final ImmutableMap<String, Parameter<?>> index;

  private Parameters(ImmutableSortedMap<String, Parameter<?>> byId) {
    this.byId = byId;
    this.index = ImmutableMap.copyOf(byId);
  }

  /**
   * Returns the empty set.
   *
   * @return the empty set of parameters
   */
  public static Parameters empty() {
    return EMPTY;
  }

  /**
   * Returns an empty builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the parameters in order of their ids.
   *
   * @return the parameters in order of their ids
   */
  public ImmutableList<Parameter<?>> list() {
    return byId.values().asList();
  }

  /**
   * Returns whether a parameter with the id of {@code key} is present.
   *
   * @param key the key
   * @return whether a parameter with the id of {@code key} is present
   */
  public boolean contains(Key<?> key) {
    Objects.requireNonNull(key, "key");
    return index.containsKey(key.id());
  }

  /**
   * {@return the parameter named by {@code key}, if present}
   *
   * @param <T> the type of the key's values
   * @param key the key
   * @throws IllegalArgumentException if a parameter with that id holds another type of value
   */
  @SuppressWarnings("unchecked") // checked against the key's type when the parameter was put
  public <T> Optional<Parameter<T>> get(Key<T> key) {
    Objects.requireNonNull(key, "key");
    Parameter<?> p = index.get(key.id());
    if (p == null) {
      return Optional.empty();
    }
    checkArgument(p.key().type() == key.type(), "%s holds %s values, not %s", key.id(),
        p.key().type().getSimpleName(), key.type().getSimpleName());
    return Optional.of((Parameter<T>) p);
  }

  /**
   * As {@link #find}, or null: what a rule's read uses, without an {@code Optional} or a lambda
   * (a timeline holds one to three values, searched in place).
   *
   * @param <T> the type of the key's values
   * @param key the key
   * @param date the day asked about
   * @return the setting that holds on {@code date}, or null if none does
   */
  @SuppressWarnings("unchecked") // checked against the key's type when the parameter was put
  public <T> @Nullable DatedValue<Setting<T>> findOrNull(Key<T> key, LocalDate date) {
    Objects.requireNonNull(date, "date");
    Parameter<?> p = index.get(Objects.requireNonNull(key, "key").id());
    if (p == null) {
      return null;
    }
    if (p.key().type() != key.type()) {
      get(key); // throws, naming the id and both types
    }
    List<DatedValue<Setting<T>>> values = ((Parameter<T>) p).timeline().values();
    for (int i = 0; i < values.size(); i++) {
      DatedValue<Setting<T>> v = values.get(i);
      if (v.holdsOn(date)) {
        return v;
      }
    }
    return null;
  }

  /**
   * Returns the setting of {@code key} that holds on {@code date}, if any.
   *
   * @param <T> the type of the key's values
   * @param key the key
   * @param date the day asked about
   * @return the setting that holds on {@code date}, or empty
   */
  public <T> Optional<DatedValue<Setting<T>>> find(Key<T> key, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return get(key).flatMap(p -> p.timeline().find(date));
  }

  /**
   * Returns a copy in which each dated value of {@code changes} replaces this set's values over
   * its own range (see {@link Timeline#withValue}): a value from a date on replaces everything from
   * that date; a value bounded to some years replaces those years only, and every date outside them
   * answers exactly what it answered before. Parameters this set lacks are added. This is how a
   * reform replaces parameters and a scenario's inputs are changed.
   *
   * @param changes the values that replace this set's
   * @return the copy; this set is unchanged
   * @throws IllegalArgumentException if a change holds another type than the parameter it replaces
   */
  public Parameters overriddenBy(Parameters changes) {
    Objects.requireNonNull(changes, "changes");
    TreeMap<String, Parameter<?>> merged = new TreeMap<>(byId); // copied in order, not sorted
    for (Parameter<?> change : changes.list()) {
      merged.put(change.key().id(), override(change));
    }
    return new Parameters(ImmutableSortedMap.copyOfSorted(merged));
  }

  private <T> Parameter<T> override(Parameter<T> change) {
    Optional<Parameter<T>> existing = get(change.key());
    if (existing.isEmpty()) {
      return change;
    }
    Timeline<Setting<T>> timeline = existing.get().timeline();
    for (DatedValue<Setting<T>> v : change.timeline().values()) {
      timeline = timeline.withValue(v);
    }
    return new Parameter<>(change.key(), timeline);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Parameters other && other.byId.equals(byId);
  }

  @Override
  public int hashCode() {
    return byId.hashCode();
  }

  /** Returns one parameter per line. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    byId.values().forEach(p -> s.append(p).append('\n'));
    return s.toString();
  }

  /**
   * Builds {@link Parameters}; {@link #build()} rejects overlapping ranges of one key. Every value
   * is checked where it is put against the one definition of its key's id ({@link
   * Keys#catalogue()}): its type and its constraint (e.g. a share between 0 and 1), whatever key
   * object the caller used.
   */
  public static final class Builder {
    private final Map<String, Key<?>> keys = new LinkedHashMap<>();
    private final Map<String, List<DatedValue<?>>> values = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code key} to {@code value} over {@code [from, until)}.
     *
     * @param <T> the type of the key's values
     * @param key the parameter's key
     * @param from the first day it holds on
     * @param until the first day it no longer holds on
     * @param value the value
     * @param basis what the value rests on
     * @param citation where the value comes from
     * @return this builder
     */
    public <T> Builder put(Key<T> key, LocalDate from, LocalDate until, T value, Basis basis,
        Citation citation) {
      Objects.requireNonNull(key, "key");
      return add(key,
          DatedValue.between(from, until, Setting.of(key.cast(value), basis), citation));
    }

    /**
     * Sets {@code key} to {@code value} from {@code from} on.
     *
     * @param <T> the type of the key's values
     * @param key the parameter's key
     * @param from the first day it holds on
     * @param value the value
     * @param basis what the value rests on
     * @param citation where the value comes from
     * @return this builder
     */
    public <T> Builder putFrom(Key<T> key, LocalDate from, T value, Basis basis,
        Citation citation) {
      Objects.requireNonNull(key, "key");
      return add(key, DatedValue.from(from, Setting.of(key.cast(value), basis), citation));
    }

    /**
     * Sets {@code key} to {@code value} from 1 January of {@code from} on.
     *
     * @param <T> the type of the key's values
     * @param key the parameter's key
     * @param from the first year it holds for
     * @param value the value
     * @param basis what the value rests on
     * @param citation where the value comes from
     * @return this builder
     */
    public <T> Builder putFrom(Key<T> key, Year from, T value, Basis basis, Citation citation) {
      Objects.requireNonNull(from, "from");
      return putFrom(key, from.atDay(1), value, basis, citation);
    }

    /**
     * Sets {@code key} to {@code value} for the calendar year {@code year}.
     *
     * @param <T> the type of the key's values
     * @param key the parameter's key
     * @param year the year it holds for
     * @param value the value
     * @param basis what the value rests on
     * @param citation where the value comes from
     * @return this builder
     */
    public <T> Builder putYear(Key<T> key, Year year, T value, Basis basis, Citation citation) {
      Objects.requireNonNull(year, "year");
      return put(key, year.atDay(1), year.plusYears(1).atDay(1), value, basis, citation);
    }

    /**
     * Sets {@code key} to {@code value} for the years {@code from} to {@code to}, inclusive.
     *
     * @param <T> the type of the key's values
     * @param key the parameter's key
     * @param from the first year it holds for
     * @param to the last year it holds for
     * @param value the value
     * @param basis what the value rests on
     * @param citation where the value comes from
     * @return this builder
     */
    public <T> Builder putYears(Key<T> key, Year from, Year to, T value, Basis basis,
        Citation citation) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      return put(key, from.atDay(1), to.plusYears(1).atDay(1), value, basis, citation);
    }

    /**
     * Adds every dated value of {@code parameters}.
     *
     * @param parameters the parameters to add
     * @return this builder
     */
    public Builder putAll(Parameters parameters) {
      Objects.requireNonNull(parameters, "parameters");
      for (Parameter<?> p : parameters.list()) {
        p.timeline().values().forEach(v -> add(p.key(), v));
      }
      return this;
    }

    private Builder add(Key<?> given, DatedValue<?> value) {
      Key<?> key = definition(given);
      key.cast(((Setting<?>) value.value()).value());
      Key<?> known = keys.putIfAbsent(key.id(), key);
      checkArgument(known == null || known.type().equals(key.type()),
          "%s holds %s values, cannot also hold %s", key.id(),
          known == null ? null : known.type().getSimpleName(), key.type().getSimpleName());
      values.computeIfAbsent(key.id(), id -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Returns the one definition of {@code given}'s id in {@link Keys#catalogue()}, or
     * {@code given} for a key the catalogue lacks (one a rule set declares itself).
     */
    private static Key<?> definition(Key<?> given) {
      Key<?> defined = Keys.catalogue().get(given.id());
      if (defined == null) {
        return given;
      }
      checkArgument(defined.type().equals(given.type()), "%s holds %s values, not %s",
          given.id(), defined.type().getSimpleName(), given.type().getSimpleName());
      return defined;
    }

    /**
     * Returns the parameters.
     *
     * @return the parameters
     * @throws se.alf.time.OverlappingRangesException if two values of one key overlap
     */
    public Parameters build() {
      ImmutableSortedMap.Builder<String, Parameter<?>> b = ImmutableSortedMap.naturalOrder();
      keys.forEach((id, key) -> b.put(id, parameter(key, values.get(id))));
      return new Parameters(b.buildOrThrow());
    }

    @SuppressWarnings("unchecked") // every value was cast with the key when added
    private static <T> Parameter<T> parameter(Key<T> key, List<DatedValue<?>> values) {
      Timeline.Builder<Setting<T>> t = Timeline.builder(key.id());
      values.forEach(v -> t.add((DatedValue<Setting<T>>) v));
      return new Parameter<>(key, t.build());
    }
  }
}
