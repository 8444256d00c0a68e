package se.alf.agreement;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.alf.party.AlfRegion;
import se.alf.party.HealthcareRegion;
import se.alf.party.Region;

/**
 * The agreements of the ALF hierarchy that hold together (<i>avtalslandskapet</i>): the national
 * ALF agreement, the regional ALF agreements (RALF) and the affiliation agreements
 * (<i>anknytningsavtal</i>, <i>hängavtal</i>), with queries by ALF region, region and date.
 *
 * <p>{@link #sweden()} holds the agreements the sources name, their dates weighed by one rule for
 * every agreement: a dated source that describes an agreement as the present basis of a
 * collaboration shows it in force by that date (see {@code SwedishAgreements}).
 * Checked at construction: ids are unique; there is exactly one national agreement; every parent
 * exists; a RALF rests on the national agreement and there is at most one per ALF region; an
 * affiliation agreement rests on the RALF of its own ALF region. This class is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class AgreementLandscape {

  private static final AgreementLandscape SWEDEN = of(SwedishAgreements.all());

  private final ImmutableList<Agreement> agreements;
  private final ImmutableMap<String, Agreement> byId;

  private AgreementLandscape(ImmutableList<Agreement> agreements) {
    this.agreements = agreements;
    this.byId = agreements.stream()
        .collect(ImmutableMap.toImmutableMap(Agreement::id, a -> a));
  }

  /** {@return the Swedish agreements the sources name, national first, then by ALF region} */
  public static AgreementLandscape sweden() {
    return SWEDEN;
  }

  /**
   * {@return the landscape of {@code agreements}}
   *
   * @param agreements every agreement, national first or in any order
   * @throws IllegalArgumentException if an id repeats, there is not exactly one national
   *     agreement, a parent is missing or of the wrong kind, or an ALF region has two RALFs
   */
  public static AgreementLandscape of(Iterable<Agreement> agreements) {
    Objects.requireNonNull(agreements, "agreements");
    ImmutableList<Agreement> list = ImmutableList.copyOf(agreements);
    Map<String, Agreement> ids = new HashMap<>();
    for (Agreement a : list) {
      checkArgument(ids.put(a.id(), a) == null, "agreement id '%s' must be unique", a.id());
    }
    long nationals = list.stream().filter(a -> a.kind() == AgreementKind.NATIONAL).count();
    checkArgument(nationals == 1, "a landscape must have exactly one national agreement, had %s",
        nationals);
    Map<AlfRegion, String> ralfs = new HashMap<>();
    for (Agreement a : list) {
      if (a.kind() == AgreementKind.NATIONAL) {
        continue;
      }
      String parentId = a.parentId().orElseThrow();
      Agreement parent = ids.get(parentId);
      checkArgument(parent != null, "parent '%s' of agreement %s is not in the landscape",
          parentId, a.id());
      if (a.kind() == AgreementKind.REGIONAL) {
        checkArgument(parent.kind() == AgreementKind.NATIONAL,
            "parent '%s' of RALF %s must be the national agreement, was %s", parentId, a.id(),
            parent.kind());
        String other = ralfs.put(a.alfRegion().orElseThrow(), a.id());
        checkArgument(other == null, "ALF region %s must have at most one RALF, had %s and %s",
            a.alfRegion().orElseThrow(), other, a.id());
      } else {
        checkArgument(parent.kind() == AgreementKind.REGIONAL
                && parent.alfRegion().equals(a.alfRegion()),
            "parent '%s' of affiliation agreement %s must be the RALF of %s", parentId, a.id(),
            a.alfRegion().orElseThrow());
      }
    }
    return new AgreementLandscape(list);
  }

  /** {@return all agreements, national first} */
  public ImmutableList<Agreement> agreements() {
    return agreements;
  }

  /** {@return the national agreement} */
  public Agreement national() {
    return agreements.stream().filter(a -> a.kind() == AgreementKind.NATIONAL).findFirst()
        .orElseThrow();
  }

  /**
   * {@return the agreement with {@code id}, or empty}
   *
   * @param id the agreement's id, e.g. {@code "alf-2014"}
   */
  public Optional<Agreement> find(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * {@return the agreements that are or may be in force on {@code date}, each with its status
   * ({@link InForce#IN_FORCE} or {@link InForce#UNKNOWN}), in the landscape's order}
   *
   * @param date the day asked about
   */
  public ImmutableMap<Agreement, InForce> inForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    ImmutableMap.Builder<Agreement, InForce> b = ImmutableMap.builder();
    for (Agreement a : agreements) {
      InForce s = chainStatus(a, date);
      if (s != InForce.NOT_IN_FORCE) {
        b.put(a, s);
      }
    }
    return b.build();
  }

  /**
   * {@return the known unknowns: the agreements whose start no source bounds from above
   * ({@link Agreement#startUnbounded()}), so that no date can show them in force, in the
   * landscape's order} In {@link #sweden()}: the RALFs of Västra Götaland, Uppsala and Örebro.
   */
  public ImmutableList<Agreement> knownUnknowns() {
    return agreements.stream().filter(Agreement::startUnbounded)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the regional ALF agreement (RALF) of {@code alfRegion}, or empty}
   *
   * @param alfRegion the ALF region
   */
  public Optional<Agreement> regionalAgreement(AlfRegion alfRegion) {
    Objects.requireNonNull(alfRegion, "alfRegion");
    return agreements.stream()
        .filter(a -> a.kind() == AgreementKind.REGIONAL)
        .filter(a -> a.alfRegion().equals(Optional.of(alfRegion)))
        .findFirst();
  }

  /**
   * {@return the affiliation agreements to the RALF of {@code alfRegion}}
   *
   * @param alfRegion the ALF region
   */
  public ImmutableList<Agreement> affiliations(AlfRegion alfRegion) {
    Objects.requireNonNull(alfRegion, "alfRegion");
    return agreements.stream()
        .filter(a -> a.kind() == AgreementKind.AFFILIATION)
        .filter(a -> a.alfRegion().equals(Optional.of(alfRegion)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the RALF that binds {@code region} on {@code date}: directly, if the region is the
   * region of an ALF region, or through an affiliation agreement} The status is the least certain
   * along the chain national agreement, RALF and affiliation agreement. Empty if no agreement ties
   * the region to a RALF (e.g. Region Gotland) or none can be in force on that date.
   *
   * @param region any of the 21 regions
   * @param date the day asked about
   */
  public Optional<RalfBinding> bindingRalf(Region region, LocalDate date) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(date, "date");
    for (AlfRegion alf : AlfRegion.values()) {
      if (alf.region() == region) {
        return regionalAgreement(alf)
            .flatMap(ralf -> binding(region, date, ralf, Optional.empty()));
      }
    }
    return agreements.stream()
        .filter(a -> a.kind() == AgreementKind.AFFILIATION
            && a.affiliatedRegions().contains(region))
        .map(a -> binding(region, date, byId.get(a.parentId().orElseThrow()), Optional.of(a)))
        .flatMap(Optional::stream)
        .max(Comparator.comparing(RalfBinding::status));
  }

  /**
   * {@return the healthcare regions (sjukvårdsregioner) of {@code region}: two for Halland}
   *
   * @param region any of the 21 regions
   */
  public ImmutableSet<HealthcareRegion> healthcareRegions(Region region) {
    return HealthcareRegion.of(region);
  }

  private Optional<RalfBinding> binding(
      Region region, LocalDate date, Agreement ralf, Optional<Agreement> affiliation) {
    InForce status = chainStatus(affiliation.orElse(ralf), date);
    if (status == InForce.NOT_IN_FORCE) {
      return Optional.empty();
    }
    return Optional.of(RalfBinding.builder().region(region).date(date).ralf(ralf)
        .affiliation(affiliation).status(status).build());
  }

  /** The status of {@code a} and of every agreement it rests on. */
  private InForce chainStatus(Agreement a, LocalDate date) {
    InForce s = a.statusOn(date);
    Optional<String> parent = a.parentId();
    while (parent.isPresent()) {
      Agreement p = byId.get(parent.get());
      s = s.and(p.statusOn(date));
      parent = p.parentId();
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgreementLandscape other && agreements.equals(other.agreements);
  }

  @Override
  public int hashCode() {
    return agreements.hashCode();
  }

  @Override
  public String toString() {
    return "AgreementLandscape" + agreements.stream().map(Agreement::id)
        .collect(ImmutableList.toImmutableList());
  }
}
