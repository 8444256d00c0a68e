package se.alf.rules.compare;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * A parameter (by key id) that differs between the two rule sets: present in one only, or with
 * different timelines. Both timelines are given as dated, cited values; the side that lacks the
 * parameter has none.
 */
@Value.Immutable
public interface ParameterDifference {

  /** The key id, e.g. {@code education.raise-from}. */
  String id();

  /** What the key names. */
  String description();

  Change change();

  /** The left rule set's values, oldest first; empty if {@link Change#ONLY_RIGHT}. */
  ImmutableList<ParameterValue> left();

  /** The right rule set's values, oldest first; empty if {@link Change#ONLY_LEFT}. */
  ImmutableList<ParameterValue> right();

  /**
   * Returns whether the two sides hold a different value (or basis) on some date, or only one side
   * has a value then; {@code false} when the timelines differ only in how they are cut into ranges
   * and in their citations (e.g. the same value re-cited from a later date).
   */
  default boolean valuesDiffer() {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (ParameterValue v : Iterables.concat(left(), right())) {
      dates.add(v.from());
      v.until().ifPresent(dates::add);
    }
    for (LocalDate d : dates) {
      if (!at(left(), d).equals(at(right(), d))) {
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

  /** Returns whether a value on either side is an assumption. */
  default boolean restsOnAssumptions() {
    return left().stream().anyMatch(v -> v.basis().isAssumption())
        || right().stream().anyMatch(v -> v.basis().isAssumption());
  }

  /** Checks that the values agree with the change. */
  @Value.Check
  default void check() {
    checkState(change() != Change.ONLY_LEFT || right().isEmpty(), "parameter %s is only left"
        + " but has right values %s", id(), right());
    checkState(change() != Change.ONLY_RIGHT || left().isEmpty(), "parameter %s is only right"
        + " but has left values %s", id(), left());
    checkState(change() != Change.CHANGED || !left().equals(right()), "parameter %s is changed"
        + " but has equal values on both sides", id());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParameterDifference}. */
  final class Builder extends ImmutableParameterDifference.Builder {
    Builder() {}
  }
}
