package se.alf.rules;

import java.util.Optional;
import org.immutables.value.Value;
import se.alf.party.AlfRegion;
import se.alf.party.Region;
import se.alf.source.Citation;

/**
 * One result of validating a scenario or an agreement landscape against a rule set.
 *
 * <p>Immutable and thread-safe (an Immutables value); its builder is for one thread.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Finding {

  /** {@return how serious the finding is} */
  Severity severity();

  /** {@return the id of the check that found it, e.g. {@code students-below-minimum}} */
  String check();

  /** {@return the ALF region concerned, if one is} */
  Optional<AlfRegion> alfRegion();

  /**
   * {@return the region concerned, if it is not the party of an ALF region (an affiliated region)}
   */
  Optional<Region> region();

  /** {@return what is wrong, naming the field, the value and the rule} */
  String message();

  /** {@return the rule the finding rests on} */
  Citation citation();

  /** {@return {@code "ERROR students-below-minimum Örebro: … (citation)"}} */
  default String render() {
    String who = alfRegion().map(AlfRegion::displayName)
        .or(() -> region().map(Region::currentName)).map(w -> " " + w + ":").orElse("");
    return severity() + " " + check() + who + " " + message() + " (" + citation().render() + ")";
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
