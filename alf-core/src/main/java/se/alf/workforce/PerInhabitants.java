package se.alf.workforce;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cell of seed 004's table 1: a count and the same count per 100 000 inhabitants, both as
 * published (the rate keeps its published decimals, so its rounding is known).
 *
 * <p>Immutable and thread-safe.
 *
 * @param per100k the count per 100 000 inhabitants, as published (e.g. {@code 21.5})
 * @param count the count, as published
 * @since 0.1
 */
public record PerInhabitants(BigDecimal per100k, long count) {

  /**
   * Checks that the rate is positive and the count not negative.
   *
   * @param per100k the count per 100 000 inhabitants, as published
   * @param count the count, as published
   */
  public PerInhabitants {
    Objects.requireNonNull(per100k, "per100k");
    if (per100k.signum() <= 0) {
      throw new IllegalArgumentException("per100k: '" + per100k.toPlainString()
          + "' must be positive");
    }
    if (count < 0) {
      throw new IllegalArgumentException("count: '" + count + "' must not be negative");
    }
  }

  /**
   * {@return {@code PerInhabitants(new BigDecimal(per100k), count)}}
   *
   * @param per100k the count per 100 000 inhabitants, as a decimal text (e.g. {@code "21.5"})
   * @param count the count, as published
   */
  public static PerInhabitants of(String per100k, long count) {
    return new PerInhabitants(new BigDecimal(per100k), count);
  }

  /**
   * {@return the smallest population consistent with the cell: count × 100 000 ÷ (rate + half a
   * unit of its last published decimal), rounded down}
   */
  public long minPopulation() {
    return population(per100k.add(halfUnit()), java.math.RoundingMode.FLOOR);
  }

  /**
   * {@return the largest population consistent with the cell: count × 100 000 ÷ (rate − half a
   * unit of its last published decimal), rounded up}
   */
  public long maxPopulation() {
    return population(per100k.subtract(halfUnit()), java.math.RoundingMode.CEILING);
  }

  private BigDecimal halfUnit() {
    return BigDecimal.ONE.movePointLeft(Math.max(per100k.scale(), 0)).divide(BigDecimal.valueOf(2));
  }

  private long population(BigDecimal rate, java.math.RoundingMode mode) {
    return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100_000))
        .divide(rate, 0, mode).longValueExact();
  }
}
