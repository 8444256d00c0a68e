package se.alf.money;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.math.LongMath;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.alf.number.Ratio;

/**
 * Splits an amount by weights so that the parts add up to the amount exactly, to the öre.
 *
 * <p><b>The rounding rule (largest remainder, Hamilton's method).</b> Each key's exact share is
 * {@code total × weight / sum of weights}, in öre. Every key first gets its share rounded down to
 * the whole öre. The öre left over (fewer than the number of keys) go one each to the keys with the
 * largest fractional remainders; equal remainders are served in the iteration order of the weights.
 * No part differs from its exact share by a whole öre or more, and the parts always sum to the
 * total.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Split {

  private Split() {}

  /**
   * Splits {@code total} over the keys of {@code weights}, in proportion to their weights.
   *
   * @param total  the amount to split, not negative
   * @param weights  the weight of each key, each not negative and their sum positive; the result
   *     keeps their iteration order
   * @param <K> the type of the keys, e.g. {@code AlfRegion}
   * @return the part of each key, summing to {@code total}
   * @throws IllegalArgumentException if {@code total} is negative, a weight is negative, there are
   *     no weights or they sum to zero
   */
  public static <K> ImmutableMap<K, Sek> byWeights(Sek total, Map<K, Ratio> weights) {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(weights, "weights");
    checkArgument(total.signum() >= 0, "total to split must be >= 0 SEK, was %s", total);
    checkArgument(!weights.isEmpty(), "weights to split %s by must not be empty", total);
    for (Map.Entry<K, Ratio> e : weights.entrySet()) {
      checkArgument(e.getValue().signum() >= 0,
          "weight of %s must be >= 0, was %s (splitting %s)", e.getKey(), e.getValue(), total);
    }
    Optional<ImmutableMap<K, Sek>> inLong = inLong(total, weights);
    if (inLong.isPresent()) {
      return inLong.get();
    }
    Ratio sum = weights.values().stream().reduce(Ratio.ZERO, Ratio::plus);
    checkArgument(sum.signum() > 0, "weights must sum to more than 0, were %s (splitting %s)",
        weights, total);
    List<Share<K>> shares = new ArrayList<>(weights.size());
    long allotted = 0;
    int index = 0;
    for (Map.Entry<K, Ratio> e : weights.entrySet()) {
      Ratio exact = e.getValue().dividedBy(sum).times(total.ore());
      BigInteger[] qr = exact.numerator().divideAndRemainder(exact.denominator());
      long floor = qr[0].longValueExact();
      shares.add(new Share<>(e.getKey(), floor, Ratio.of(qr[1], exact.denominator()), index++));
      allotted += floor;
    }
    long leftover = total.ore() - allotted;
    shares.stream()
        .sorted(Comparator.<Share<K>, Ratio>comparing(s -> s.remainder).reversed()
            .thenComparingInt(s -> s.index))
        .limit(leftover)
        .forEach(s -> s.ore++);

    ImmutableMap.Builder<K, Sek> parts = ImmutableMap.builderWithExpectedSize(shares.size());
    shares.forEach(s -> parts.put(s.key, Sek.ofOre(s.ore)));
    return parts.buildOrThrow();
  }

  /**
   * The same split computed in {@code long}, or empty where a number does not fit (the caller then
   * computes it in {@code BigInteger}). The weights are scaled to whole numbers {@code w} by the
   * least common multiple of their denominators, so every exact share is
   * {@code total × w / Σw} with the one denominator {@code Σw}, and the remainders compare as
   * {@code long}s. Empty too where the weights sum to zero, which the caller refuses.
   */
  private static <K> Optional<ImmutableMap<K, Sek>> inLong(Sek total, Map<K, Ratio> weights) {
    int n = weights.size();
    long[] scaled = new long[n];
    try {
      long lcm = 1;
      for (Ratio w : weights.values()) {
        if (!w.fitsInLong()) {
          return Optional.empty();
        }
        long d = w.longDenominator();
        lcm = Math.multiplyExact(lcm / LongMath.gcd(lcm, d), d);
      }
      long sum = 0;
      int i = 0;
      for (Ratio w : weights.values()) {
        scaled[i] = Math.multiplyExact(w.longNumerator(), lcm / w.longDenominator());
        sum = Math.addExact(sum, scaled[i++]);
      }
      if (sum == 0) {
        return Optional.empty();
      }
      long[] ore = new long[n];
      long[] remainder = new long[n];
      long left = total.ore();
      for (i = 0; i < n; i++) {
        long product = Math.multiplyExact(scaled[i], total.ore());
        ore[i] = product / sum;
        remainder[i] = product % sum;
        left -= ore[i];
      }
      for (; left > 0; left--) { // fewer than n öre: one each to the largest remainders, in order
        int largest = -1;
        for (i = 0; i < n; i++) {
          if (remainder[i] >= 0 && (largest < 0 || remainder[i] > remainder[largest])) {
            largest = i;
          }
        }
        ore[largest]++;
        remainder[largest] = -1; // served
      }
      ImmutableMap.Builder<K, Sek> parts = ImmutableMap.builderWithExpectedSize(n);
      i = 0;
      for (K key : weights.keySet()) {
        parts.put(key, Sek.ofOre(ore[i++]));
      }
      return Optional.of(parts.buildOrThrow());
    } catch (ArithmeticException overflow) {
      return Optional.empty();
    }
  }

  private static final class Share<K> {
    final K key;
    long ore;
    final Ratio remainder;
    final int index;

    Share(K key, long ore, Ratio remainder, int index) {
      this.key = key;
      this.ore = ore;
      this.remainder = remainder;
      this.index = index;
    }
  }
}
