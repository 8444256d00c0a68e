package se.alf.rules.explain;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.alf.source.Citation;

/**
 * A step where two explanations of the same quantity part: both sides computed it, their values
 * differ, and the difference starts here rather than in a step beneath it that both share (see
 * {@link Divergence}). It holds both nodes, the labels of the steps above it, and the parameters
 * the two sides read differently at this step.
 *
 * <p>Where {@link #reads()} is empty, no parameter differs here: the two sides compute the value
 * by different rules or from different results of steps only one side has (compare
 * {@link #leftCitation()} with {@link #rightCitation()}, and the formulas).
 *
 * <p>Immutable and thread-safe if the values are.
 *
 * @param path the labels of the steps from the root down to this one, this one last
 * @param left the left side's step
 * @param right the right side's step
 * @param reads the parameters read differently at this step (by its own reads and those of the
 *     steps beneath it that only one side has), by key id
 * @since 0.1
 */
public record Fork(ImmutableList<String> path, Explanation left, Explanation right,
    ImmutableList<ReadDifference> reads) {

  /**
   * Checks that every part is given and the path names at least this step.
   *
   * @param path the labels from the root down to this step
   * @param left the left step
   * @param right the right step
   * @param reads the parameters read differently here
   */
  public Fork {
    path = ImmutableList.copyOf(path);
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    reads = ImmutableList.copyOf(reads);
    if (path.isEmpty()) {
      throw new IllegalArgumentException("a fork's path names at least its own step");
    }
  }

  /** {@return this step's label, e.g. {@code "Rate per full-year student, 2027"}} */
  public String label() {
    return path.get(path.size() - 1);
  }

  /** {@return the left side's value, typed, or null for a step without one} */
  public @Nullable Object leftValue() {
    return left.typedValue();
  }

  /** {@return the right side's value, typed, or null for a step without one} */
  public @Nullable Object rightValue() {
    return right.typedValue();
  }

  /** {@return the rule that produced the left value} */
  public Optional<Citation> leftCitation() {
    return left.citation();
  }

  /** {@return the rule that produced the right value} */
  public Optional<Citation> rightCitation() {
    return right.citation();
  }

  /**
   * {@return whether the two sides cite different rules for this step (a formula's text is not
   * compared: it shows the values, which differ by definition)}
   */
  public boolean ruleDiffers() {
    return !left.citation().equals(right.citation());
  }

  /** Returns e.g. {@code "Rate per full-year student, 2027: 128 492,00 kr → 150 000,00 kr"}. */
  @Override
  public String toString() {
    return label() + ": " + left.value() + " → " + right.value();
  }
}
