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
 * A parameter (by key id) that differs between the two rule sets: present in one only, or with
 * different timelines. Both timelines are given as dated, cited values; the side that lacks the
 * parameter has none.
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
    checkState(change != Change.CHANGED || !left.equals(right), "parameter %s is changed"
        + " but has equal values on both sides", id);
  }

  /** Returns {@code true}: a parameter difference exists only where the sides differ. */
  @Override
  public boolean isChanged() {
    return true;
  }

  /**
   * {@return whether the two sides hold a different value (or basis) on some date, or only one side
   * has a value then; {@code false} when the timelines differ only in how they are cut into ranges
   * and in their citations (e.g. the same value re-cited from a later date)}
   */
  public boolean valuesDiffer() {
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

  private static Optional<List<Object>> at(List<ParameterValue> values, LocalDate date) {
    return values.stream()
        .filter(v -> !date.isBefore(v.from()) && v.until().map(date::isBefore).orElse(true))
        .findFirst().map(v -> List.of(v.basis(), v.value()));
  }

  /** {@return whether a value on either side is an assumption} */
  public boolean restsOnAssumptions() {
    return left.stream().anyMatch(v -> v.basis().isAssumption())
        || right.stream().anyMatch(v -> v.basis().isAssumption());
  }
}
