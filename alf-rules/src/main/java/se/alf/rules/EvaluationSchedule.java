package se.alf.rules;

import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When the next quality evaluations are due: Vetenskapsrådet's evaluation of clinical research
 * (utvärdering av den kliniska forskningens kvalitet) and, where the rule set keeps it,
 * Socialstyrelsen's evaluation of university healthcare (USV-utvärdering).
 */
@Value.Immutable
public interface EvaluationSchedule {

  /** The year the last research evaluation reported. */
  Year lastResearchEvaluation();

  /** Years between research evaluations. */
  int researchIntervalYears();

  /** The year the next research evaluation is due. */
  Year nextResearchEvaluation();

  /** The year the next USV evaluation is due; empty where the rule set ends it. */
  Optional<Year> nextUsvEvaluation();

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvaluationSchedule}. */
  final class Builder extends ImmutableEvaluationSchedule.Builder {
    Builder() {}
  }
}
