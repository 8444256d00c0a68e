package se.alf.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.alf.party.AlfRegion;
import se.alf.party.HealthcareRegion;
import se.alf.party.Region;
import se.alf.source.Citation;

class AgreementLandscapeTest {

  private static final AgreementLandscape SWEDEN = AgreementLandscape.sweden();

  private static Agreement get(String id) {
    return SWEDEN.find(id).orElseThrow();
  }

  private static LocalDate day(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  @Test
  void theNationalAgreement() {
    // seed 001_5fd3045e73aeef0c.txt slide 1: "Nationellt ALF-avtal 2014-09-11 – Staten och sju
    // universitetslandsting"; facts.md §2.1: in force from 2015-01-01.
    Agreement national = SWEDEN.national();
    assertEquals("alf-2014", national.id());
    assertEquals(AgreementKind.NATIONAL, national.kind());
    assertEquals("Avtal mellan svenska staten och vissa landsting om samarbete om utbildning av "
        + "läkare, klinisk forskning och utveckling av hälso- och sjukvården", national.title());
    assertEquals(DateBounds.on(day(2014, 9, 11)), national.signed());
    assertEquals(DateBounds.on(day(2015, 1, 1)), national.inForceFrom());
    assertEquals(InForce.NOT_IN_FORCE, national.statusOn(day(2014, 12, 31)));
    assertEquals(InForce.IN_FORCE, national.statusOn(day(2015, 1, 1)));
    // facts.md §1.1: the state and the seven county councils, with their 2014 names.
    assertEquals(8, national.parties().size());
    assertTrue(national.parties().contains(Party.state()));
    assertEquals(ImmutableList.of("svenska staten", "Stockholms läns landsting",
            "Västra Götalandsregionen", "Region Skåne", "Landstinget i Uppsala län",
            "Västerbottens läns landsting", "Landstinget i Östergötland", "Örebro läns landsting"),
        national.parties().stream().map(p -> p.nameOn(day(2014, 9, 11)))
            .collect(ImmutableList.toImmutableList()));
    assertEquals(Optional.empty(), national.alfRegion());
  }

  @Test
  void theNationalAgreementCitesTheSeedThatHoldsItsTitle() {
    // The full title is in Region Västerbotten's response, seed 000_13ed2d48ae91e5ee.txt
    // (lines 11–13: "Avtalet mellan svenska staten och vissa landsting om samarbete om
    // utbildning av läkare, klinisk forskning och utveckling av hälso- och sjuk-vården"); seed
    // 001_5fd3045e73aeef0c.txt has only "Nationellt ALF-avtal 2014-09-11".
    Citation c = SWEDEN.national().citation();
    assertEquals(Optional.of("000_13ed2d48ae91e5ee.txt"), c.seedFile());
    String note = c.note().orElseThrow();
    assertTrue(note.contains("klinisk forskning och utveckling av hälso- och sjuk-vården"), note);
    // the notes name the documents, not the seed files (issue 7 §5)
    assertTrue(note.contains("Region Västerbotten, remissvar, opening paragraph"), note);
    assertTrue(note.contains("2014-09-11") && note.contains("LiU–Region Östergötland slides"),
        note);
    assertFalse(note.contains("seed 0"), note);
  }

  @Test
  void everyAlfRegionHasARegionalAgreement() {
    for (AlfRegion a : AlfRegion.values()) {
      Agreement ralf = SWEDEN.regionalAgreement(a).orElseThrow();
      assertEquals(AgreementKind.REGIONAL, ralf.kind());
      assertEquals(Optional.of(a), ralf.alfRegion());
      assertEquals(Optional.of("alf-2014"), ralf.parentId());
      assertEquals(ImmutableSet.of(Party.of(a.university()), Party.of(a.region())),
          ralf.parties());
      // A RALF cannot precede the national agreement, signed 2014-09-11.
      assertEquals(InForce.NOT_IN_FORCE, ralf.statusOn(day(2014, 9, 10)), a.name());
    }
  }

  @Test
  void ostergotlandRalfSigned2015_03_24() {
    // seed 001 slide 1: "Regionalt ALF-avtal 2015-03-24 – Linköpings universitet och Region
    // Östergötland"; seed 003 (2018-10-24): USB's collaboration rests on the R-ALF.
    Agreement ralf = SWEDEN.regionalAgreement(AlfRegion.OSTERGOTLAND).orElseThrow();
    assertEquals("ralf-ostergotland", ralf.id());
    assertEquals(DateBounds.on(day(2015, 3, 24)), ralf.signed());
    assertEquals(InForce.NOT_IN_FORCE, ralf.statusOn(day(2015, 3, 23)));
    assertEquals(InForce.UNKNOWN, ralf.statusOn(day(2015, 3, 24)));
    assertEquals(InForce.UNKNOWN, ralf.statusOn(day(2018, 10, 23)));
    assertEquals(InForce.IN_FORCE, ralf.statusOn(day(2018, 10, 24)));
  }

  @Test
  void ralfDatesKnownOnlyByYear() {
    // seed 003 line ~842: KI–SLL "det regionala ALF-avtalet från 2016".
    Agreement stockholm = get("ralf-stockholm");
    assertEquals(InForce.NOT_IN_FORCE, stockholm.statusOn(day(2015, 12, 31)));
    assertEquals(InForce.UNKNOWN, stockholm.statusOn(day(2016, 6, 1)));
    assertEquals(InForce.IN_FORCE, stockholm.statusOn(day(2016, 12, 31)));
    // facts.md §1.2 (LU Intramed): Skåne's RALF "since 2015".
    Agreement skane = get("ralf-skane");
    assertEquals(InForce.UNKNOWN, skane.statusOn(day(2015, 6, 1)));
    assertEquals(InForce.IN_FORCE, skane.statusOn(day(2016, 1, 1)));
    // seed 003 line ~1620: Västerbotten's RALF "tecknades 2015"; in place in the 2018-10-24 memo.
    Agreement vasterbotten = get("ralf-vasterbotten");
    assertEquals(java.time.Year.of(2015), vasterbotten.signed().year().orElseThrow());
    assertEquals(InForce.NOT_IN_FORCE, vasterbotten.statusOn(day(2014, 12, 31)));
    assertEquals(InForce.UNKNOWN, vasterbotten.statusOn(day(2017, 1, 1)));
    assertEquals(InForce.IN_FORCE, vasterbotten.statusOn(day(2018, 10, 24)));
    // facts.md §1.2 (UU): Uppsala's RALF 2015; the day it took effect is not known.
    assertEquals(java.time.Year.of(2015), get("ralf-uppsala").signed().year().orElseThrow());
    assertEquals(InForce.UNKNOWN, get("ralf-uppsala").statusOn(day(2030, 1, 1)));
  }

  @Test
  void vastraGotalandAndOrebroDatesAreUnknown() {
    // facts.md §1.2: no date found for the RALFs of VGR and Örebro.
    for (String id : new String[] {"ralf-vastra-gotaland", "ralf-orebro"}) {
      Agreement a = get(id);
      assertFalse(a.signed().earliest().isEmpty());
      assertEquals(Optional.empty(), a.inForceFrom().latest(), id);
      assertEquals(InForce.UNKNOWN, a.statusOn(day(2014, 9, 11)), id);
      assertEquals(InForce.UNKNOWN, a.statusOn(day(2030, 1, 1)), id);
    }
  }

  @Test
  void affiliationsToTheOstergotlandRalf() {
    // seed 001 slide 1: "Anknytningsavtal till RALF 2017-03-23 – LiU/RÖ med Region Jönköpings
    // län och Landstinget Kalmar län".
    ImmutableList<Agreement> list = SWEDEN.affiliations(AlfRegion.OSTERGOTLAND);
    assertEquals(1, list.size());
    Agreement a = list.get(0);
    assertEquals("anknytning-ostergotland-2017", a.id());
    assertEquals(AgreementKind.AFFILIATION, a.kind());
    assertEquals(ImmutableSet.of(Region.JONKOPING, Region.KALMAR), a.affiliatedRegions());
    assertEquals(Optional.of("ralf-ostergotland"), a.parentId());
    assertEquals(DateBounds.on(day(2017, 3, 23)), a.signed());
    assertEquals(InForce.NOT_IN_FORCE, a.statusOn(day(2017, 3, 22)));
    assertEquals(InForce.UNKNOWN, a.statusOn(day(2017, 3, 23)));
  }

  @Test
  void theOstergotlandAffiliationIsInForceByTheMemoThatDescribesItsCollaboration() {
    // Seed 003 (memo 2018-10-24, USB): "en formaliserad samverkan mellan Linköpings universitet
    // och de tre landstingen i sjukvårdsregionen" that "utgår från det regionala ALF-avtalet,
    // R-ALF": the same evidence that puts Västerbotten's hängavtal (NUSS) in force by that date.
    Agreement a = get("anknytning-ostergotland-2017");
    Agreement hang = get("anknytning-vasterbotten");
    assertEquals(DateBounds.between(day(2017, 3, 23), day(2018, 10, 24)), a.inForceFrom());
    assertEquals(day(2018, 10, 24), hang.inForceFrom().latest().orElseThrow());
    for (Agreement x : ImmutableList.of(a, hang, get("ralf-ostergotland"),
        get("ralf-vasterbotten"))) {
      assertEquals(InForce.UNKNOWN, x.statusOn(day(2018, 10, 23)), x.id());
      assertEquals(InForce.IN_FORCE, x.statusOn(day(2018, 10, 24)), x.id());
      assertEquals(InForce.IN_FORCE, x.statusOn(day(2030, 1, 1)), x.id());
    }
  }

  @Test
  void theKnownUnknownsAreTheRalfsNoSourceDates() {
    // No source gives the date of the RALF of VGR, Uppsala (the year of signing only) or Örebro,
    // and no dated source describes them as current.
    assertEquals(ImmutableList.of(get("ralf-vastra-gotaland"), get("ralf-uppsala"),
        get("ralf-orebro")), SWEDEN.knownUnknowns());
    for (Agreement a : SWEDEN.agreements()) {
      // A known unknown is never in force; every other agreement is by 2019 at the latest.
      boolean inForce = a.statusOn(day(2019, 1, 1)) == InForce.IN_FORCE;
      assertEquals(!a.startUnbounded(), inForce, a.id());
    }
  }

  @Test
  void hangavtalToTheVasterbottenRalf() {
    // seed 003 (NUSS): "hängavtal med ... Region Norrbotten, Region Jämtland Härjedalen och
    // Region Västernorrland"; no date.
    Agreement a = SWEDEN.affiliations(AlfRegion.VASTERBOTTEN).get(0);
    assertEquals(ImmutableSet.of(Region.NORRBOTTEN, Region.JAMTLAND_HARJEDALEN,
        Region.VASTERNORRLAND), a.affiliatedRegions());
    assertEquals(Optional.of("ralf-vasterbotten"), a.parentId());
    assertFalse(a.signed().isExact());
    assertEquals(InForce.UNKNOWN, a.statusOn(day(2016, 6, 1)));
  }

  @Test
  void noAffiliationAgreementsWhereNoneWasFound() {
    // facts.md §1.2: Örebro with Värmland and Dalarna is not an anknytningsavtal; none found for
    // Stockholm, VGR, Skåne, Uppsala.
    for (AlfRegion a : new AlfRegion[] {AlfRegion.OREBRO, AlfRegion.STOCKHOLM,
        AlfRegion.VASTRA_GOTALAND, AlfRegion.SKANE, AlfRegion.UPPSALA}) {
      assertTrue(SWEDEN.affiliations(a).isEmpty(), a.name());
    }
    assertEquals(10, SWEDEN.agreements().size());
  }

  @Test
  void jonkopingIsBoundFromTheDayOfItsAffiliationAgreement() {
    // seed 001: the affiliation agreement of 2017-03-23.
    RalfBinding b = SWEDEN.bindingRalf(Region.JONKOPING, day(2017, 3, 23)).orElseThrow();
    assertEquals("ralf-ostergotland", b.ralf().id());
    assertEquals("anknytning-ostergotland-2017", b.affiliation().orElseThrow().id());
    assertFalse(b.direct());
    // The day it took effect is not given: unknown, not invented.
    assertEquals(InForce.UNKNOWN, b.status());
    assertEquals(Optional.empty(), SWEDEN.bindingRalf(Region.JONKOPING, day(2017, 3, 22)));
    assertTrue(SWEDEN.bindingRalf(Region.KALMAR, day(2020, 1, 1)).isPresent());
  }

  @Test
  void directBindingAndNone() {
    RalfBinding own = SWEDEN.bindingRalf(Region.OSTERGOTLAND, day(2019, 1, 1)).orElseThrow();
    assertTrue(own.direct());
    assertEquals(InForce.IN_FORCE, own.status());
    // The national agreement takes effect only on 2015-01-01: no binding before, whatever a RALF.
    assertEquals(Optional.empty(), SWEDEN.bindingRalf(Region.SKANE, day(2014, 12, 31)));
    // Gotland and Halland: no RALF and no affiliation agreement found.
    assertEquals(Optional.empty(), SWEDEN.bindingRalf(Region.GOTLAND, day(2020, 1, 1)));
    assertEquals(Optional.empty(), SWEDEN.bindingRalf(Region.HALLAND, day(2020, 1, 1)));
    RalfBinding north = SWEDEN.bindingRalf(Region.NORRBOTTEN, day(2020, 1, 1)).orElseThrow();
    assertEquals("ralf-vasterbotten", north.ralf().id());
    assertEquals(InForce.IN_FORCE, north.status());
  }

  @Test
  void inForceOnADate() {
    assertTrue(SWEDEN.inForceOn(day(2014, 10, 1)).isEmpty());
    ImmutableMap<Agreement, InForce> on = SWEDEN.inForceOn(day(2015, 1, 1));
    assertEquals(InForce.IN_FORCE, on.get(SWEDEN.national()));
    assertEquals(InForce.UNKNOWN, on.get(get("ralf-skane")));
    assertFalse(on.containsKey(get("ralf-stockholm")));
    assertFalse(on.containsKey(get("ralf-ostergotland")));
    assertEquals(SWEDEN.agreements().size(), SWEDEN.inForceOn(day(2030, 1, 1)).size());
  }

  @Test
  void healthcareRegionsOfAParty() {
    assertEquals(ImmutableSet.of(HealthcareRegion.SOUTH, HealthcareRegion.WEST),
        SWEDEN.healthcareRegions(Region.HALLAND));
  }

  @Test
  void everyAgreementIsCited() {
    for (Agreement a : SWEDEN.agreements()) {
      assertTrue(a.citation().seedFile().isPresent() || a.citation().url().isPresent(), a.id());
    }
  }

  @Test
  void statusIsMonotoneInTheDate() {
    qt().forAll(integers().between(0, SWEDEN.agreements().size() - 1),
            integers().between(0, 8000), integers().between(0, 8000))
        .check((i, a, b) -> {
          Agreement ag = SWEDEN.agreements().get(i);
          LocalDate first = day(2013, 1, 1).plusDays(Math.min(a, b));
          LocalDate later = day(2013, 1, 1).plusDays(Math.max(a, b));
          return ag.statusOn(first).compareTo(ag.statusOn(later)) <= 0;
        });
  }

  @Test
  void bindingIsMonotoneInTheDate() {
    qt().forAll(integers().between(0, Region.values().length - 1),
            integers().between(0, 8000), integers().between(0, 8000))
        .check((i, a, b) -> {
          Region r = Region.values()[i];
          LocalDate first = day(2013, 1, 1).plusDays(Math.min(a, b));
          LocalDate later = day(2013, 1, 1).plusDays(Math.max(a, b));
          Optional<RalfBinding> x = SWEDEN.bindingRalf(r, first);
          Optional<RalfBinding> y = SWEDEN.bindingRalf(r, later);
          return x.isEmpty()
              || (y.isPresent() && x.get().status().compareTo(y.get().status()) <= 0);
        });
  }

  @Test
  void rejectsInconsistentLandscapes() {
    Agreement national = SWEDEN.national();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AgreementLandscape.of(ImmutableList.of(national, national)));
    assertEquals("agreement id 'alf-2014' must be unique", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> AgreementLandscape.of(ImmutableList.of(get("ralf-skane"))));
    assertEquals("a landscape must have exactly one national agreement, had 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> AgreementLandscape.of(
        ImmutableList.of(national, get("anknytning-ostergotland-2017"))));
    assertEquals("parent 'ralf-ostergotland' of agreement anknytning-ostergotland-2017 is not in "
        + "the landscape", e.getMessage());
  }

  @Test
  void valueSemantics() {
    new EqualsTester()
        .addEqualityGroup(SWEDEN, AgreementLandscape.of(SWEDEN.agreements()))
        .addEqualityGroup(AgreementLandscape.of(ImmutableList.of(SWEDEN.national())))
        .testEquals();
    RalfBinding b = SWEDEN.bindingRalf(Region.KALMAR, day(2020, 1, 1)).orElseThrow();
    new EqualsTester()
        .addEqualityGroup(b, RalfBinding.builder().from(b).build())
        .addEqualityGroup(RalfBinding.builder().from(b).date(day(2021, 1, 1)).build())
        .addEqualityGroup(SWEDEN.bindingRalf(Region.OSTERGOTLAND, day(2020, 1, 1)).orElseThrow())
        .testEquals();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RalfBinding.builder().from(b).status(InForce.NOT_IN_FORCE).build());
    assertEquals("status of the binding of Region Kalmar län on 2020-01-01 must not be "
        + "NOT_IN_FORCE (then there is no binding)", e.getMessage());
    NullPointerTester npt = new NullPointerTester().setDefault(LocalDate.class, day(2020, 1, 1))
        .setDefault(Region.class, Region.KALMAR).setDefault(AlfRegion.class, AlfRegion.SKANE)
        .setDefault(Agreement.class, SWEDEN.national())
        .setDefault(InForce.class, InForce.UNKNOWN);
    npt.testAllPublicStaticMethods(AgreementLandscape.class);
    npt.testAllPublicInstanceMethods(SWEDEN);
    npt.testAllPublicInstanceMethods(b);
  }
}
