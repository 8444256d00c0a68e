package se.alf.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.alf.party.AlfRegion;

/**
 * The table of Swedish agreements as {@code SwedishAgreements.all()} builds it, called afresh in
 * each test rather than read from {@code AgreementLandscape.sweden()}, which builds it once per JVM
 * (so a mutation tester that reuses a JVM still sees a changed table).
 */
class SwedishAgreementsTest {

  @Test
  void theTenAgreementsInOrderWithTheirParents() {
    // The national agreement (facts.md §1.1), the seven RALF (one per ALF region, in the order
    // the table lists them) and the two affiliation agreements (seed 001 slide 1; seed 003 NUSS).
    ImmutableMap<String, Optional<String>> parents = SwedishAgreements.all().stream()
        .collect(ImmutableMap.toImmutableMap(Agreement::id, Agreement::parentId));
    assertEquals(ImmutableList.of("alf-2014", "ralf-stockholm", "ralf-vastra-gotaland",
        "ralf-skane", "ralf-uppsala", "ralf-vasterbotten", "anknytning-vasterbotten",
        "ralf-ostergotland", "anknytning-ostergotland-2017", "ralf-orebro"),
        parents.keySet().asList());
    assertEquals(Optional.empty(), parents.get("alf-2014"));
    assertEquals(Optional.of("alf-2014"), parents.get("ralf-orebro"));
    assertEquals(Optional.of("ralf-vasterbotten"), parents.get("anknytning-vasterbotten"));
    assertEquals(Optional.of("ralf-ostergotland"), parents.get("anknytning-ostergotland-2017"));
    // ralfId: "ralf-" and the ALF region's constant name in lower case, '_' as '-'.
    assertEquals("ralf-vastra-gotaland", SwedishAgreements.ralfId(AlfRegion.VASTRA_GOTALAND));
  }

  @Test
  void datesAndSourcesFromTheSeeds() {
    ImmutableMap<String, Agreement> byId = SwedishAgreements.all().stream()
        .collect(ImmutableMap.toImmutableMap(Agreement::id, a -> a));
    LocalDate memo = LocalDate.of(2018, 10, 24); // seed 003's date
    // facts.md §2.1: signed 2014-09-11, in force 2015-01-01.
    assertEquals(DateBounds.on(LocalDate.of(2014, 9, 11)), byId.get("alf-2014").signed());
    assertEquals(DateBounds.on(LocalDate.of(2015, 1, 1)), byId.get("alf-2014").inForceFrom());
    // Seed 001 slide 1: "Regionalt ALF-avtal 2015-03-24"; in force by seed 003's memo.
    Agreement ostergotland = byId.get("ralf-ostergotland");
    assertEquals(DateBounds.on(LocalDate.of(2015, 3, 24)), ostergotland.signed());
    assertEquals(DateBounds.between(LocalDate.of(2015, 3, 24), memo),
        ostergotland.inForceFrom());
    assertEquals(Optional.of("001_5fd3045e73aeef0c.txt"), ostergotland.citation().seedFile());
    // Seed 003 (NUSS): the Västerbotten RALF "tecknades 2015", in force by the memo.
    Agreement vasterbotten = byId.get("ralf-vasterbotten");
    assertEquals(DateBounds.between(LocalDate.of(2015, 1, 1), memo), vasterbotten.inForceFrom());
    assertEquals(Optional.of("003_3f344534afb64a8d.txt"), vasterbotten.citation().seedFile());
    assertEquals(Optional.of("Norrlands universitetssjukvårdsstyrelse (NUSS)"),
        vasterbotten.citation().section());
    assertEquals(DateBounds.between(LocalDate.of(2015, 1, 1), memo),
        byId.get("anknytning-vasterbotten").signed());
    // Vetenskapsrådet: regional agreements exist; Örebro's date is unknown, not before 2014-09-11.
    Agreement orebro = byId.get("ralf-orebro");
    assertEquals(DateBounds.unknownNotBefore(LocalDate.of(2014, 9, 11)), orebro.signed());
    assertEquals("Vetenskapsrådet, \"Vad är ALF-avtalet?\"", orebro.citation().document());
    assertEquals(AgreementKind.REGIONAL, orebro.kind());
    assertEquals("Regionalt ALF-avtal Örebro universitet – Region Örebro län", orebro.title());
  }
}
