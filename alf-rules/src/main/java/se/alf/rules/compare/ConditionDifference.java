package se.alf.rules.compare;

import static com.google.common.base.Preconditions.checkState;

import java.util.Optional;
import org.immutables.value.Value;
import se.alf.rules.ConditionResult;

/**
 * A condition of the definition of clinical research (klinisk forskning) that differs for one
 * project between the two rule sets: present in one definition only, or met on one side and not
 * on the other.
 */
@Value.Immutable
public interface ConditionDifference {

  /** The condition id, e.g. {@code permit}. */
  String id();

  Change change();

  /** The left rule set's result; empty if {@link Change#ONLY_RIGHT}. */
  Optional<ConditionResult> left();

  /** The right rule set's result; empty if {@link Change#ONLY_LEFT}. */
  Optional<ConditionResult> right();

  /** Returns whether the condition fails on a side that has it. */
  default boolean failsOnEitherSide() {
    return left().map(c -> !c.met()).orElse(false) || right().map(c -> !c.met()).orElse(false);
  }

  /** Checks that the results agree with the change. */
  @Value.Check
  default void check() {
    checkState(left().isPresent() == (change() != Change.ONLY_RIGHT), "condition %s is %s but"
        + " left is %s", id(), change(), left());
    checkState(right().isPresent() == (change() != Change.ONLY_LEFT), "condition %s is %s but"
        + " right is %s", id(), change(), right());
    checkState(change() != Change.CHANGED || left().get().met() != right().get().met(),
        "condition %s is changed but met alike on both sides", id());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConditionDifference}. */
  final class Builder extends ImmutableConditionDifference.Builder {
    Builder() {}
  }
}
