package se.alf.rules.compare;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A parameter (by key id) that differs between the two rule sets: present in one only
 * ({@link Change#ONLY_LEFT}, {@link Change#ONLY_RIGHT}), with a different value on some date
 * ({@link Change#CHANGED}), or with the same values cited, dated or based differently
 * ({@link Change#RECITED}, which is not a change: {@link Comparison#parameterDifferences()} leaves
 * it out, {@link Comparison#recitedParameters()} lists it). Both timelines are given as dated,
 * cited values; the side that lacks the parameter has none.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the key id, e.g. {@code education.raise-from}
 * @param description what the key names
 * @param change how the parameter differs
 * @param left the left rule set's values, oldest first; empty if {@link Change#ONLY_RIGHT}
 * @param right the right rule set's values, oldest first; empty if {@link Change#ONLY_LEFT}
 * @since 0.1
 */
public record ParameterDifference(String id, String description, Change change,
    ImmutableList<ParameterValue> left, ImmutableList<ParameterValue> right)
    implements Difference {

  /**
   * Checks that the values agree with the change.
   *
   * @param id the parameter's id
   * @param description what the parameter is
   * @param change how it differs
   * @param left the left rule set's values
   * @param right the right rule set's values
   */
  public ParameterDifference {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(change, "change");
    left = ImmutableList.copyOf(left);
    right = ImmutableList.copyOf(right);
    checkState(change != Change.ONLY_LEFT || right.isEmpty(), "parameter %s is only left"
        + " but has right values %s", id, right);
    checkState(change != Change.ONLY_RIGHT || left.isEmpty(), "parameter %s is only right"
        + " but has left values %s", id, left);
    checkState(change != Change.CHANGED || valuesDiffer(left, right), "parameter %s is changed"
        + " but has the same value on every date on both sides: it is RECITED", id);
    checkState(change != Change.RECITED || !left.isEmpty() && !right.isEmpty()
        && !valuesDiffer(left, right), "parameter %s is recited but its values differ, or a side"
        + " has none", id);
  }

  /**
   * Returns whether the value differs: {@code true} unless the change is {@link Change#RECITED}
   * (the same values, cited differently).
   */
  @Override
  public boolean isChanged() {
    return change != Change.RECITED;
  }

  /**
   * {@return whether the two sides hold a different value on some date, or only one side has a
   * value then; {@code false} when the timelines differ only in how they are cut into ranges, in
   * their basis and in their citations (e.g. a published figure that the proposal's text restates
   * from a later date)}
   */
  public boolean valuesDiffer() {
    return valuesDiffer(left, right);
  }

  /** Returns whether {@code left} and {@code right} hold a different value on some date. */
  static boolean valuesDiffer(List<ParameterValue> left, List<ParameterValue> right) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (ParameterValue v : Iterables.concat(left, right)) {
      dates.add(v.from());
      v.until().ifPresent(dates::add);
    }
    for (LocalDate d : dates) {
      if (!at(left, d).equals(at(right, d))) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Object> at(List<ParameterValue> values, LocalDate date) {
    return values.stream()
        .filter(v -> !date.isBefore(v.from()) && v.until().map(date::isBefore).orElse(true))
        .findFirst().map(ParameterValue::value);
  }

  /** {@return whether a value on either side is an assumption} */
  public boolean restsOnAssumptions() {
    return left.stream().anyMatch(v -> v.basis().isAssumption())
        || right.stream().anyMatch(v -> v.basis().isAssumption());
  }
}
