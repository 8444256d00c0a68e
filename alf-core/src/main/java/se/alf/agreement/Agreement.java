package se.alf.agreement;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.alf.party.AlfRegion;
import se.alf.party.Region;
import se.alf.source.Citation;

/**
 * An agreement of the ALF hierarchy: the national agreement (<i>ALF-avtalet</i>), a regional ALF
 * agreement (<i>regionalt ALF-avtal</i>, RALF) between a region and its university, or an
 * affiliation agreement (<i>anknytningsavtal</i>, <i>hängavtal</i>) that ties further regions to a
 * RALF.
 *
 * <p>What is known of when it was signed and when it took effect is held as {@link DateBounds},
 * never guessed; {@link #statusOn(LocalDate)} answers {@link InForce#UNKNOWN} where the sources do
 * not tell. No end date is modelled: no source gives one for any of these agreements (SKR,
 * 2024-06-18: the national agreement stays in force until it is renegotiated).
 *
 * <p>Rules checked at construction: the id is lower-case words joined by {@code -}; a national
 * agreement has the state among its parties and neither parent nor ALF region; a regional one has
 * a parent and an ALF region and no affiliated regions; an affiliation agreement has a parent, an
 * ALF region and at least one affiliated region; it cannot take effect before it can have been
 * signed. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Agreement {

  /** {@return the id, e.g. {@code "alf-2014"}, {@code "ralf-ostergotland"}} */
  String id();

  /** {@return the kind: national, regional or affiliation} */
  AgreementKind kind();

  /**
   * {@return the title: the agreement's own where the sources give it, otherwise the description
   * the
   * sources use (e.g. "Regionalt ALF-avtal Linköpings universitet – Region Östergötland")}
   */
  String title();

  /** {@return the parties, in the order the sources name them} */
  ImmutableSet<Party> parties();

  /** {@return when it was signed (<i>tecknades</i>), as far as known} */
  DateBounds signed();

  /** {@return when it took effect (<i>gäller från</i>), as far as known} */
  DateBounds inForceFrom();

  /**
   * {@return the id of the agreement this one rests on: a RALF's national agreement, an
   * affiliation's RALF}
   */
  Optional<String> parentId();

  /** {@return the ALF region, for a regional or affiliation agreement} */
  Optional<AlfRegion> alfRegion();

  /** {@return the regions an affiliation agreement ties to the RALF; empty for the other kinds} */
  ImmutableSet<Region> affiliatedRegions();

  /** {@return where the agreement and its dates come from} */
  Citation citation();

  /**
   * {@return whether this agreement is in force on {@code date}: {@link InForce#IN_FORCE} on or
   * after the latest day it can have taken effect, {@link InForce#NOT_IN_FORCE} before the
   * earliest day, {@link InForce#UNKNOWN} otherwise (also when a bound is not known)} The earliest
   * day is the later of the earliest start and the earliest signing day: an agreement is not in
   * force before it is signed.
   *
   * @param date the day asked about
   */
  default InForce statusOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Optional<LocalDate> latest = inForceFrom().latest();
    if (latest.isPresent() && !date.isBefore(latest.get())) {
      return InForce.IN_FORCE;
    }
    Optional<LocalDate> earliest = laterOf(inForceFrom().earliest(), signed().earliest());
    if (earliest.isPresent() && date.isBefore(earliest.get())) {
      return InForce.NOT_IN_FORCE;
    }
    return InForce.UNKNOWN;
  }

  /**
   * {@return whether no source bounds the day this agreement took effect from above: no source
   * gives the day or the year, and no dated source describes it as current} Such an agreement is
   * a known unknown: {@link #statusOn} can answer {@link InForce#IN_FORCE} on no date, so its
   * status is a fact about the sources, to be reported once, not a finding about a date.
   */
  default boolean startUnbounded() {
    return inForceFrom().latest().isEmpty();
  }

  private static Optional<LocalDate> laterOf(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isPresent() && b.isPresent()) {
      return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }
    return a.or(() -> b);
  }

  /**
   * Checks this value's invariants; Immutables calls it whenever a value is built or copied, so no
   * instance breaks them. Not for callers.
   */
  @Value.Check
  default void check() {
    checkArgument(Pattern.matches("[a-z0-9]+(-[a-z0-9]+)*", id()),
        "agreement id '%s' must be lower-case words joined by '-'", id());
    checkArgument(!title().isBlank(), "title of agreement %s must not be blank", id());
    checkArgument(!parties().isEmpty(), "parties of agreement %s must not be empty", id());
    boolean national = kind() == AgreementKind.NATIONAL;
    checkArgument(national == parties().contains(Party.state()),
        "agreement %s of kind %s must %shave the state among its parties", id(), kind(),
        national ? "" : "not ");
    checkArgument(national != parentId().isPresent(),
        "agreement %s of kind %s must %shave a parent, had %s", id(), kind(),
        national ? "not " : "", parentId());
    checkArgument(national != alfRegion().isPresent(),
        "agreement %s of kind %s must %shave an ALF region, had %s", id(), kind(),
        national ? "not " : "", alfRegion());
    boolean affiliation = kind() == AgreementKind.AFFILIATION;
    checkArgument(affiliation != affiliatedRegions().isEmpty(),
        "agreement %s of kind %s must %shave affiliated regions, had %s", id(), kind(),
        affiliation ? "" : "not ", affiliatedRegions());
    parentId().ifPresent(p -> checkArgument(!p.equals(id()),
        "agreement %s must not be its own parent", id()));
    Optional<LocalDate> signedEarliest = signed().earliest();
    Optional<LocalDate> effectLatest = inForceFrom().latest();
    if (signedEarliest.isPresent() && effectLatest.isPresent()) {
      checkArgument(!effectLatest.get().isBefore(signedEarliest.get()),
          "agreement %s cannot take effect (latest %s) before it can have been signed "
              + "(earliest %s)", id(), effectLatest.get(), signedEarliest.get());
    }
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Agreement}; all but parent, ALF region and affiliated regions are required.
   */
  final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }
}
