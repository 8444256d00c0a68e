package se.alf.party;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import se.alf.source.Citation;

/**
 * The part of a region that belongs to a healthcare region when not all of it does: the
 * municipalities (<i>kommuner</i>) of the county that are in that <i>sjukvårdsregion</i>.
 *
 * <p>Only Region Halland is split: its southern municipalities (Halmstad, Laholm, Hylte) are in
 * the southern healthcare region, its northern ones (Falkenberg, Kungsbacka, Varberg) in the
 * western one. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public interface PartialMembership {

  /** {@return the region that is split} */
  Region region();

  /** {@return the healthcare region this part belongs to} */
  HealthcareRegion healthcareRegion();

  /** {@return the municipalities of the part, e.g. {@code "Halmstad"}} */
  ImmutableSet<String> municipalities();

  /** {@return where the split is written} */
  Citation citation();

  /**
   * Checks this value's invariants; Immutables calls it whenever a value is built or copied, so no
   * instance breaks them. Not for callers.
   */
  @Value.Check
  default void check() {
    checkArgument(!municipalities().isEmpty(),
        "municipalities of %s in %s must not be empty", region(), healthcareRegion());
    municipalities().forEach(m -> checkArgument(!m.isBlank(),
        "municipality names of %s in %s must not be blank", region(), healthcareRegion()));
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartialMembership}; every attribute is required. */
  final class Builder extends ImmutablePartialMembership.Builder {
    Builder() {}
  }
}
