package se.alf.rules;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;
import se.alf.time.DatedValue;

/**
 * When the next quality evaluations are due: Vetenskapsrådet's evaluation of clinical research
 * (utvärdering av den kliniska forskningens kvalitet) and, where the rule set keeps it,
 * Socialstyrelsen's evaluation of university healthcare (USV-utvärdering).
 *
 * <p><b>Which interval governs a round.</b> The round after the one that reported in year
 * {@code last} falls due in the first year {@code Y} after {@code last} in which the interval in
 * force in {@code Y} has elapsed: {@code Y − last ≥ interval(Y)}; an interval of 0 means that no
 * such evaluation is held in {@code Y}. So a round's due year depends only on the last round and
 * on the intervals the rule set sets over the years, never on the year the question is asked:
 * with the last round in 2023, four years until 2025 and six from 2026 (Region Västerbotten's
 * response), 2027 is not due (4 years elapsed, 6 in force) and 2029 is, asked as of any year from
 * 2024 on. See {@link #dueAfter}.
 */
@Value.Immutable
public interface EvaluationSchedule {

  /** The year the last research evaluation reported. */
  Year lastResearchEvaluation();

  /** Years between research evaluations: the interval in force when the next round falls due. */
  int researchIntervalYears();

  /** The year the next research evaluation is due. */
  Year nextResearchEvaluation();

  /** The year the next USV evaluation is due; empty where the rule set ends it. */
  Optional<Year> nextUsvEvaluation();

  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the year the round after {@code last} falls due: the first year {@code Y} after
   * {@code last} with {@code interval(Y) > 0} and {@code Y − last ≥ interval(Y)}, reading
   * {@code interval} on 1 January of each year through {@code step} (the rule set's value first,
   * then the scenario's); empty if the interval is 0 (no such evaluation) from some year on and no
   * round falls due before. The step records the read of the interval that governs (the one in
   * force in the due year, or the 0 that ends the evaluation).
   *
   * @throws MissingInputException if the interval has no value in a year the search passes
   */
  static Optional<Year> dueAfter(Step step, Key<Integer> interval, Year last) {
    RuleContext ctx = step.context();
    // After the last year in which either timeline of the interval changes, it is constant.
    int stable = Math.max(last.getValue() + 1, lastChange(ctx, interval));
    for (int y = last.getValue() + 1; y <= stable; y++) {
      int years = ctx.read(interval, LocalDate.of(y, 1, 1)).value;
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
          .orElse(com.google.common.collect.ImmutableList.of())) {
        latest = Math.max(latest, v.from().getYear() + 1);
        if (v.until().isPresent()) {
          latest = Math.max(latest, v.until().get().getYear() + 1);
        }
      }
    }
    return latest;
  }

  /** Builds an {@link EvaluationSchedule}. */
  final class Builder extends ImmutableEvaluationSchedule.Builder {
    Builder() {}
  }
}
