package se.alf.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import se.alf.source.Citation;

class HealthcareRegionTest {

  @Test
  void sixHealthcareRegionsWithTheirMembers() {
    // seed 003_3f344534afb64a8d.txt, table "Sjukvårdsregion / Benämning i förordningen /
    // Landsting i regionen" (3 kap. 1 § hälso- och sjukvårdsförordningen (2017:80)).
    assertEquals(6, HealthcareRegion.values().length);
    assertEquals(ImmutableSet.of(Region.STOCKHOLM, Region.GOTLAND),
        HealthcareRegion.STOCKHOLM.members());
    assertEquals(ImmutableSet.of(Region.OSTERGOTLAND, Region.JONKOPING, Region.KALMAR),
        HealthcareRegion.SOUTH_EAST.members());
    assertEquals(ImmutableSet.of(Region.KRONOBERG, Region.BLEKINGE, Region.SKANE, Region.HALLAND),
        HealthcareRegion.SOUTH.members());
    assertEquals(ImmutableSet.of(Region.VASTRA_GOTALAND, Region.HALLAND),
        HealthcareRegion.WEST.members());
    assertEquals(ImmutableSet.of(Region.UPPSALA, Region.SODERMANLAND, Region.VARMLAND,
            Region.OREBRO, Region.VASTMANLAND, Region.DALARNA, Region.GAVLEBORG),
        HealthcareRegion.UPPSALA_OREBRO.members());
    assertEquals(ImmutableSet.of(Region.VASTERNORRLAND, Region.JAMTLAND_HARJEDALEN,
            Region.VASTERBOTTEN, Region.NORRBOTTEN),
        HealthcareRegion.NORTH.members());
  }

  @Test
  void namesInTheOrdinanceAndInUse() {
    // seed 003 table, column "Benämning i förordningen", and footnote *: the healthcare regions
    // use other names than the ordinance.
    assertEquals("Stockholmsregionen", HealthcareRegion.STOCKHOLM.ordinanceName());
    assertEquals("Linköpingsregionen", HealthcareRegion.SOUTH_EAST.ordinanceName());
    assertEquals("Lund/Malmöregionen", HealthcareRegion.SOUTH.ordinanceName());
    assertEquals("Göteborgsregionen", HealthcareRegion.WEST.ordinanceName());
    assertEquals("Uppsala/Örebroregionen", HealthcareRegion.UPPSALA_OREBRO.ordinanceName());
    assertEquals("Umeåregionen", HealthcareRegion.NORTH.ordinanceName());
    assertEquals("Sydöstra sjukvårdsregionen", HealthcareRegion.SOUTH_EAST.commonName());
    assertEquals("Uppsala-Örebro sjukvårdsregion", HealthcareRegion.UPPSALA_OREBRO.commonName());
    // seed 004_1c6d98940c57bcb2.txt: "Sjukvårdsregion Mellansveriges kanslifunktion".
    assertTrue(HealthcareRegion.UPPSALA_OREBRO.otherNames()
        .containsKey("Sjukvårdsregion Mellansverige"));
    assertTrue(HealthcareRegion.NORTH.otherNames().isEmpty());
  }

  @Test
  void hallandIsInTwoAndEveryOtherRegionInOne() {
    // seed 003, footnote ***: "Region Halland ingår i två sjukvårdsregioner".
    assertEquals(ImmutableSet.of(HealthcareRegion.SOUTH, HealthcareRegion.WEST),
        HealthcareRegion.of(Region.HALLAND));
    for (Region r : Region.values()) {
      assertEquals(r == Region.HALLAND ? 2 : 1, HealthcareRegion.of(r).size(), r.countyCode());
    }
    assertEquals(ImmutableSet.of(HealthcareRegion.SOUTH_EAST),
        HealthcareRegion.of(Region.JONKOPING));
  }

  @Test
  void hallandSplitByMunicipality() {
    // seed 003 line ~1073: "södra delen av Region Halland (kommunerna Halmstad, Laholm och
    // Hylte)"; the northern part (Falkenberg, Kungsbacka, Varberg) from förordning (1982:777),
    // Göteborgsregionen, the predecessor of 3 kap. 1 § HSF.
    assertEquals(ImmutableSet.of("Halmstad", "Laholm", "Hylte"),
        HealthcareRegion.SOUTH.partialMembership(Region.HALLAND).get().municipalities());
    assertEquals(ImmutableSet.of("Falkenberg", "Kungsbacka", "Varberg"),
        HealthcareRegion.WEST.partialMembership(Region.HALLAND).get().municipalities());
    assertFalse(HealthcareRegion.WEST.partialMembership(Region.VASTRA_GOTALAND).isPresent());
    assertFalse(HealthcareRegion.NORTH.partialMembership(Region.HALLAND).isPresent());
    assertEquals(2, HealthcareRegion.splits().size());
    HealthcareRegion.splits().forEach(p -> assertTrue(
        p.healthcareRegion().members().contains(p.region())));
  }

  @Test
  void institutionsAndAlfRegions() {
    // seed 003 table, column "Lärosäten med hälso- och sjukvårdsutbildning i regionen".
    assertTrue(HealthcareRegion.STOCKHOLM.institutions().contains("Karolinska institutet"));
    assertTrue(HealthcareRegion.SOUTH.institutions().contains("Lunds universitet"));
    assertTrue(HealthcareRegion.SOUTH_EAST.institutions().contains("Linnéuniversitetet"));
    assertTrue(HealthcareRegion.SOUTH.institutions().contains("Linnéuniversitetet"));
    assertEquals(3, HealthcareRegion.NORTH.institutions().size());
    // facts.md §1.3: two ALF regions in one healthcare region.
    assertEquals(ImmutableSet.of(AlfRegion.UPPSALA, AlfRegion.OREBRO),
        HealthcareRegion.UPPSALA_OREBRO.alfRegions());
    assertEquals(ImmutableSet.of(AlfRegion.VASTERBOTTEN), HealthcareRegion.NORTH.alfRegions());
    Arrays.stream(HealthcareRegion.values()).forEach(h ->
        assertTrue(h.citation().seedFile().isPresent(), h.name()));
  }

  @Test
  void partialMembershipIsAValue() {
    Citation c = Citation.of("x", "y");
    PartialMembership a = PartialMembership.builder().region(Region.HALLAND)
        .healthcareRegion(HealthcareRegion.SOUTH).municipalities(ImmutableSet.of("Halmstad"))
        .citation(c).build();
    new EqualsTester()
        .addEqualityGroup(a, PartialMembership.builder().from(a).build())
        .addEqualityGroup(
            PartialMembership.builder().from(a).healthcareRegion(HealthcareRegion.WEST).build())
        .addEqualityGroup(
            PartialMembership.builder().from(a).municipalities(ImmutableSet.of("Laholm")).build())
        .testEquals();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PartialMembership.builder().from(a).municipalities(ImmutableSet.<String>of())
            .build());
    assertEquals("municipalities of Region Halland in Södra sjukvårdsregionen must not be empty",
        e.getMessage());
    new NullPointerTester().testAllPublicInstanceMethods(a);
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().setDefault(Region.class, Region.HALLAND)
        .testAllPublicStaticMethods(HealthcareRegion.class);
    new NullPointerTester().setDefault(Region.class, Region.HALLAND)
        .testAllPublicInstanceMethods(HealthcareRegion.SOUTH);
  }
}
