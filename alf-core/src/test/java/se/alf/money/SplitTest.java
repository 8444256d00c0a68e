package se.alf.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.alf.number.Ratio;

class SplitTest {

  @Test
  void splitsByLargestRemainder() {
    // 100 öre over three equal weights: 33.33… each; floors 33+33+33 = 99, one öre left over.
    // All remainders are equal (1/3), so the first key in order gets it: 34, 33, 33.
    ImmutableMap<String, Sek> parts = Split.byWeights(Sek.ofOre(100),
        ImmutableMap.of("a", Ratio.ONE, "b", Ratio.ONE, "c", Ratio.ONE));
    assertEquals(ImmutableMap.of("a", Sek.ofOre(34), "b", Sek.ofOre(33), "c", Sek.ofOre(33)),
        parts);
  }

  @Test
  void leftoverGoesToLargestRemainderNotFirstKey() {
    // 10 öre by weights 1:2:7 of 10 → exact 1, 2, 7: no rounding at all.
    // 10 öre by 1:1:4 (sum 6) → exact 1.667, 1.667, 6.667; floors 1+1+6 = 8; 2 öre left;
    // remainders 2/3, 2/3, 2/3 → first two in order: 2, 2, 6.
    assertEquals(ImmutableMap.of("x", Sek.ofOre(2), "y", Sek.ofOre(2), "z", Sek.ofOre(6)),
        Split.byWeights(Sek.ofOre(10),
            ImmutableMap.of("x", Ratio.of(1), "y", Ratio.of(1), "z", Ratio.of(4))));
    // 7 öre by 1:3 (sum 4) → exact 1.75 and 5.25; floors 1+5 = 6; one öre to the 0.75: 2, 5.
    assertEquals(ImmutableMap.of("p", Sek.ofOre(2), "q", Sek.ofOre(5)),
        Split.byWeights(Sek.ofOre(7), ImmutableMap.of("p", Ratio.of(1), "q", Ratio.of(3))));
  }

  @Test
  void rejectsBadInputNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Split.byWeights(Sek.ofOre(-1), ImmutableMap.of("a", Ratio.ONE)));
    assertEquals("total to split must be >= 0 SEK, was -0,01 kr", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Split.byWeights(Sek.ofOre(5), ImmutableMap.of("a", Ratio.of(-1))));
    assertEquals("weight of a must be >= 0, was -1 (splitting 0,05 kr)", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Split.byWeights(Sek.ofOre(5), ImmutableMap.of("a", Ratio.ZERO)));
  }

  @Test
  void aZeroWeightGetsNothingAndNoEmptySplit() {
    // 10 öre by 0:1:1 (sum 2) → exact 0, 5, 5: the zero-weight key gets 0 öre, even though it
    // comes first in order (its remainder 0 never wins a leftover öre). 11 öre by 0:1:1 →
    // exact 0, 5.5, 5.5; floors 0+5+5 = 10; the one öre goes to the first of the tied 1/2: 0, 6, 5.
    assertEquals(ImmutableMap.of("z", Sek.ZERO, "a", Sek.ofOre(5), "b", Sek.ofOre(5)),
        Split.byWeights(Sek.ofOre(10),
            ImmutableMap.of("z", Ratio.ZERO, "a", Ratio.ONE, "b", Ratio.ONE)));
    assertEquals(ImmutableMap.of("z", Sek.ZERO, "a", Sek.ofOre(6), "b", Sek.ofOre(5)),
        Split.byWeights(Sek.ofOre(11),
            ImmutableMap.of("z", Ratio.ZERO, "a", Ratio.ONE, "b", Ratio.ONE)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Split.byWeights(Sek.ofOre(5), ImmutableMap.<String, Ratio>of()));
    assertEquals("weights to split 0,05 kr by must not be empty", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Split.byWeights(Sek.ofOre(5), ImmutableMap.of("a", Ratio.ZERO)));
    assertEquals("weights must sum to more than 0, were {a=0} (splitting 0,05 kr)",
        e.getMessage());
  }

  @Test
  void partsAlwaysAddUpToTheTotal() {
    qt().forAll(longs().between(0, 1_000_000_000_000L),
            lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 12))
        .assuming((total, weights) -> weights.stream().anyMatch(w -> w > 0))
        .check((total, weights) -> {
          Map<Integer, Ratio> keyed = keyed(weights);
          ImmutableMap<Integer, Sek> parts = Split.byWeights(Sek.ofOre(total), keyed);
          return Sek.sum(parts.values()).ore() == total && parts.keySet().equals(keyed.keySet());
        });
  }

  @Test
  void noPartIsAWholeÖreFromItsExactShare() {
    qt().forAll(longs().between(0, 1_000_000_000L),
            lists().of(integers().between(0, 1000)).ofSizeBetween(1, 8))
        .assuming((total, weights) -> weights.stream().anyMatch(w -> w > 0))
        .check((total, weights) -> {
          Map<Integer, Ratio> keyed = keyed(weights);
          long sum = weights.stream().mapToLong(Integer::longValue).sum();
          ImmutableMap<Integer, Sek> parts = Split.byWeights(Sek.ofOre(total), keyed);
          return keyed.entrySet().stream().allMatch(e -> {
            Ratio exact = Ratio.of(total).times(e.getValue()).dividedBy(Ratio.of(sum));
            Ratio diff = Ratio.of(parts.get(e.getKey()).ore()).minus(exact);
            return diff.compareTo(Ratio.of(-1)) > 0 && diff.compareTo(Ratio.ONE) < 0;
          });
        });
  }

  /**
   * Fractional weights, whose denominators are small (the split runs in {@code long}) or large
   * enough that their least common multiple or a product overflows a {@code long} (it runs in
   * {@code BigInteger}): either way the parts are those of the rule, computed here by hand from
   * exact fractions: each key's share rounded down, then one öre each to the largest remainders,
   * ties in the order of the keys.
   */
  @Test
  void fractionalWeightsSplitByTheRuleWhetherInLongOrNot() {
    qt().withExamples(2_000).forAll(longs().between(0, 1_000_000_000_000_000L),
            lists().of(longs().between(0, 1_000_000)).ofSizeBetween(1, 9),
            lists().of(longs().between(1, 4_000_000_000L)).ofSize(9),
            integers().between(0, 2))
        .assuming((total, numerators, denominators, scale) ->
            numerators.stream().anyMatch(w -> w > 0))
        .check((total, numerators, denominators, scale) -> {
          Map<Integer, Ratio> keyed = new LinkedHashMap<>();
          for (int i = 0; i < numerators.size(); i++) {
            // scale 0: denominators 1–4; 1: up to 4·10⁹ (the lcm overflows); 2: whole weights
            long d = scale == 0 ? 1 + denominators.get(i) % 4
                : scale == 1 ? denominators.get(i) : 1;
            keyed.put(i, Ratio.of(numerators.get(i), d));
          }
          return Split.byWeights(Sek.ofOre(total), keyed).equals(byHand(total, keyed));
        });
  }

  /** Largest remainder in exact fractions, written out step by step. */
  private static Map<Integer, Sek> byHand(long total, Map<Integer, Ratio> weights) {
    Ratio sum = weights.values().stream().reduce(Ratio.ZERO, Ratio::plus);
    Map<Integer, Long> ore = new LinkedHashMap<>();
    Map<Integer, Ratio> remainder = new LinkedHashMap<>();
    long left = total;
    for (Map.Entry<Integer, Ratio> e : weights.entrySet()) {
      Ratio exact = e.getValue().times(Ratio.of(total)).dividedBy(sum);
      long floor = exact.numerator().divide(exact.denominator()).longValueExact();
      ore.put(e.getKey(), floor);
      remainder.put(e.getKey(), exact.minus(Ratio.of(floor)));
      left -= floor;
    }
    for (; left > 0; left--) {
      Integer largest = null;
      for (Integer k : remainder.keySet()) {
        if (largest == null || remainder.get(k).compareTo(remainder.get(largest)) > 0) {
          largest = k;
        }
      }
      ore.merge(largest, 1L, Long::sum);
      remainder.remove(largest);
    }
    Map<Integer, Sek> parts = new LinkedHashMap<>();
    ore.forEach((k, v) -> parts.put(k, Sek.ofOre(v)));
    return parts;
  }

  private static Map<Integer, Ratio> keyed(List<Integer> weights) {
    Map<Integer, Ratio> keyed = new LinkedHashMap<>();
    for (int i = 0; i < weights.size(); i++) {
      keyed.put(i, Ratio.of(weights.get(i)));
    }
    return keyed;
  }
}
