package se.alf.rules.sensitivity;

import com.google.common.collect.ImmutableList;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.programme.FullYearStudents;
import se.alf.quality.Grade;
import se.alf.quality.RegionEvaluation;
import se.alf.rules.explain.Formats;
import se.alf.rules.param.Key;

/**
 * The values an input is varied over, by the type of its key: an amount ({@code Sek}), a count
 * of full-year students or a ratio that is not a share ± the relative change (default 10 %); a
 * whole number ± the relative change rounded half to even, at least one step; a year one year
 * either side; a share its whole range 0 to 1; a boolean, an enum and a region's grades every
 * value (grades: all 27 combinations of A, B and C on the three panels). Every value is checked
 * against every definition of the key; an end the key refuses is clipped to the last value it
 * accepts on the way to the base (on a grid of 1 öre, 1/100 student, 1/10 000 of a ratio or one
 * step), and the row says so.
 */
final class Variations {

  private Variations() {}

  /**
   * The values to try: the two {@code ends} of a range (low, high), or every value of a setting;
   * notes for the row; or why there are none.
   */
  record Variation(ImmutableList<Object> values, boolean ends, ImmutableList<String> notes,
      @Nullable String unsupported) {

    static Variation none(String why) {
      return new Variation(ImmutableList.of(), false, ImmutableList.of(), why);
    }
  }

  /** A number type on a grid: to and from an exact ratio. */
  private record Numeric(Ratio quantum, java.util.function.Function<Object, Ratio> ratio,
      java.util.function.Function<Ratio, Object> value) {}

  private static final Numeric SEK = new Numeric(Ratio.of(1, 100), v -> ((Sek) v).toRatio(),
      r -> Sek.ofKronor(r, RoundingMode.UNNECESSARY));
  private static final Numeric STUDENTS = new Numeric(Ratio.of(1, 100),
      v -> ((FullYearStudents) v).value(), FullYearStudents::of);
  private static final Numeric RATIO = new Numeric(Ratio.of(1, 10_000), v -> (Ratio) v, r -> r);
  private static final Numeric WHOLE = new Numeric(Ratio.ONE,
      v -> Ratio.of(((Integer) v).longValue()), r -> r.numerator().intValueExact());
  private static final Numeric YEAR = new Numeric(Ratio.ONE,
      v -> Ratio.of(((Year) v).getValue()), r -> Year.of(r.numerator().intValueExact()));

  /**
   * Returns the values to vary {@code base} over.
   *
   * @param base the value the result was computed with
   * @param keys every definition of the key (the scenario's, each rule set's)
   * @param relative the relative change for amounts and counts
   * @param range the caller's own low and high, if given
   */
  static Variation of(Object base, List<Key<?>> keys, Ratio relative,
      Optional<ImmutableList<Object>> range) {
    if (range.isPresent()) {
      return ends(base, keys, range.get().get(0), range.get().get(1),
          "the range given: " + text(range.get().get(0)) + " to " + text(range.get().get(1)));
    }
    Ratio down = Ratio.ONE.minus(relative);
    Ratio up = Ratio.ONE.plus(relative);
    if (base instanceof Sek s) {
      return ends(base, keys, s.times(down), s.times(up), zeroNote(s.isZero()));
    }
    if (base instanceof FullYearStudents s) {
      return ends(base, keys, s.times(down), s.times(up), zeroNote(s.isZero()));
    }
    if (base instanceof Ratio r) {
      if (isShare(keys)) {
        return ends(base, keys, Ratio.ZERO, Ratio.ONE, "a share: its whole range, 0 to 1");
      }
      return ends(base, keys, r.times(down), r.times(up), zeroNote(r.signum() == 0));
    }
    if (base instanceof Integer i) {
      int low = Math.min(rounded(Ratio.of(i).times(down)), i - 1);
      int high = Math.max(rounded(Ratio.of(i).times(up)), i + 1);
      return ends(base, keys, low, high, "a whole number: rounded, at least one step either side");
    }
    if (base instanceof Year y) {
      return ends(base, keys, y.minusYears(1), y.plusYears(1), "a year: one year either side");
    }
    if (base instanceof Boolean) {
      return every(List.of(false, true), keys);
    }
    if (base instanceof Enum<?> e) {
      return every(List.of(e.getDeclaringClass().getEnumConstants()), keys);
    }
    if (base instanceof RegionEvaluation e) {
      return every(everyGrading(e), keys);
    }
    return Variation.none("alf has no range for a value of type "
        + keys.get(0).type().getSimpleName() + "; give one with Sensitivity.Builder.range(key,"
        + " low, high)");
  }

  private static String zeroNote(boolean zero) {
    return zero ? "the base is 0, so a relative range is empty: give one with range(key, low,"
        + " high)" : "";
  }

  private static int rounded(Ratio r) {
    return r.toBigDecimal(0, RoundingMode.HALF_EVEN).intValueExact();
  }

  /** A key is a share if it takes 0 and 1 and refuses anything above 1. */
  private static boolean isShare(List<Key<?>> keys) {
    return refusal(keys, Ratio.ZERO).isEmpty() && refusal(keys, Ratio.ONE).isEmpty()
        && refusal(keys, Ratio.ONE.plus(Ratio.of(1, 1_000_000))).isPresent();
  }

  /** Every complete grading of {@code base}'s region: A, B, C on each panel, best first. */
  private static List<Object> everyGrading(RegionEvaluation base) {
    List<Object> all = new ArrayList<>();
    for (Grade p1 : Grade.values()) {
      for (Grade p2 : Grade.values()) {
        for (Grade p3 : Grade.values()) {
          all.add(RegionEvaluation.of(base.region(), p1, p2, p3, base.citation()));
        }
      }
    }
    return all;
  }

  private static Variation every(List<?> values, List<Key<?>> keys) {
    ImmutableList.Builder<Object> accepted = ImmutableList.builder();
    List<String> notes = new ArrayList<>();
    for (Object v : values) {
      Optional<String> refusal = refusal(keys, v);
      if (refusal.isEmpty()) {
        accepted.add(v);
      } else {
        notes.add(text(v) + " left out: " + refusal.get());
      }
    }
    return new Variation(accepted.build(), false, ImmutableList.copyOf(notes), null);
  }

  private static Variation ends(Object base, List<Key<?>> keys, Object low, Object high,
      String note) {
    List<String> notes = new ArrayList<>();
    if (!note.isEmpty()) {
      notes.add(note);
    }
    boolean swap = isAbove(low, high); // a negative amount's − 10 % is the larger end
    Object lowEnd = clip(base, keys, swap ? high : low, "low", notes);
    Object highEnd = clip(base, keys, swap ? low : high, "high", notes);
    return new Variation(ImmutableList.of(lowEnd, highEnd), true, ImmutableList.copyOf(notes),
        null);
  }

  /** Whether {@code a} is a value above {@code b} of the same comparable type. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean isAbove(Object a, Object b) {
    return a instanceof Comparable c && a.getClass() == b.getClass() && c.compareTo(b) > 0;
  }

  /** Returns {@code end}, or the last value towards {@code base} every key accepts. */
  private static Object clip(Object base, List<Key<?>> keys, Object end, String which,
      List<String> notes) {
    Optional<String> refusal = refusal(keys, end);
    if (refusal.isEmpty()) {
      return end;
    }
    Numeric n = numeric(base);
    if (n == null) {
      notes.add(which + " " + text(end) + " refused (" + refusal.get() + "); the base is used");
      return base;
    }
    Ratio from = n.ratio().apply(base);
    Ratio distance = n.ratio().apply(end).minus(from);
    Ratio step = distance.signum() < 0 ? n.quantum().negate() : n.quantum();
    long steps = distance.dividedBy(step).toBigDecimal(0, RoundingMode.FLOOR).longValueExact();
    long good = 0;
    long bad = steps;
    while (bad - good > 1) {
      long middle = good + (bad - good) / 2;
      if (refusal(keys, n.value().apply(from.plus(step.times(middle)))).isEmpty()) {
        good = middle;
      } else {
        bad = middle;
      }
    }
    Object clipped = n.value().apply(from.plus(step.times(good)));
    notes.add(which + " " + text(end) + " refused (" + refusal.get() + "); clipped to "
        + text(clipped));
    return clipped;
  }

  private static @Nullable Numeric numeric(Object base) {
    if (base instanceof Sek) {
      return SEK;
    }
    if (base instanceof FullYearStudents) {
      return STUDENTS;
    }
    if (base instanceof Ratio) {
      return RATIO;
    }
    if (base instanceof Integer) {
      return WHOLE;
    }
    return base instanceof Year ? YEAR : null;
  }

  /** Returns why a key refuses {@code value}, or empty if every key takes it. */
  static Optional<String> refusal(List<Key<?>> keys, Object value) {
    for (Key<?> k : keys) {
      try {
        k.cast(value);
      } catch (IllegalArgumentException e) {
        return Optional.of(e.getMessage());
      }
    }
    return Optional.empty();
  }

  /** Writes a value for a reader: students and kronor in Swedish, grades as letters. */
  static String text(Object value) {
    return value instanceof FullYearStudents s ? s.format() : Formats.text(value);
  }
}
