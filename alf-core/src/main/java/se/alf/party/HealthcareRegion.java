package se.alf.party;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import se.alf.source.Citation;
import se.alf.source.Document;
import se.alf.source.Sources;

/**
 * A healthcare region (<i>sjukvårdsregion</i>): one of the six regions for healthcare that concerns
 * several regions, set by 3 kap. 1 § hälso- och sjukvårdsförordningen (2017:80).
 *
 * <p>Each has the name the ordinance uses ({@link #ordinanceName()}, e.g. "Linköpingsregionen"),
 * the name the healthcare region itself uses ({@link #commonName()}, e.g. "Sydöstra
 * sjukvårdsregionen"), and possibly other names. Source of members, names and institutions: the
 * table of the memo of Framtidens vårdkompetens dated 2018-10-24 ({@link
 * se.alf.source.Document#HEALTHCARE_REGIONS_MEMO}), which cites the ordinance.
 * Region Halland is a member of two: its southern municipalities belong to {@link #SOUTH}, its
 * northern ones to {@link #WEST} (see {@link #partialMembership(Region)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum HealthcareRegion {
  /** Stockholms sjukvårdsregion (Stockholmsregionen): Stockholm and Gotland. */
  STOCKHOLM("Stockholms sjukvårdsregion", "Stockholmsregionen",
      ImmutableSet.of(Region.STOCKHOLM, Region.GOTLAND),
      ImmutableList.of("Sophiahemmet högskola", "Stockholms universitet", "Röda Korsets högskola",
          "Ersta Sköndal Bräcke högskola", "Karolinska institutet")),
  /** Sydöstra sjukvårdsregionen (Linköpingsregionen): Östergötland, Jönköping and Kalmar. */
  SOUTH_EAST("Sydöstra sjukvårdsregionen", "Linköpingsregionen",
      ImmutableSet.of(Region.OSTERGOTLAND, Region.JONKOPING, Region.KALMAR),
      ImmutableList.of("Linköpings universitet", "Högskolan i Jönköping", "Linnéuniversitetet")),
  /**
   * Södra sjukvårdsregionen (Lund/Malmöregionen): Kronoberg, Blekinge, Skåne and southern Halland.
   */
  SOUTH("Södra sjukvårdsregionen", "Lund/Malmöregionen",
      ImmutableSet.of(Region.KRONOBERG, Region.BLEKINGE, Region.SKANE, Region.HALLAND),
      ImmutableList.of("Linnéuniversitetet", "Högskolan Kristianstad",
          "Blekinge tekniska högskola", "Malmö universitet", "Högskolan i Halmstad",
          "Lunds universitet")),
  /** Västra sjukvårdsregionen (Göteborgsregionen): Västra Götaland and northern Halland. */
  WEST("Västra sjukvårdsregionen", "Göteborgsregionen",
      ImmutableSet.of(Region.VASTRA_GOTALAND, Region.HALLAND),
      ImmutableList.of("Göteborgs universitet", "Högskolan Väst", "Högskolan i Borås",
          "Högskolan i Skövde")),
  /**
   * Uppsala-Örebro sjukvårdsregion: Uppsala, Sörmland, Värmland, Örebro, Västmanland, Dalarna and
   * Gävleborg.
   */
  UPPSALA_OREBRO("Uppsala-Örebro sjukvårdsregion", "Uppsala/Örebroregionen",
      ImmutableSet.of(Region.UPPSALA, Region.SODERMANLAND, Region.VARMLAND, Region.OREBRO,
          Region.VASTMANLAND, Region.DALARNA, Region.GAVLEBORG),
      ImmutableList.of("Karlstad universitet", "Högskolan i Gävle", "Örebro universitet",
          "Mälardalens högskola", "Högskolan Dalarna", "Uppsala universitet")),
  /**
   * Norra sjukvårdsregionen (Umeåregionen): Västernorrland, Jämtland Härjedalen, Västerbotten and
   * Norrbotten.
   */
  NORTH("Norra sjukvårdsregionen", "Umeåregionen",
      ImmutableSet.of(Region.VASTERNORRLAND, Region.JAMTLAND_HARJEDALEN, Region.VASTERBOTTEN,
          Region.NORRBOTTEN),
      ImmutableList.of("Luleå tekniska universitet", "Umeå universitet", "Mittuniversitetet"));

  private static final Citation TABLE = Citation.builder()
      .document(Document.HEALTHCARE_REGIONS_MEMO.shortName())
      .section("table \"Sjukvårdsregion / Benämning i förordningen / Landsting i regionen / "
          + "Lärosäten\"")
      .seedFile(Sources.SEED_HEALTHCARE_REGIONS)
      .note("the division is set by 3 kap. 1 § hälso- och sjukvårdsförordningen (2017:80); "
          + "footnote ***: Region Halland is in two healthcare regions")
      .build();

  private static final Citation MELLANSVERIGE = Citation.builder()
      .document(Document.MELLANSVERIGE_REPORT.shortName())
      .section("\"Regionala vårdkompetensrådet Mellansverige och dess uppdrag\"")
      .seedFile(Sources.SEED_MELLANSVERIGE_REPORT)
      .note("\"Sjukvårdsregion Mellansverige\"; the council covers the seven counties Dalarna, "
          + "Gävleborg, Södermanland, Uppsala, Värmland, Västmanland and Örebro")
      .build();

  private static final Citation SOUTHERN_HALLAND = Citation.builder()
      .document(Document.HEALTHCARE_REGIONS_MEMO.shortName())
      .section("\"Södra Sjukvårdsregionen\"")
      .seedFile(Sources.SEED_HEALTHCARE_REGIONS)
      .note("\"södra delen av Region Halland (kommunerna Halmstad, Laholm och Hylte)\"")
      .build();

  private static final Citation NORTHERN_HALLAND = Citation.builder()
      .document("Förordning (1982:777) om rikets indelning i regioner för hälso- och sjukvård")
      .section("uppställning, Göteborgsregionen (lydelse SFS 1997:927)")
      .url("http://klevringsjuridik.se/law/lag-1982-777/")
      .note("Göteborgsregionen: Västra Götalands län and the municipalities Falkenberg, "
          + "Kungsbacka and Varberg; the predecessor of 3 kap. 1 § HSF (2017:80), whose own "
          + "text was not read. The 2018-10-24 memo's footnote *** only says \"de norra\" "
          + "municipalities")
      .build();

  private final String commonName;
  private final String ordinanceName;
  private final ImmutableSet<Region> members;
  private final ImmutableList<String> institutions;

  HealthcareRegion(String commonName, String ordinanceName, ImmutableSet<Region> members,
      ImmutableList<String> institutions) {
    this.commonName = commonName;
    this.ordinanceName = ordinanceName;
    this.members = members;
    this.institutions = institutions;
  }

  /** {@return the name the healthcare region uses, e.g. {@code "Sydöstra sjukvårdsregionen"}} */
  public String commonName() {
    return commonName;
  }

  /** {@return the name in the ordinance (2017:80), e.g. {@code "Linköpingsregionen"}} */
  public String ordinanceName() {
    return ordinanceName;
  }

  /**
   * {@return other names in use, each with its source: {@code "Sjukvårdsregion Mellansverige"} for
   * {@link #UPPSALA_OREBRO} (annual report 2023 of the regional healthcare competence
   * council Mellansverige); empty for the others}
   */
  public ImmutableMap<String, Citation> otherNames() {
    return this == UPPSALA_OREBRO
        ? ImmutableMap.of("Sjukvårdsregion Mellansverige", MELLANSVERIGE)
        : ImmutableMap.of();
  }

  /** {@return the member regions (landsting), whole or in part (Halland is in two)} */
  public ImmutableSet<Region> members() {
    return members;
  }

  /**
   * {@return the higher-education institutions with healthcare programmes in this healthcare
   * region, as the 2018-10-24 memo lists them (Linnéuniversitetet is in two)}
   */
  public ImmutableList<String> institutions() {
    return institutions;
  }

  /** {@return the ALF regions whose region is a member: two for {@link #UPPSALA_OREBRO}} */
  public ImmutableSet<AlfRegion> alfRegions() {
    return Arrays.stream(AlfRegion.values()).filter(a -> members.contains(a.region()))
        .collect(ImmutableSet.toImmutableSet());
  }

  /** {@return where members, names and institutions come from: the 2018-10-24 memo's table} */
  public Citation citation() {
    return TABLE;
  }

  /**
   * {@return the part of {@code region} that belongs to this healthcare region when only a part
   * does (Halland in {@link #SOUTH} and {@link #WEST}); empty when the whole region is a member or
   * when it is not a member at all}
   *
   * @param region any of the 21 regions
   */
  public Optional<PartialMembership> partialMembership(Region region) {
    Objects.requireNonNull(region, "region");
    return splits().stream()
        .filter(p -> p.region() == region && p.healthcareRegion() == this)
        .findFirst();
  }

  /** {@return every split region's parts: the southern and the northern part of Halland} */
  public static ImmutableList<PartialMembership> splits() {
    return Splits.ALL;
  }

  /**
   * {@return the healthcare regions {@code region} belongs to: one, or two for Region Halland}
   *
   * @param region any of the 21 regions
   */
  public static ImmutableSet<HealthcareRegion> of(Region region) {
    Objects.requireNonNull(region, "region");
    return Arrays.stream(values()).filter(h -> h.members.contains(region))
        .collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public String toString() {
    return commonName;
  }

  /** Holder, so that the enum constants exist before the parts refer to them. */
  private static final class Splits {
    static final ImmutableList<PartialMembership> ALL = ImmutableList.of(
        PartialMembership.builder().region(Region.HALLAND).healthcareRegion(SOUTH)
            .municipalities(ImmutableSet.of("Halmstad", "Laholm", "Hylte"))
            .citation(SOUTHERN_HALLAND).build(),
        PartialMembership.builder().region(Region.HALLAND).healthcareRegion(WEST)
            .municipalities(ImmutableSet.of("Falkenberg", "Kungsbacka", "Varberg"))
            .citation(NORTHERN_HALLAND).build());
  }
}
