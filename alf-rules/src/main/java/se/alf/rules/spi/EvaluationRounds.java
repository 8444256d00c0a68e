package se.alf.rules.spi;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import se.alf.rules.EvaluationSchedule;
import se.alf.rules.MissingInputException;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.time.DatedValue;

/**
 * When evaluation rounds fall due: the arithmetic behind an {@link EvaluationSchedule}.
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class EvaluationRounds {

  private EvaluationRounds() {}

  /**
   * {@return the year the round after {@code last} falls due: the first year {@code Y} after
   * {@code last} with {@code interval(Y) > 0} and {@code Y − last ≥ interval(Y)}, reading
   * {@code interval} on 1 January of each year through {@code step} (the rule set's value first,
   * then the scenario's); empty if the interval is 0 (no such evaluation) from some year on and no
   * round falls due before} The step records the read of the interval that governs (the one in
   * force in the due year, or the 0 that ends the evaluation).
   *
   * @param step the step to read the interval through
   * @param interval the key of the interval in years
   * @param last the year of the last round
   * @throws MissingInputException if the interval has no value in a year the search passes
   */
  public static Optional<Year> dueAfter(Step step, Key<Integer> interval, Year last) {
    RuleContext ctx = step.context();
    // After the last year in which either timeline of the interval changes, it is constant.
    int stable = Math.max(last.getValue() + 1, lastChange(ctx, interval));
    for (int y = last.getValue() + 1; y <= stable; y++) {
      int years = ctx.read(interval, LocalDate.of(y, 1, 1)).value();
      if (years > 0 && y - last.getValue() >= years) {
        step.read(interval, LocalDate.of(y, 1, 1));
        return Optional.of(Year.of(y));
      }
    }
    int years = step.read(interval, LocalDate.of(stable, 1, 1));
    if (years == 0) {
      return Optional.empty();
    }
    // Not due by the stable year, so last + years lies beyond it, under the same interval.
    return Optional.of(Year.of(Math.toIntExact((long) last.getValue() + years)));
  }

  /** The year after the latest start or end of a value of {@code key}, in either source. */
  private static int lastChange(RuleContext ctx, Key<Integer> key) {
    int latest = Integer.MIN_VALUE;
    for (Parameters p : new Parameters[] {ctx.ruleSet().parameters(), ctx.scenario().inputs()}) {
      for (DatedValue<?> v : p.get(key).map(x -> x.timeline().values())
          .orElse(ImmutableList.of())) {
        latest = Math.max(latest, v.from().getYear() + 1);
        if (v.until().isPresent()) {
          latest = Math.max(latest, v.until().get().getYear() + 1);
        }
      }
    }
    return latest;
  }

}
