package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.quality.Grade;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;

/**
 * Research compensation. Appropriation 101 000 000 kr, keys 27/21/20/12/11/8/2 percent (VR1804):
 * one percent point is 1 000 000 kr.
 */
class ResearchTest {

  private final RuleSet current = RuleSets.alf2014();
  private final RuleSet proposal = RuleSets.proposal2024();

  @Test
  void in2015EverythingGoesByTheFixedKeys() {
    // 2015: quality share 0 (sjukhuslakaren 2014). Stockholm 27 × 1 000 000, Örebro 2 × 1 000 000.
    Allocation a = current.allocate(TestScenarios.allGodHog(), Year.of(2015));
    assertEquals(Sek.ofKronor(27_000_000), a.region(AlfRegion.STOCKHOLM).researchBase().value());
    assertEquals(Sek.ofKronor(2_000_000), a.region(AlfRegion.OREBRO).researchBase().value());
    assertEquals(Sek.ZERO, a.region(AlfRegion.STOCKHOLM).researchQuality().value());
  }

  @Test
  void qualitySharePhasesIn10And15And20Percent() {
    // Base = (1 − q) × 101 000 000 by keys; Stockholm's base = 27 × (1 − q) × 1 000 000.
    // 2016: q = 10 % → 24 300 000; 2018: 15 % → 22 950 000; 2019: 20 % → 21 600 000.
    // All regions graded B (and bibliometric weights equal to 1 for 2016–2018).
    Scenario s = TestScenarios.allGodHog();
    assertEquals(Sek.ofKronor(24_300_000),
        current.allocate(s, Year.of(2016)).region(AlfRegion.STOCKHOLM).researchBase().value());
    assertEquals(Sek.ofKronor(22_950_000),
        current.allocate(s, Year.of(2018)).region(AlfRegion.STOCKHOLM).researchBase().value());
    assertEquals(Sek.ofKronor(21_600_000),
        current.allocate(s, Year.of(2019)).region(AlfRegion.STOCKHOLM).researchBase().value());
    // 2019, all grades B: quality weight = key × 1, so Stockholm's quality = 27 × 200 000.
    assertEquals(Sek.ofKronor(5_400_000),
        current.allocate(s, Year.of(2019)).region(AlfRegion.STOCKHOLM).researchQuality().value());
    // 2016: bibliometric weights all 1: the 10 100 000 kr quality pool split in 7 equal parts:
    // 10 100 000 / 7 = 1 442 857.142 857… kr → 144 285 714.29 öre; floors 144 285 714 öre each,
    // 2 öre left over (1 010 000 000 − 7 × 144 285 714 = 2), to the first two regions in order.
    assertEquals(Sek.ofOre(144_285_715L),
        current.allocate(s, Year.of(2016)).region(AlfRegion.STOCKHOLM).researchQuality().value());
    assertEquals(Sek.ofOre(144_285_714L),
        current.allocate(s, Year.of(2016)).region(AlfRegion.OREBRO).researchQuality().value());
  }

  @Test
  void betterGradesRaiseTheQualityWeightUnder2014() {
    // VGR A/B/A with the assumed points A=2, B=1, C=0: score = .5×2 + .25×1 + .25×2 = 7/4;
    // weights: VGR 21 × 7/4 = 147/4, the others their keys; sum = 101 − 21 + 147/4 = 467/4.
    // VGR's quality = 20 200 000 × (147/4)/(467/4) = 2 969 400 000/467 = 6 358 458.244… kr.
    // In öre, 2 020 000 000 × w/(467/4): floors STH 467 152 034 (.26), VGR 635 845 824 (.41),
    // SKA 346 038 543 (.90), UPP 207 623 126 (.14), VBN 190 321 199 (.13), OST 138 415 417 (.56),
    // ORE 34 603 854 (.14) sum to 2 019 999 997: the 3 öre left go to the largest remainders,
    // SKA, OST and VGR, so VGR gets 635 845 825 öre.
    Scenario s = TestScenarios.withGrades(TestScenarios.clean(), AlfRegion.VASTRA_GOTALAND,
        Grade.MYCKET_HOG, Grade.GOD_HOG, Grade.MYCKET_HOG);
    assertEquals(Sek.ofOre(635_845_825L), current.allocate(s, Year.of(2019))
        .region(AlfRegion.VASTRA_GOTALAND).researchQuality().value());
  }

  @Test
  void proposalUndermåligKeepsTheBaseAndLosesTheQualitySlice() {
    // 2026 under the proposal (7.10), appropriation unchanged (7.5.1: current keys).
    // Örebro: 2 000 000 kr; quality amount 1/5 = 400 000; base 1 600 000.
    // Panel 2 undermålig (Örebro's 2018 result B/C/B): the panel's 25 % slice, 100 000, is lost.
    Scenario s = TestScenarios.withGrades(TestScenarios.clean(), AlfRegion.OREBRO,
        Grade.GOD_HOG, Grade.UNDERMALIG, Grade.GOD_HOG);
    Allocation a = proposal.allocate(s, Year.of(2026));
    assertEquals(Sek.ofKronor(1_600_000), a.region(AlfRegion.OREBRO).researchBase().value());
    assertEquals(Sek.ofKronor(300_000), a.region(AlfRegion.OREBRO).researchQuality().value());
    assertEquals(Sek.ofKronor(100_000), a.returnedToState().value());
    // All three panels undermålig: the whole quality amount is lost, the base kept.
    Scenario worst = TestScenarios.withGrades(TestScenarios.clean(), AlfRegion.OREBRO,
        Grade.UNDERMALIG, Grade.UNDERMALIG, Grade.UNDERMALIG);
    Allocation b = proposal.allocate(worst, Year.of(2026));
    assertEquals(Sek.ofKronor(1_600_000), b.region(AlfRegion.OREBRO).researchBase().value());
    assertEquals(Sek.ZERO, b.region(AlfRegion.OREBRO).researchQuality().value());
    assertEquals(Sek.ofKronor(400_000), b.returnedToState().value());
  }

  @Test
  void byTheClosestReadingAnyUndermåligPanelCostsTheWholeQualityAmount() {
    // PM 7.10 "tappar sitt kvalitetsbelopp": with research.quality-loss = WHOLE_AMOUNT (the
    // published scenario's assumption), Örebro B/C/B loses all 400 000 and keeps its 1 600 000.
    Scenario s = TestScenarios.withGrades(TestScenarios.clean(), AlfRegion.OREBRO,
        Grade.GOD_HOG, Grade.UNDERMALIG, Grade.GOD_HOG).with("whole", Parameters.builder()
            .putFrom(Keys.QUALITY_LOSS, Year.of(2026), QualityLoss.WHOLE_AMOUNT, Basis.INPUT,
                se.alf.source.Citation.of("test", "input")).build());
    Allocation a = proposal.allocate(s, Year.of(2026));
    assertEquals(Sek.ofKronor(1_600_000), a.region(AlfRegion.OREBRO).researchBase().value());
    assertEquals(Sek.ZERO, a.region(AlfRegion.OREBRO).researchQuality().value());
    assertEquals(Sek.ofKronor(400_000), a.returnedToState().value());
  }

  @Test
  void anIncreaseWithNoCitedArticlesIsAClearError() {
    Scenario s = TestScenarios.allGodHog().with("no articles", Parameters.builder()
        .putFrom(Keys.RESEARCH_APPROPRIATION, Year.of(2026), Sek.ofKronor(102_000_000),
            Basis.INPUT, se.alf.source.Citation.of("test", "input")).build());
    for (AlfRegion r : AlfRegion.values()) {
      s = s.with("no articles", Parameters.builder().putFrom(Keys.HIGHLY_CITED_ARTICLES.of(r),
          Year.of(2026), Ratio.ZERO, Basis.INPUT, se.alf.source.Citation.of("test", "input"))
          .build());
    }
    Scenario none = s;
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class, () -> proposal.allocate(none, Year.of(2026)));
    assertTrue(e.getMessage().startsWith("research.highly-cited-articles[*] are all 0 in 2026"),
        e.getMessage());
    assertTrue(e.getMessage().contains("PM 7.5.2"), e.getMessage());
  }

  @Test
  void aShareAboveOneIsRejectedWhereItIsPut() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Parameters.builder().putFrom(
            Keys.QUALITY_AMOUNT_SHARE, Year.of(2026), Ratio.of(3, 2), Basis.INPUT,
            se.alf.source.Citation.of("test", "input")));
    assertEquals("value of research.quality-amount-share must be a share between 0 and 1, was"
        + " 3/2", e.getMessage());
    e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Parameters.builder().putFrom(Keys.EDUCATION_RATE, Year.of(2026), Sek.ofKronor(-1),
            Basis.INPUT, se.alf.source.Citation.of("test", "input")));
    assertEquals("value of education.rate-per-hst must be >= 0 SEK, was -1,00 kr",
        e.getMessage());
  }

  @Test
  void proposalGodHögAndMycketHögEarnTheSameQualityAmount() {
    // Seed 000 §7.10: "det räcker att ha omdömet god-hög kvalitet för att även erhålla
    // kvalitetsbeloppet". VGR: 21 000 000 × 1/5 = 4 200 000 either way.
    Scenario top = TestScenarios.withGrades(TestScenarios.clean(), AlfRegion.VASTRA_GOTALAND,
        Grade.MYCKET_HOG, Grade.MYCKET_HOG, Grade.MYCKET_HOG);
    assertEquals(Sek.ofKronor(4_200_000), proposal.allocate(top, Year.of(2026))
        .region(AlfRegion.VASTRA_GOTALAND).researchQuality().value());
    assertEquals(Sek.ofKronor(4_200_000), proposal.allocate(TestScenarios.allGodHog(),
        Year.of(2026)).region(AlfRegion.VASTRA_GOTALAND).researchQuality().value());
  }

  @Test
  void withheldAmountsCanBeRedistributedByKeys() {
    // Örebro loses 100 000 (panel 2); redistributed to the six others by their keys (99 points):
    // Stockholm 100 000 × 27/99 = 27 272.7272… kr. Nothing is returned to the state.
    Scenario s = TestScenarios.withGrades(TestScenarios.clean(), AlfRegion.OREBRO,
        Grade.GOD_HOG, Grade.UNDERMALIG, Grade.GOD_HOG).with("redistribute", Parameters.builder()
            .putFrom(Keys.WITHHELD_DESTINATION, Year.of(2026),
                WithheldDestination.REDISTRIBUTED, Basis.INPUT,
                se.alf.source.Citation.of("test", "input")).build());
    Allocation a = proposal.allocate(s, Year.of(2026));
    assertEquals(Sek.ZERO, a.returnedToState().value());
    assertEquals(Sek.ofKronor(100_000), a.redistributed().value());
    // 27 × 200 000 = 5 400 000 kr + Stockholm's part of the 100 000: 10 000 000 öre × 27/99 =
    // 2 727 272.73 öre; the floors (2 727 272, 2 121 212, 2 020 202, 1 212 121, 1 111 111,
    // 808 080) leave 2 öre, which go to the largest remainders, Stockholm (.73) and Östergötland
    // (.81): 5 427 272.73 kr.
    assertEquals(Sek.ofOre(542_727_273L), a.region(AlfRegion.STOCKHOLM).researchQuality().value());
  }

  @Test
  void anIncreaseIsPartlyDistributedByHighlyCitedArticles() {
    // PM 7.5.2. Unchanged level 100 000 000, appropriation 102 000 000: increase 2 000 000,
    // half (assumed share 1/2) = 1 000 000 by highly cited articles; the other 101 000 000 by
    // keys. Articles: Stockholm 3, Uppsala 1, the rest 0 → 750 000 and 250 000.
    Scenario s = TestScenarios.allGodHog().with("increase", Parameters.builder()
        .putFrom(Keys.RESEARCH_APPROPRIATION, Year.of(2026), Sek.ofKronor(102_000_000),
            Basis.INPUT, se.alf.source.Citation.of("test", "input"))
        .putFrom(Keys.UNCHANGED_RESEARCH_LEVEL, Year.of(2026), Sek.ofKronor(100_000_000),
            Basis.INPUT, se.alf.source.Citation.of("test", "input"))
        .putFrom(Keys.HIGHLY_CITED_ARTICLES.of(AlfRegion.STOCKHOLM), Year.of(2026), Ratio.of(3),
            Basis.INPUT, se.alf.source.Citation.of("test", "input"))
        .build());
    for (AlfRegion r : AlfRegion.values()) {
      if (r != AlfRegion.STOCKHOLM && r != AlfRegion.UPPSALA) {
        s = s.with("increase", Parameters.builder().putFrom(Keys.HIGHLY_CITED_ARTICLES.of(r),
            Year.of(2026), Ratio.ZERO, Basis.INPUT, se.alf.source.Citation.of("test", "input"))
            .build());
      }
    }
    Allocation a = proposal.allocate(s, Year.of(2026));
    // Stockholm: 27 000 000 + 750 000 = 27 750 000; quality 1/5 = 5 550 000; base 22 200 000.
    assertEquals(Sek.ofKronor(22_200_000), a.region(AlfRegion.STOCKHOLM).researchBase().value());
    assertEquals(Sek.ofKronor(5_550_000), a.region(AlfRegion.STOCKHOLM).researchQuality().value());
    // Uppsala: 12 000 000 + 250 000 = 12 250 000 → base 9 800 000, quality 2 450 000.
    assertEquals(Sek.ofKronor(9_800_000), a.region(AlfRegion.UPPSALA).researchBase().value());
    // Skåne, no articles: 20 000 000 → base 16 000 000.
    assertEquals(Sek.ofKronor(16_000_000), a.region(AlfRegion.SKANE).researchBase().value());
    assertEquals(Sek.ofKronor(2_450_000), a.region(AlfRegion.UPPSALA).researchQuality().value());
  }
}
