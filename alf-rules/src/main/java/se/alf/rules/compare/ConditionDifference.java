package se.alf.rules.compare;

import static com.google.common.base.Preconditions.checkState;

import java.util.Objects;
import java.util.Optional;
import se.alf.rules.ConditionResult;

/**
 * A condition of the definition of clinical research (klinisk forskning) that differs for one
 * project between the two rule sets: present in one definition only, or met on one side and not
 * on the other. Part of a {@link VerdictComparison}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the condition id, e.g. {@code permit}
 * @param change how the condition differs
 * @param left the left rule set's result; empty if {@link Change#ONLY_RIGHT}
 * @param right the right rule set's result; empty if {@link Change#ONLY_LEFT}
 * @since 0.1
 */
public record ConditionDifference(String id, Change change, Optional<ConditionResult> left,
    Optional<ConditionResult> right) {

  /**
   * Checks that the results agree with the change.
   *
   * @param id the condition's id
   * @param change how it differs
   * @param left the left rule set's result, if it has the condition
   * @param right the right rule set's result, if it has the condition
   */
  public ConditionDifference {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(change, "change");
    checkState(left.isPresent() == (change != Change.ONLY_RIGHT), "condition %s is %s but"
        + " left is %s", id, change, left);
    checkState(right.isPresent() == (change != Change.ONLY_LEFT), "condition %s is %s but"
        + " right is %s", id, change, right);
    checkState(change != Change.CHANGED || left.get().met() != right.get().met(),
        "condition %s is changed but met alike on both sides", id);
  }

  /** {@return whether the condition fails on a side that has it} */
  public boolean failsOnEitherSide() {
    return left.map(c -> !c.met()).orElse(false) || right.map(c -> !c.met()).orElse(false);
  }
}
