package se.alf.agreement;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.alf.party.Region;

/**
 * How a region is bound by a regional ALF agreement (<i>regionalt ALF-avtal</i>, RALF) on a date:
 * directly, as the region of the ALF region, or through an affiliation agreement
 * (<i>anknytningsavtal</i>, <i>hängavtal</i>).
 *
 * <p>The status is the less certain of the RALF's and, if any, the affiliation agreement's status
 * on that date; it is never {@link InForce#NOT_IN_FORCE} (then there is no binding). Instances are
 * immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public interface RalfBinding {

  /** {@return the region that is bound} */
  Region region();

  /** {@return the date asked about} */
  LocalDate date();

  /** {@return the regional ALF agreement} */
  Agreement ralf();

  /** {@return the affiliation agreement through which the region is bound, if not directly} */
  Optional<Agreement> affiliation();

  /** {@return the status of the binding on {@link #date()}: {@link InForce#IN_FORCE} or UNKNOWN} */
  InForce status();

  /** {@return whether the region is bound directly, as the region of the RALF's ALF region} */
  default boolean direct() {
    return affiliation().isEmpty();
  }

  /**
   * Checks this value's invariants; Immutables calls it whenever a value is built or copied, so no
   * instance breaks them. Not for callers.
   */
  @Value.Check
  default void check() {
    checkArgument(ralf().kind() == AgreementKind.REGIONAL,
        "ralf of the binding of %s must be a regional agreement, was %s (%s)", region(),
        ralf().id(), ralf().kind());
    affiliation().ifPresent(a -> checkArgument(
        a.kind() == AgreementKind.AFFILIATION && a.affiliatedRegions().contains(region())
            && a.parentId().equals(Optional.of(ralf().id())),
        "affiliation of the binding of %s must be an affiliation agreement to %s that names "
            + "the region, was %s", region(), ralf().id(), a.id()));
    checkArgument(status() != InForce.NOT_IN_FORCE,
        "status of the binding of %s on %s must not be NOT_IN_FORCE (then there is no binding)",
        region(), date());
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RalfBinding}; all but the affiliation are required. */
  final class Builder extends ImmutableRalfBinding.Builder {
    Builder() {}
  }
}
