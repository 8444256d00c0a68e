package se.alf.rules.bench;

/**
 * The arithmetic of one year's allocation for seven regions, written by hand in {@code long} öre:
 * the floor an allocation's cost is measured against. Education = rate × min(actual, minimum) to
 * the öre (half even); research = a base part split by keys and a quality part split by key ×
 * points, each to the öre by largest remainder. No explanation, no lookups, no objects.
 */
final class Floor {

  /** Rate per full-year student, in öre. */
  final long rateOre = 78_590_000L;
  /** Minimum full-year students, in hundredths. */
  final long[] minimum = {146_000, 98_500, 79_200, 87_273, 117_000, 73_500, 48_800};
  /** Full-year students actually trained, in hundredths. */
  final long[] actual = {151_000, 96_000, 80_000, 86_000, 120_000, 75_000, 47_000};
  /** Research keys, in ten-thousandths (sum 10 000). */
  final long[] keys = {3_010, 1_390, 1_350, 800, 1_720, 1_050, 680};
  /** Quality points per region. */
  final long[] points = {7, 8, 6, 5, 7, 6, 5};
  /** The research appropriation, in öre. */
  final long appropriationOre = 2_203_000_000_00L;
  /** The quality share, in hundredths. */
  final long qualityShareHundredths = 20;

  /** Returns the total of each region, in öre. */
  long[] allocate() {
    long[] total = new long[7];
    for (int i = 0; i < 7; i++) {
      long students = Math.min(actual[i], minimum[i]);
      total[i] = divideHalfEven(rateOre * students, 100);
    }
    long quality = divideHalfEven(appropriationOre * qualityShareHundredths, 100);
    long base = appropriationOre - quality;
    split(base, keys, total);
    long[] weights = new long[7];
    for (int i = 0; i < 7; i++) {
      weights[i] = keys[i] * points[i];
    }
    split(quality, weights, total);
    return total;
  }

  /** Adds {@code amount} × weight / Σ weights to {@code into}, to the öre by largest remainder. */
  private static void split(long amount, long[] weights, long[] into) {
    long sum = 0;
    for (long w : weights) {
      sum += w;
    }
    long[] remainders = new long[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      long product = amount * weights[i]; // < 2^63 for these magnitudes
      long share = product / sum;
      remainders[i] = product % sum;
      into[i] += share;
      given += share;
    }
    for (long left = amount - given; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < remainders.length; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      into[best]++;
      remainders[best] = -1;
    }
  }

  private static long divideHalfEven(long n, long d) {
    long q = n / d;
    long r = n % d;
    long twice = 2 * r;
    if (twice > d || (twice == d && (q & 1) == 1)) {
      q++;
    }
    return q;
  }
}
