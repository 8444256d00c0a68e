package se.alf.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.alf.time.DatedValue;
import se.alf.time.NoValueOnDateException;

class RegionNamesTest {

  private static final LocalDate SEED_003_DATE = LocalDate.of(2018, 10, 24);

  @Test
  void namesOfTheSevenPartiesOf2014() {
    // facts.md §1.1: SKL's press release 2014-09-12 names the parties of the agreement signed
    // 2014-09-11.
    LocalDate signed = LocalDate.of(2014, 9, 11);
    assertEquals("Stockholms läns landsting", Region.STOCKHOLM.nameOn(signed));
    assertEquals("Västra Götalandsregionen", Region.VASTRA_GOTALAND.nameOn(signed));
    assertEquals("Region Skåne", Region.SKANE.nameOn(signed));
    assertEquals("Landstinget i Uppsala län", Region.UPPSALA.nameOn(signed));
    assertEquals("Västerbottens läns landsting", Region.VASTERBOTTEN.nameOn(signed));
    assertEquals("Landstinget i Östergötland", Region.OSTERGOTLAND.nameOn(signed));
    assertEquals("Örebro läns landsting", Region.OREBRO.nameOn(signed));
  }

  @Test
  void namesInTheTableOfSeed003() {
    // seed 003_3f344534afb64a8d.txt, table of healthcare regions, memo dated 2018-10-24.
    ImmutableMap<Region, String> table = ImmutableMap.<Region, String>builder()
        .put(Region.STOCKHOLM, "Stockholms läns landsting")
        .put(Region.GOTLAND, "Region Gotland")
        .put(Region.OSTERGOTLAND, "Region Östergötland")
        .put(Region.JONKOPING, "Region Jönköpings län")
        .put(Region.KALMAR, "Landstinget i Kalmar län")
        .put(Region.KRONOBERG, "Region Kronoberg")
        .put(Region.BLEKINGE, "Landstinget Blekinge")
        .put(Region.SKANE, "Region Skåne")
        .put(Region.HALLAND, "Region Halland")
        .put(Region.VASTRA_GOTALAND, "Västra Götalandsregionen")
        .put(Region.UPPSALA, "Region Uppsala")
        .put(Region.SODERMANLAND, "Landstinget Sörmland")
        .put(Region.VARMLAND, "Landstinget i Värmland")
        .put(Region.OREBRO, "Region Örebro län")
        .put(Region.VASTMANLAND, "Region Västmanland")
        .put(Region.DALARNA, "Landstinget Dalarna")
        .put(Region.GAVLEBORG, "Region Gävleborg")
        .put(Region.VASTERNORRLAND, "Region Västernorrland")
        .put(Region.JAMTLAND_HARJEDALEN, "Region Jämtland Härjedalen")
        .put(Region.VASTERBOTTEN, "Västerbottens läns landsting")
        .put(Region.NORRBOTTEN, "Region Norrbotten")
        .build();
    assertEquals(21, table.size());
    table.forEach((r, name) -> assertEquals(name, r.nameOn(SEED_003_DATE), r.countyCode()));
  }

  @Test
  void namesInTheAgreementsOfSeed001() {
    // seed 001_5fd3045e73aeef0c.txt, slide 1: RALF 2015-03-24 "Region Östergötland";
    // anknytningsavtal 2017-03-23 with "Region Jönköpings län" and (Landstinget) Kalmar län.
    assertEquals("Region Östergötland", Region.OSTERGOTLAND.nameOn(LocalDate.of(2015, 3, 24)));
    assertEquals("Region Jönköpings län", Region.JONKOPING.nameOn(LocalDate.of(2017, 3, 23)));
    assertEquals("Landstinget i Kalmar län", Region.KALMAR.nameOn(LocalDate.of(2017, 3, 23)));
  }

  @Test
  void theLastSevenLandstingBecameRegionsOn2019_01_01() {
    // Reglab, "Nya regioner 2019"; Region Stockholm's own notice of 2018-12.
    LocalDate eve = LocalDate.of(2018, 12, 31);
    LocalDate day = LocalDate.of(2019, 1, 1);
    assertEquals("Stockholms läns landsting", Region.STOCKHOLM.nameOn(eve));
    assertEquals("Region Stockholm", Region.STOCKHOLM.nameOn(day));
    assertEquals("Västerbottens läns landsting", Region.VASTERBOTTEN.nameOn(eve));
    assertEquals("Region Västerbotten", Region.VASTERBOTTEN.nameOn(day));
    assertEquals("Region Kalmar län", Region.KALMAR.nameOn(day));
    assertEquals("Region Blekinge", Region.BLEKINGE.nameOn(day));
    assertEquals("Region Sörmland", Region.SODERMANLAND.nameOn(day));
    assertEquals("Region Värmland", Region.VARMLAND.nameOn(day));
    assertEquals("Region Dalarna", Region.DALARNA.nameOn(day));
  }

  @Test
  void otherSourcedChanges() {
    // Region Uppsala from 2017 (lul.se "Namnbyte"); Västernorrland renamed from 2018-02-01
    // (Taltidningen Västernorrland 2017 v26); Örebro a region from 2015 (Vårdfokus 2015-01-02).
    assertEquals("Landstinget i Uppsala län", Region.UPPSALA.nameOn(LocalDate.of(2016, 12, 31)));
    assertEquals("Region Uppsala", Region.UPPSALA.nameOn(LocalDate.of(2017, 1, 1)));
    assertEquals("Landstinget Västernorrland",
        Region.VASTERNORRLAND.nameOn(LocalDate.of(2018, 1, 31)));
    assertEquals("Region Västernorrland", Region.VASTERNORRLAND.nameOn(LocalDate.of(2018, 2, 1)));
    assertEquals("Örebro läns landsting", Region.OREBRO.nameOn(LocalDate.of(2014, 12, 31)));
    assertEquals("Region Örebro län", Region.OREBRO.nameOn(LocalDate.of(2015, 1, 1)));
  }

  @Test
  void namesOfSeed004In2023() {
    // seed 004_1c6d98940c57bcb2.txt (annual report 2023): Region Värmland, Region Sörmland,
    // Region Dalarna, Region Uppsala, Region Västmanland, Region Gävleborg.
    LocalDate y2023 = LocalDate.of(2023, 12, 31);
    assertEquals("Region Värmland", Region.VARMLAND.nameOn(y2023));
    assertEquals("Region Sörmland", Region.SODERMANLAND.nameOn(y2023));
    assertEquals("Region Dalarna", Region.DALARNA.nameOn(y2023));
    assertEquals("Region Uppsala", Region.UPPSALA.nameOn(y2023));
    assertEquals("Region Västmanland", Region.VASTMANLAND.nameOn(y2023));
    assertEquals("Region Gävleborg", Region.GAVLEBORG.nameOn(y2023));
  }

  @Test
  void beforeTheFirstKnownNameThereIsNone() {
    NoValueOnDateException e = assertThrows(NoValueOnDateException.class,
        () -> Region.STOCKHOLM.nameOn(LocalDate.of(2014, 9, 10)));
    assertEquals(LocalDate.of(2014, 9, 10), e.date());
    assertTrue(e.getMessage().contains("01"), e.getMessage());
    // Gotland's name is known only as seed 003 uses it on 2018-10-24.
    assertThrows(NoValueOnDateException.class,
        () -> Region.GOTLAND.nameOn(SEED_003_DATE.minusDays(1)));
    assertFalse(RegionNames.find(Region.GOTLAND, SEED_003_DATE.minusDays(1)).isPresent());
    assertEquals("Region Gotland", RegionNames.find(Region.GOTLAND, SEED_003_DATE).get().value());
  }

  @Test
  void everyNameIsCitedAndTheLastIsTheCurrentName() {
    for (Region r : Region.values()) {
      assertFalse(r.names().values().isEmpty(), r.countyCode());
      for (DatedValue<String> v : r.names().values()) {
        assertTrue(v.citation().url().isPresent() || v.citation().seedFile().isPresent(),
            v.toString());
      }
      assertEquals(r.currentName(), r.names().values().get(r.names().values().size() - 1).value());
      assertEquals(r.names(), RegionNames.of(r));
    }
  }

  @Test
  void onceKnownANameIsKnownOnEveryLaterDay() {
    qt().forAll(integers().between(0, Region.values().length - 1),
            integers().between(0, 20_000), integers().between(0, 20_000))
        .check((i, a, b) -> {
          Region r = Region.values()[i];
          LocalDate first = LocalDate.of(2010, 1, 1).plusDays(Math.min(a, b));
          LocalDate later = LocalDate.of(2010, 1, 1).plusDays(Math.max(a, b));
          return RegionNames.find(r, first).isEmpty() || RegionNames.find(r, later).isPresent();
        });
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().setDefault(LocalDate.class, SEED_003_DATE)
        .setDefault(Region.class, Region.HALLAND)
        .testAllPublicStaticMethods(RegionNames.class);
  }
}
