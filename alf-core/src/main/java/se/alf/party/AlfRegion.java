package se.alf.party;

import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * An ALF region (ALF-region): a region and the university in it that together take part in the
 * ALF agreement. There are seven; the order is Vetenskapsrådet's, by size of the ALF allocation,
 * largest first.
 *
 * <p>Source: Vetenskapsrådet, "Klinisk forskning inom ALF-avtalet"
 * (https://www.vr.se/uppdrag/klinisk-forskning/klinisk-forskning-inom-alf-avtalet.html). Region
 * Örebro län and Örebro universitet are an ALF region from 2015 (VR: "från och med 2015"); the
 * other
 * six were party to the previous agreement as well, so they are in ALF at least from 2015, when
 * the 2014 agreement took effect.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum AlfRegion {
  /**
   * The ALF region Stockholm: {@link Region#STOCKHOLM} with {@link
   * University#KAROLINSKA_INSTITUTET}.
   */
  STOCKHOLM("Stockholm", Region.STOCKHOLM, University.KAROLINSKA_INSTITUTET),
  /**
   * The ALF region Västra Götaland: {@link Region#VASTRA_GOTALAND} with {@link
   * University#GOTEBORG}.
   */
  VASTRA_GOTALAND("Västra Götaland", Region.VASTRA_GOTALAND, University.GOTEBORG),
  /** The ALF region Skåne: {@link Region#SKANE} with {@link University#LUND}. */
  SKANE("Skåne", Region.SKANE, University.LUND),
  /** The ALF region Uppsala: {@link Region#UPPSALA} with {@link University#UPPSALA}. */
  UPPSALA("Uppsala", Region.UPPSALA, University.UPPSALA),
  /** The ALF region Västerbotten: {@link Region#VASTERBOTTEN} with {@link University#UMEA}. */
  VASTERBOTTEN("Västerbotten", Region.VASTERBOTTEN, University.UMEA),
  /**
   * The ALF region Östergötland: {@link Region#OSTERGOTLAND} with {@link University#LINKOPING}.
   */
  OSTERGOTLAND("Östergötland", Region.OSTERGOTLAND, University.LINKOPING),
  /** The ALF region Örebro: {@link Region#OREBRO} with {@link University#OREBRO}. */
  OREBRO("Örebro", Region.OREBRO, University.OREBRO);

  private final String displayName;
  private final Region region;
  private final University university;

  AlfRegion(String displayName, Region region, University university) {
    this.displayName = displayName;
    this.region = region;
    this.university = university;
  }

  /** {@return the short name people use, e.g. {@code "Östergötland"}} */
  public String displayName() {
    return displayName;
  }

  /** {@return the region (the party to the agreement)} */
  public Region region() {
    return region;
  }

  /** {@return the university} */
  public University university() {
    return university;
  }

  /**
   * {@return the year this ALF region entered the ALF system, where a source gives it: 2015 for
   * Örebro (Vetenskapsrådet: "från och med 2015"; Örebro universitet: 2015 was its first year with
   * ALF money)} The other six were already party to the previous agreement (signed 2003) and the
   * sources do not say when they entered, so for them this is empty, never a guess.
   */
  public Optional<Year> yearEntered() {
    return this == OREBRO ? Optional.of(Year.of(2015)) : Optional.empty();
  }

  /**
   * {@return the first year this ALF region receives ALF under the 2014 agreement: 2015 for all
   * seven, the year the agreement took effect (Örebro's first year with ALF at all; the others
   * carried over from the 2003 agreement)}
   */
  public Year firstYearUnder2014Agreement() {
    return Year.of(2015);
  }

  /**
   * {@return whether this ALF region was party to the previous (2003) agreement: all but Örebro}
   */
  public boolean partyToPreviousAgreement() {
    return this != OREBRO;
  }

  /**
   * {@return the ALF region whose party is {@code region}, if it is one of the seven}
   *
   * @param region one of the seven regions that are ALF regions
   * @throws IllegalArgumentException if {@code region} is not the party of an ALF region
   */
  public static AlfRegion of(Region region) {
    Objects.requireNonNull(region, "region");
    for (AlfRegion a : values()) {
      if (a.region == region) {
        return a;
      }
    }
    throw new IllegalArgumentException("region " + region + " (" + region.countyCode()
        + ") is not the party of an ALF region; the seven are "
        + java.util.Arrays.toString(values()));
  }

  @Override
  public String toString() {
    return displayName;
  }
}
