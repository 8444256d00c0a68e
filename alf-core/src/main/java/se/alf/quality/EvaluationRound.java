package se.alf.quality;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.alf.party.AlfRegion;
import se.alf.source.Citation;

/**
 * A round (utvärderingsomgång) of Vetenskapsrådet's evaluation of the quality of clinical research
 * in the seven ALF regions: when it ran, when it reported, and each region's result.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public interface EvaluationRound {

  /** {@return the number of the round: 1 for the first} */
  int number();

  /** {@return the year the evaluation was carried out} */
  Year conducted();

  /** {@return the year its report came out} */
  Year reportYear();

  /** {@return the date the report was published, if the sources give the exact date} */
  Optional<LocalDate> published();

  /** {@return the result of each of the seven ALF regions} */
  ImmutableMap<AlfRegion, RegionEvaluation> results();

  /** {@return the source of the round's dates} */
  Citation citation();

  /**
   * {@return the result of {@code region}}
   *
   * @param region the ALF region
   */
  default RegionEvaluation result(AlfRegion region) {
    return Objects.requireNonNull(results().get(Objects.requireNonNull(region, "region")),
        "result of a region in a checked round");
  }

  /**
   * Checks this value's invariants; Immutables calls it whenever a value is built or copied, so no
   * instance breaks them. Not for callers.
   */
  @Value.Check
  default void check() {
    checkArgument(number() >= 1, "number of evaluation round must be >= 1, was %s", number());
    checkArgument(!reportYear().isBefore(conducted()), "report year of evaluation round %s must "
        + "not be before the year it was conducted, %s, was %s", number(), conducted(),
        reportYear());
    published().ifPresent(d -> checkArgument(Year.from(d).equals(reportYear()),
        "publication date of evaluation round %s must be in its report year %s, was %s",
        number(), reportYear(), d));
    checkArgument(results().size() == AlfRegion.values().length,
        "evaluation round %s must have a result for each of the seven ALF regions %s, had %s",
        number(), Arrays.toString(AlfRegion.values()), results().keySet());
    results().forEach((region, result) -> checkArgument(result.region() == region,
        "result under %s in evaluation round %s is of %s", region, number(), result.region()));
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvaluationRound}; all but {@code published} are required. */
  final class Builder extends ImmutableEvaluationRound.Builder {
    Builder() {}

    /**
     * Puts {@code result} under its region.
     *
     * @param result one region's result
     * @return this builder
     */
    public Builder addResult(RegionEvaluation result) {
      putResult(result.region(), result);
      return this;
    }
  }
}
