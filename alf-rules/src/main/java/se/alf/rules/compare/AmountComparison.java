package se.alf.rules.compare;

import org.immutables.value.Value;
import se.alf.money.Sek;

/** An amount under both rule sets and the difference right − left, exact to the öre. */
@Value.Immutable
public interface AmountComparison {

  @Value.Parameter
  Sek left();

  @Value.Parameter
  Sek right();

  /** Returns right − left. */
  default Sek difference() {
    return right().minus(left());
  }

  /** Returns whether the two amounts differ. */
  default boolean isChanged() {
    return !left().equals(right());
  }

  /** Returns the comparison of {@code left} with {@code right}. */
  static AmountComparison of(Sek left, Sek right) {
    return builder().left(left).right(right).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AmountComparison}. */
  final class Builder extends ImmutableAmountComparison.Builder {
    Builder() {}
  }
}
