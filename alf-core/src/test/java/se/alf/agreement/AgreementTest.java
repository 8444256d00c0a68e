package se.alf.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.alf.party.AlfRegion;
import se.alf.party.Region;
import se.alf.party.University;
import se.alf.source.Citation;
import se.alf.time.NoValueOnDateException;

class AgreementTest {

  private static final LocalDate D = LocalDate.of(2015, 3, 24);

  private static Agreement.Builder ralf() {
    return Agreement.builder().id("ralf-x").kind(AgreementKind.REGIONAL).title("RALF X")
        .addParty(Party.of(University.LINKOPING)).addParty(Party.of(Region.OSTERGOTLAND))
        .signed(DateBounds.on(D)).inForceFrom(DateBounds.unknownNotBefore(D))
        .parentId("alf-2014").alfRegion(AlfRegion.OSTERGOTLAND)
        .citation(Citation.of("LiU–Region Östergötland slides", "slide 1"));
  }

  @Test
  void statusFollowsWhatIsKnownOfTheStart() {
    Agreement exact = ralf().inForceFrom(DateBounds.on(D)).build();
    assertEquals(InForce.NOT_IN_FORCE, exact.statusOn(D.minusDays(1)));
    assertEquals(InForce.IN_FORCE, exact.statusOn(D));
    Agreement year = ralf().signed(DateBounds.inYear(Year.of(2015)))
        .inForceFrom(DateBounds.inYear(Year.of(2015))).build();
    assertEquals(InForce.NOT_IN_FORCE, year.statusOn(LocalDate.of(2014, 12, 31)));
    assertEquals(InForce.UNKNOWN, year.statusOn(LocalDate.of(2015, 1, 1)));
    assertEquals(InForce.UNKNOWN, year.statusOn(LocalDate.of(2015, 12, 30)));
    assertEquals(InForce.IN_FORCE, year.statusOn(LocalDate.of(2015, 12, 31)));
    Agreement open = ralf().build();
    assertEquals(InForce.NOT_IN_FORCE, open.statusOn(D.minusDays(1)));
    assertEquals(InForce.UNKNOWN, open.statusOn(D));
    assertEquals(InForce.UNKNOWN, open.statusOn(LocalDate.of(2100, 1, 1)));
    // Not in force before it is signed, even when nothing is known of the day it took effect.
    Agreement noStart = ralf().inForceFrom(DateBounds.unknown()).build();
    assertEquals(InForce.NOT_IN_FORCE, noStart.statusOn(D.minusDays(1)));
    assertEquals(InForce.UNKNOWN, noStart.statusOn(D));
    // A start known only by year cannot lie before the signing day.
    Agreement late = ralf().signed(DateBounds.on(LocalDate.of(2015, 6, 1)))
        .inForceFrom(DateBounds.inYear(Year.of(2015))).build();
    assertEquals(InForce.NOT_IN_FORCE, late.statusOn(LocalDate.of(2015, 5, 31)));
    assertEquals(InForce.UNKNOWN, late.statusOn(LocalDate.of(2015, 6, 1)));
  }

  @Test
  void rejectsBadAgreementsNamingTheRule() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ralf().id("RALF X").build());
    assertEquals("agreement id 'RALF X' must be lower-case words joined by '-'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ralf().parentId(
        java.util.Optional.empty()).build());
    assertEquals("agreement ralf-x of kind REGIONAL must have a parent, had Optional.empty",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ralf().addParty(Party.state()).build());
    assertEquals("agreement ralf-x of kind REGIONAL must not have the state among its parties",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ralf().kind(AgreementKind.AFFILIATION).build());
    assertEquals("agreement ralf-x of kind AFFILIATION must have affiliated regions, had []",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ralf().inForceFrom(DateBounds.on(D.minusDays(1))).build());
    assertEquals("agreement ralf-x cannot take effect (latest 2015-03-23) before it can have been "
        + "signed (earliest 2015-03-24)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ralf().title(" ").build());
    assertEquals("title of agreement ralf-x must not be blank", e.getMessage());
  }

  @Test
  void partiesAreValues() {
    assertEquals("svenska staten", Party.state().nameOn(D));
    assertEquals("Linköpings universitet", Party.of(University.LINKOPING).nameOn(D));
    assertEquals("Region Östergötland", Party.of(Region.OSTERGOTLAND).nameOn(D));
    // No name known for Gotland before 2018-10-24 (seed 003): nameOn does not substitute today's
    // name, as Region.nameOn does not; findNameOn says so with an empty result.
    assertThrows(NoValueOnDateException.class, () -> Party.of(Region.GOTLAND).nameOn(D));
    assertEquals(Optional.empty(), Party.of(Region.GOTLAND).findNameOn(D));
    assertEquals("Region Gotland", Party.of(Region.GOTLAND).currentName());
    assertEquals(Optional.of("Region Gotland"),
        Party.of(Region.GOTLAND).findNameOn(LocalDate.of(2018, 10, 24)));
    assertEquals(Optional.of("Region Östergötland"), Party.of(Region.OSTERGOTLAND).findNameOn(D));
    assertEquals(Optional.of("svenska staten"), Party.state().findNameOn(LocalDate.of(1900, 1, 1)));
    assertEquals(Optional.of("Linköpings universitet"),
        Party.of(University.LINKOPING).findNameOn(LocalDate.of(1900, 1, 1)));
    new EqualsTester()
        .addEqualityGroup(Party.state(), Party.builder().kind(Party.Kind.STATE).build())
        .addEqualityGroup(Party.of(Region.UPPSALA))
        .addEqualityGroup(Party.of(University.UPPSALA))
        .testEquals();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Party.builder().kind(Party.Kind.STATE).region(Region.SKANE).build());
    assertEquals("party of kind STATE must not have a region, had Optional[Region Skåne]",
        e.getMessage());
    NullPointerTester npt = new NullPointerTester().setDefault(LocalDate.class, D)
        .setDefault(Region.class, Region.SKANE).setDefault(University.class, University.LUND);
    npt.testAllPublicStaticMethods(Party.class);
    npt.testAllPublicInstanceMethods(Party.state());
    npt.testAllPublicInstanceMethods(Party.of(Region.SKANE));
  }

  @Test
  void agreementIsAValue() {
    Agreement a = ralf().build();
    new EqualsTester()
        .addEqualityGroup(a, ralf().build(), Agreement.builder().from(a).build())
        .addEqualityGroup(Agreement.builder().from(a).id("ralf-y").build())
        .addEqualityGroup(
            Agreement.builder().from(a).signed(DateBounds.inYear(Year.of(2015))).build())
        .addEqualityGroup(Agreement.builder().from(a).title("other").build())
        .testEquals();
    new NullPointerTester().setDefault(LocalDate.class, D)
        .setDefault(DateBounds.class, DateBounds.unknown())
        .setDefault(Citation.class, Citation.of("x", "y"))
        .testAllPublicInstanceMethods(a);
  }

  @Test
  void inForceCombinesToTheLessCertain() {
    assertEquals(InForce.UNKNOWN, InForce.IN_FORCE.and(InForce.UNKNOWN));
    assertEquals(InForce.NOT_IN_FORCE, InForce.UNKNOWN.and(InForce.NOT_IN_FORCE));
    assertEquals(InForce.IN_FORCE, InForce.IN_FORCE.and(InForce.IN_FORCE));
  }
}
