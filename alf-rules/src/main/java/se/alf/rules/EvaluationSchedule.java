package se.alf.rules;

import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

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
 * 2024 on. See {@link se.alf.rules.spi.EvaluationRounds#dueAfter}.
 *
 * <p>Immutable and thread-safe (an Immutables value); its builder is for one thread.
 *
 * @since 0.1
 */
@Value.Immutable
public interface EvaluationSchedule {

  /** {@return the year the last research evaluation reported} */
  Year lastResearchEvaluation();

  /**
   * Years between research evaluations: the interval in force when the next round falls due.
   *
   * @return the interval in years, positive
   */
  int researchIntervalYears();

  /** {@return the year the next research evaluation is due} */
  Year nextResearchEvaluation();

  /** {@return the year the next USV evaluation is due; empty where the rule set ends it} */
  Optional<Year> nextUsvEvaluation();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvaluationSchedule}. */
  final class Builder extends ImmutableEvaluationSchedule.Builder {
    Builder() {}
  }
}
