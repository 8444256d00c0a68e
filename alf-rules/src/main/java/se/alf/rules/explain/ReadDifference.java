package se.alf.rules.explain;

import java.util.Objects;
import java.util.Optional;
import se.alf.rules.param.Basis;
import se.alf.source.Citation;

/**
 * A parameter that two explanations read differently at a {@link Fork}: read on one side only, or
 * read on both with different values. Each side's read keeps its typed value, dates, basis and
 * citation.
 *
 * <p>Immutable and thread-safe if the values are.
 *
 * @param id the key id, e.g. {@code education.raised-rate-per-hst}
 * @param left the left side's read; empty if only the right side read the key
 * @param right the right side's read; empty if only the left side read the key
 * @since 0.1
 */
public record ReadDifference(String id, Optional<ParameterRead> left,
    Optional<ParameterRead> right) {

  /**
   * Checks that at least one side read the key, each under {@code id}, and that the values differ.
   *
   * @param id the key id
   * @param left the left read, if any
   * @param right the right read, if any
   */
  public ReadDifference {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    if (left.isEmpty() && right.isEmpty()) {
      throw new IllegalArgumentException("read difference " + id + ": neither side read it");
    }
    for (ParameterRead r : ReadDifference.both(left, right)) {
      if (!r.id().equals(id)) {
        throw new IllegalArgumentException("read difference " + id + " holds a read of " + r.id());
      }
    }
    if (left.isPresent() && right.isPresent()
        && left.get().typedValue().equals(right.get().typedValue())) {
      throw new IllegalArgumentException("read difference " + id + ": both sides read "
          + left.get().value());
    }
  }

  private static Iterable<ParameterRead> both(Optional<ParameterRead> left,
      Optional<ParameterRead> right) {
    return java.util.stream.Stream.of(left, right).flatMap(Optional::stream)::iterator;
  }

  /** {@return the left side's value, typed; empty if only the right side read the key} */
  public Optional<Object> leftValue() {
    return left.map(ParameterRead::typedValue);
  }

  /** {@return the right side's value, typed; empty if only the left side read the key} */
  public Optional<Object> rightValue() {
    return right.map(ParameterRead::typedValue);
  }

  /** {@return the left side's basis (agreement, published, assumption, input), if read} */
  public Optional<Basis> leftBasis() {
    return left.map(ParameterRead::basis);
  }

  /** {@return the right side's basis (agreement, published, assumption, input), if read} */
  public Optional<Basis> rightBasis() {
    return right.map(ParameterRead::basis);
  }

  /** {@return where the left side's value comes from, if read} */
  public Optional<Citation> leftCitation() {
    return left.map(ParameterRead::citation);
  }

  /** {@return where the right side's value comes from, if read} */
  public Optional<Citation> rightCitation() {
    return right.map(ParameterRead::citation);
  }

  /** {@return whether either side's value is a labelled assumption} */
  public boolean restsOnAssumptions() {
    return leftBasis().map(Basis::isAssumption).orElse(false)
        || rightBasis().map(Basis::isAssumption).orElse(false);
  }

  /** Returns e.g. {@code "education.raised-rate-per-hst: 128 492,00 kr → 150 000,00 kr"}. */
  @Override
  public String toString() {
    return id + ": " + left.map(ParameterRead::value).orElse("(not read)") + " → "
        + right.map(ParameterRead::value).orElse("(not read)");
  }
}
