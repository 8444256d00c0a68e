package se.alf.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.alf.quality.Grade.GOD_HOG;
import static se.alf.quality.Grade.MYCKET_HOG;
import static se.alf.quality.Grade.UNDERMALIG;
import static se.alf.quality.Panel.CLINICAL_SIGNIFICANCE;
import static se.alf.quality.Panel.PREREQUISITES;
import static se.alf.quality.Panel.SCIENTIFIC_QUALITY;

import com.google.common.collect.ImmutableMultiset;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.alf.party.AlfRegion;
import se.alf.source.Citation;

class EvaluationsTest {

  private static void assertGrades(EvaluationRound round, AlfRegion region, Grade p1, Grade p2,
      Grade p3) {
    RegionEvaluation r = round.result(region);
    assertEquals(Optional.of(p1), r.grade(SCIENTIFIC_QUALITY), region + " panel 1");
    assertEquals(Optional.of(p2), r.grade(CLINICAL_SIGNIFICANCE), region + " panel 2");
    assertEquals(Optional.of(p3), r.grade(PREREQUISITES), region + " panel 3");
    assertTrue(r.isComplete(), region.toString());
    assertTrue(r.citation().url().isPresent(), region + " has a source URL");
  }

  private static void assertUnknown(EvaluationRound round, AlfRegion region, String noteStart) {
    RegionEvaluation r = round.result(region);
    assertFalse(r.isComplete(), region.toString());
    for (Panel p : Panel.values()) {
      assertEquals(Optional.empty(), r.grade(p), region + " panel " + p.number());
      assertTrue(r.whyUnknown(p).orElseThrow().startsWith(noteStart), r.whyUnknown(p).get());
    }
  }

  @Test
  void round2018AsPublished() {
    // facts.md § 2.7: first round ran 2017, results March 2018 (no exact date in the sources).
    EvaluationRound r = Evaluations.round2018();
    assertEquals(1, r.number());
    assertEquals(Year.of(2017), r.conducted());
    assertEquals(Year.of(2018), r.reportYear());
    assertEquals(Optional.empty(), r.published());
    assertGrades(r, AlfRegion.VASTRA_GOTALAND, MYCKET_HOG, GOD_HOG, MYCKET_HOG); // [Q] Cision
    assertGrades(r, AlfRegion.SKANE, GOD_HOG, MYCKET_HOG, MYCKET_HOG); // [Q] LU 2018
    assertGrades(r, AlfRegion.UPPSALA, GOD_HOG, GOD_HOG, GOD_HOG); // [P] mp.uu.se
    assertGrades(r, AlfRegion.OREBRO, GOD_HOG, UNDERMALIG, GOD_HOG); // [P] oru.se 2018
    // published_2026_12.csv, quoted [Q]: KI's rector's blog, UmU's and Region Östergötland's
    // news of 2018-03-28/29.
    assertGrades(r, AlfRegion.STOCKHOLM, MYCKET_HOG, GOD_HOG, GOD_HOG);
    assertGrades(r, AlfRegion.VASTERBOTTEN, GOD_HOG, GOD_HOG, MYCKET_HOG);
    assertGrades(r, AlfRegion.OSTERGOTLAND, GOD_HOG, GOD_HOG, GOD_HOG);
  }

  @Test
  void citationsNameTheDocumentTheirUrlPointsAt() {
    // facts.md § 2.7 cites LU's news of 2018-03-28 for the 2018 round; VR's report VR1804 has a
    // different address (facts.md § 2.2). A citation with LU's URL must name LU's news page.
    String lu = "https://www.med.lu.se/nyheter/180328_kliniskforskning";
    EvaluationRound r = Evaluations.round2018();
    assertEquals(Optional.of(lu), r.citation().url());
    assertEquals("Lunds universitet, nyhet 2018-03-28", r.citation().document());
    for (RegionEvaluation e : r.results().values()) {
      if (e.citation().url().equals(Optional.of(lu))) {
        assertEquals("Lunds universitet, nyhet 2018-03-28", e.citation().document(),
            e.region().toString());
      }
    }
  }

  @Test
  void round2018KeepsGradesPublishedWithoutTheirPanel() {
    // Every 2018 grade now has its panel (published_2026_12.csv): nothing is unplaced.
    EvaluationRound r = Evaluations.round2018();
    for (AlfRegion region : AlfRegion.values()) {
      assertEquals(ImmutableMultiset.of(), r.result(region).unplacedGrades(), region.toString());
    }
    // LU 2018: only VGR and Skåne (2 A each), Stockholm and Västerbotten (1 A each) got an A.
    assertEquals(2, r.result(AlfRegion.VASTRA_GOTALAND).knownGrades().count(MYCKET_HOG));
    assertEquals(2, r.result(AlfRegion.SKANE).knownGrades().count(MYCKET_HOG));
    assertEquals(1, r.result(AlfRegion.STOCKHOLM).knownGrades().count(MYCKET_HOG));
    assertEquals(1, r.result(AlfRegion.VASTERBOTTEN).knownGrades().count(MYCKET_HOG));
    assertEquals(0, r.result(AlfRegion.UPPSALA).knownGrades().count(MYCKET_HOG));
    assertEquals(0, r.result(AlfRegion.OSTERGOTLAND).knownGrades().count(MYCKET_HOG));
    assertEquals(0, r.result(AlfRegion.OREBRO).knownGrades().count(MYCKET_HOG));
    // What is published, in words.
    assertEquals("panel 1 A; panel 2 B; panel 3 B",
        r.result(AlfRegion.STOCKHOLM).describePublished());
    assertEquals("panel 1 B; panel 2 C; panel 3 B", r.result(AlfRegion.OREBRO).describePublished());
  }

  @Test
  void assumingPutsUnplacedGradesOnTheHeaviestUnknownPanelsFirst() {
    EvaluationRound r = Evaluations.round2018();
    Citation lu = Citation.of("LU 2018", "news");
    // One A, panel not identified (as LU 2018 first reported Västerbotten): the A on panel 1
    // (weight 1/2), B on the two others.
    RegionEvaluation oneA = RegionEvaluation.builder()
        .from(RegionEvaluation.unknown(AlfRegion.VASTERBOTTEN, "one A", lu))
        .addUnplacedGrade(MYCKET_HOG).build();
    assertEquals(RegionEvaluation.of(AlfRegion.VASTERBOTTEN, MYCKET_HOG, GOD_HOG, GOD_HOG, lu),
        oneA.assuming(GOD_HOG));
    assertEquals("one A on an unidentified panel", oneA.describePublished());
    // A, B, B all published without panels: only the placement is assumed.
    RegionEvaluation abb = RegionEvaluation.builder()
        .from(RegionEvaluation.unknown(AlfRegion.STOCKHOLM, "one A", lu))
        .addUnplacedGrade(MYCKET_HOG).addUnplacedGrade(GOD_HOG).addUnplacedGrade(GOD_HOG).build();
    assertEquals(RegionEvaluation.of(AlfRegion.STOCKHOLM, MYCKET_HOG, GOD_HOG, GOD_HOG, lu),
        abb.assuming(UNDERMALIG));
    assertEquals("one A and two B on unidentified panels", abb.describePublished());
    // Nothing published: all panels get the fill grade.
    RegionEvaluation none = RegionEvaluation.unknown(AlfRegion.OSTERGOTLAND, "none", lu);
    assertEquals(RegionEvaluation.of(AlfRegion.OSTERGOTLAND, GOD_HOG, GOD_HOG, GOD_HOG, lu),
        none.assuming(GOD_HOG));
    assertEquals("nothing", none.describePublished());
    // Complete: unchanged.
    assertEquals(r.result(AlfRegion.OREBRO), r.result(AlfRegion.OREBRO).assuming(MYCKET_HOG));
    // Panel 1 placed: the unplaced A goes on panel 2 (panels 2 and 3 weigh the same; lower
    // number first), placed grades are kept.
    Citation c = Citation.of("test", "1");
    RegionEvaluation partial = RegionEvaluation.builder().region(AlfRegion.SKANE)
        .putGrade(SCIENTIFIC_QUALITY, UNDERMALIG)
        .putUnknownNote(CLINICAL_SIGNIFICANCE, "n").putUnknownNote(PREREQUISITES, "n")
        .addUnplacedGrade(MYCKET_HOG).citation(c).build();
    assertEquals(RegionEvaluation.of(AlfRegion.SKANE, UNDERMALIG, MYCKET_HOG, GOD_HOG, c),
        partial.assuming(GOD_HOG));
    assertEquals("panel 1 C; one A on an unidentified panel", partial.describePublished());
  }

  @Test
  void rejectsMoreUnplacedGradesThanUnknownPanels() {
    Citation c = Citation.of("test", "1");
    RegionEvaluation twoUnknown = RegionEvaluation.builder().region(AlfRegion.OREBRO)
        .putGrade(CLINICAL_SIGNIFICANCE, UNDERMALIG)
        .putUnknownNote(SCIENTIFIC_QUALITY, "n").putUnknownNote(PREREQUISITES, "n")
        .citation(c).build();
    RegionEvaluation full = RegionEvaluation.builder().from(twoUnknown)
        .addUnplacedGrade(GOD_HOG).addUnplacedGrade(GOD_HOG).build();
    assertEquals(ImmutableMultiset.of(GOD_HOG, UNDERMALIG, GOD_HOG), full.knownGrades());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RegionEvaluation.builder().from(full).addUnplacedGrade(MYCKET_HOG).build());
    assertEquals("Örebro has 3 grades published without their panel but only 2 unknown panels; "
        + "each must belong to one of them (grades: A, B, B)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> RegionEvaluation.builder()
            .from(RegionEvaluation.of(AlfRegion.OREBRO, GOD_HOG, GOD_HOG, GOD_HOG, c))
            .addUnplacedGrade(MYCKET_HOG).build());
    assertTrue(e.getMessage().startsWith("Örebro has a grade published without its panel but "
        + "only 0 unknown panels"), e.getMessage());
  }

  @Test
  void round2023AsPublished() {
    // facts.md § 2.7: second round postponed a year, ran 2022, reported 2023-03-31.
    EvaluationRound r = Evaluations.round2023();
    assertEquals(2, r.number());
    assertEquals(Year.of(2022), r.conducted());
    assertEquals(Year.of(2023), r.reportYear());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 31)), r.published());
    assertGrades(r, AlfRegion.STOCKHOLM, MYCKET_HOG, GOD_HOG, GOD_HOG); // [Q] KI
    assertGrades(r, AlfRegion.VASTRA_GOTALAND, MYCKET_HOG, GOD_HOG, MYCKET_HOG); // [P]
    assertGrades(r, AlfRegion.UPPSALA, MYCKET_HOG, MYCKET_HOG, GOD_HOG); // [P]
    assertGrades(r, AlfRegion.VASTERBOTTEN, GOD_HOG, GOD_HOG, MYCKET_HOG); // [P] umu.se
    // "not found" (facts.md infers B/B/B [I]): unknown.
    assertUnknown(r, AlfRegion.SKANE, "not found");
    assertUnknown(r, AlfRegion.OSTERGOTLAND, "not found");
    assertUnknown(r, AlfRegion.OREBRO, "not found per panel; Region Örebro län says");
  }

  @Test
  void publishedFactsAboutTheRounds() {
    // facts.md § 2.7: 2018, no region got A on all three panels.
    for (RegionEvaluation e : Evaluations.round2018().results().values()) {
      assertFalse(Panel.values().length == e.knownGrades().count(MYCKET_HOG),
          e.region().toString());
    }
    // 2023: Uppsala is the only region with A on panel 2; only VGR and Västerbotten have A on 3.
    assertEquals(1, Evaluations.round2023().results().values().stream()
        .filter(e -> e.grade(CLINICAL_SIGNIFICANCE).equals(Optional.of(MYCKET_HOG))).count());
    assertEquals(2, Evaluations.round2023().results().values().stream()
        .filter(e -> e.grade(PREREQUISITES).equals(Optional.of(MYCKET_HOG))).count());
    // Every 4 years; the second round came 5 years after the first (postponed one year).
    assertEquals(4, Evaluations.INTERVAL_YEARS);
    assertEquals(Evaluations.INTERVAL_YEARS + 1, Evaluations.round2023().conducted().getValue()
        - Evaluations.round2018().conducted().getValue());
    assertEquals(2, Evaluations.all().size());
    for (EvaluationRound round : Evaluations.all()) {
      assertEquals(AlfRegion.values().length, round.results().size());
    }
  }

  @Test
  void rejectsInconsistentResults() {
    Citation c = Citation.of("test", "1");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RegionEvaluation.builder().region(AlfRegion.OREBRO)
            .putGrade(SCIENTIFIC_QUALITY, GOD_HOG).putGrade(CLINICAL_SIGNIFICANCE, GOD_HOG)
            .citation(c).build());
    assertEquals("panel 3 of Örebro must be either graded or unknown with a note, was neither",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> RegionEvaluation.builder().from(RegionEvaluation.unknown(AlfRegion.OREBRO, "n", c))
            .putGrade(SCIENTIFIC_QUALITY, GOD_HOG).build());
    assertEquals("panel 1 of Örebro must be either graded or unknown with a note, was both",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> EvaluationRound.builder().number(3)
        .conducted(Year.of(2026)).reportYear(Year.of(2027)).citation(c)
        .addResult(RegionEvaluation.unknown(AlfRegion.OREBRO, "n", c)).build());
    assertTrue(e.getMessage().startsWith(
        "evaluation round 3 must have a result for each of the seven ALF regions"), e.getMessage());
  }

  @Test
  void equalsAndNulls() {
    Citation c = Citation.of("test", "1");
    RegionEvaluation a = RegionEvaluation.of(AlfRegion.UPPSALA, GOD_HOG, GOD_HOG, GOD_HOG, c);
    new EqualsTester()
        .addEqualityGroup(a, RegionEvaluation.of(AlfRegion.UPPSALA, GOD_HOG, GOD_HOG, GOD_HOG, c))
        .addEqualityGroup(RegionEvaluation.of(AlfRegion.UPPSALA, GOD_HOG, GOD_HOG, MYCKET_HOG, c))
        .addEqualityGroup(RegionEvaluation.unknown(AlfRegion.UPPSALA, "not found", c))
        .addEqualityGroup(RegionEvaluation.builder()
            .from(RegionEvaluation.unknown(AlfRegion.UPPSALA, "not found", c))
            .addUnplacedGrade(MYCKET_HOG).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Evaluations.round2018(),
            EvaluationRound.builder().from(Evaluations.round2018()).build())
        .addEqualityGroup(Evaluations.round2023())
        .testEquals();
    NullPointerTester npt = new NullPointerTester();
    npt.testAllPublicInstanceMethods(a);
    npt.testAllPublicInstanceMethods(Evaluations.round2018().result(AlfRegion.STOCKHOLM));
    npt.testAllPublicInstanceMethods(Evaluations.round2023());
  }
}
