package se.alf.rules.reform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.research.ResearchProjects;
import se.alf.rules.Allocation;
import se.alf.rules.Keys;
import se.alf.rules.MissingInputException;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;
import se.alf.rules.pm2024.Proposal2024;
import se.alf.rules.spi.Statement;
import se.alf.source.Citation;

/**
 * Region Västerbotten's response (seed 000_13ed2d48ae91e5ee.txt) as a reform of pm-2024. Each
 * test quotes the sentence it checks; expected values are the arithmetic by hand on the published
 * scenario (minimum 968 HST for Östergötland, 715 for Örebro with 800 actually trained, and for
 * the other five as in {@link se.alf.rules.PublishedByHand#minimum}; actual ×
 * 12/11 from 2027; research appropriation 1 750 MSEK from 2016; rates 79 547 and 128 492 kr).
 */
class VasterbottenResponseTest {

  private static final RuleSet VB = Reforms.vasterbotten();
  private static final RuleSet PM = Proposal2024.ruleSet();
  private static final Scenario S = Scenarios.published();
  private static final Sek TEN_MILLION = Sek.ofKronor(10_000_000);

  @Test
  void isAReformOfTheProposal() {
    assertEquals("vasterbotten-2024", VB.id());
    assertSame(PM, VB.baseline().get());
    assertSame(VB, Reforms.byId("vasterbotten-2024"));
    assertEquals("000_13ed2d48ae91e5ee.txt", VB.source().seedFile().get());
  }

  @Test
  void termTwelveGrowsTheMinimumByOneFifthNotOneEleventh() {
    // § 6.1.2: "Det medför att regionerna 2026 inte tar emot en elftedel fler studenter, utan en
    // femtedel." Five clinical terms become six: 6/5.
    for (AlfRegion r : AlfRegion.values()) {
      if (r == AlfRegion.OREBRO) {
        continue;
      }
      // 2026: the kept minimum m (e.g. Östergötland 968) under both. 2027: m × 6/5 under the
      // response (968 × 6/5 = 1161.6); m × 12/11 under the proposal (968 × 12/11 = 1056).
      Ratio m = se.alf.rules.PublishedByHand.minimum(r);
      assertEquals(FullYearStudents.of(m), min(VB, r, 2026));
      assertEquals(FullYearStudents.of(m.times(Ratio.of(6, 5))), min(VB, r, 2027), r.name());
      assertEquals(FullYearStudents.of(m.times(Ratio.of(12, 11))), min(PM, r, 2027), r.name());
    }
    assertEquals(FullYearStudents.of(Ratio.of(11616, 10)), min(VB, AlfRegion.OSTERGOTLAND, 2027));
    assertEquals(FullYearStudents.of(1056), min(PM, AlfRegion.OSTERGOTLAND, 2027));
    {
    }
    // Örebro's minimum is its 800 actually trained in 2026 (PM 6.1.2, kept): 800 × 6/5 = 960.
    assertEquals(FullYearStudents.of(960), min(VB, AlfRegion.OREBRO, 2027));
    assertEquals(FullYearStudents.of(Ratio.of(9600, 11)), min(PM, AlfRegion.OREBRO, 2027));
  }

  @Test
  void theGrowthIsComputedFromTheClinicalTermsNotTypedIn() {
    String explained = VB.minimumFullYearStudents(S, AlfRegion.OSTERGOTLAND, Year.of(2027))
        .explanation().render();
    assertTrue(explained.contains("clinical terms with term 12 / clinical terms of the 11-term"
        + " programme = (5 + 1)/5"), explained);
    assertTrue(explained.contains("programme.clinical-terms = 5"), explained);
  }

  @Test
  void theRaisedRateAppliesFrom2024() {
    // § 6.2.1: "förordar Region Västerbotten att den planerade höjningen per helårsstudent
    // tidigareläggs, då den ökade kostnaden gäller redan från våren 2024".
    // 2024, Östergötland, 968 compensated: 128 492 × 968 = 124 380 256 kr (raised) under the
    // response; 79 547 × 968 = 77 001 496 kr under the proposal, which raises from 2026.
    assertEquals(Sek.ofKronor(124_380_256), education(VB, AlfRegion.OSTERGOTLAND, 2024));
    assertEquals(Sek.ofKronor(77_001_496), education(PM, AlfRegion.OSTERGOTLAND, 2024));
    // 2023 is before the raise under both.
    assertEquals(Sek.ofKronor(77_001_496), education(VB, AlfRegion.OSTERGOTLAND, 2023));
  }

  @Test
  void researchWithoutPermitsIsClinicalResearch() {
    // § 7.2: "Region Västerbotten avvisar förslaget att utöka definitionen av klinisk forskning
    // med tillägget '…och som kräver tillstånd av Läkemedelsverket eller
    // Etikprövningsmyndigheten'" – e.g. "kliniskt relevant hälsodataforskning".
    assertTrue(VB.classify(ResearchProjects.healthData()).isClinicalResearch());
    assertTrue(VB.classify(ResearchProjects.healthcareOrganisation()).isClinicalResearch());
    assertFalse(PM.classify(ResearchProjects.healthData()).isClinicalResearch());
    assertEquals(2, VB.classify(ResearchProjects.healthData()).conditions().size());
  }

  @Test
  void qualityEvaluationsEverySixYears() {
    // § 7.9.2: "förespråkar längre tidsintervall än fyra år, förslagsvis sex år".
    // Last round reported 2023: next 2023 + 6 = 2029 (proposal: 2023 + 4 = 2027).
    assertEquals(Year.of(2029),
        VB.evaluationSchedule(S, Year.of(2027)).value().nextResearchEvaluation());
    assertEquals(Year.of(2027),
        PM.evaluationSchedule(S, Year.of(2027)).value().nextResearchEvaluation());
  }

  @Test
  void noPartOfAnIncreaseByHighlyCitedArticles() {
    // § 7.5.2: basing part of the distribution "på högciterade artiklar [utgör inte] en adekvat
    // spegling". The reform's own 0 wins over the scenario's assumed 1/2.
    assertEquals(Ratio.ZERO, VB.parameters().find(Keys.CITED_SHARE, Year.of(2026).atDay(1))
        .get().value().value());
    assertTrue(PM.parameters().get(Keys.CITED_SHARE).isEmpty());
  }

  @Test
  void keysUntil2026ThenSharesOfFullYearStudents() {
    // § 7.5.1: "fortsatt använda nuvarande procentuella fördelning mellan ALF-regionerna fram till
    // 2027. Oavsett om anslagen är oförändrade eller vid en ökning ... ska sedan en ny princip
    // som baseras på helårsstudenter användas". Read: 2026 is the last year on the keys.
    Scenario s = VasterbottenResponse.withSupplement(S, Sek.ZERO);
    Allocation vb2026 = VB.allocate(s, Year.of(2026));
    Allocation pm2026 = PM.allocate(s, Year.of(2026));
    for (AlfRegion r : AlfRegion.values()) {
      assertEquals(pm2026.region(r).research(), vb2026.region(r).research(), r.name());
    }
    // 2027: compensated = min(actual, minimum): six regions min(m × 12/11, m × 6/5) = m × 12/11
    // (Stockholm 2130 × 12 = 25 560/11, VGR 16 848/11, Skåne 17 040/11, Uppsala 14 712/11,
    // Västerbotten 15 300/11, Östergötland 11 616/11); Örebro min(800 × 12/11 = 9600/11, 960) =
    // 9600/11. Sum = 110 676/11. Stockholm: 1 750 000 000 × 25 560/110 676 = 404 152 661.8237
    // kr; VGR × 16 848/110 676 = 266 399 219.3429; Skåne × 17 040/110 676 = 269 435 107.8825;
    // Örebro × 9600/110 676 = 151 794 426.9760. Floors leave 2 öre: to Örebro (remainder .60)
    // and Stockholm (.37). No panel is graded undermålig in 2023.
    Allocation vb2027 = VB.allocate(s, Year.of(2027));
    assertEquals(Sek.ZERO, vb2027.returnedToState().value());
    assertEquals(Sek.ofOre(40_415_266_183L), vb2027.region(AlfRegion.STOCKHOLM).research());
    assertEquals(Sek.ofOre(26_639_921_934L),
        vb2027.region(AlfRegion.VASTRA_GOTALAND).research());
    assertEquals(Sek.ofOre(26_943_510_788L), vb2027.region(AlfRegion.SKANE).research());
    assertEquals(Sek.ofOre(15_179_442_698L), vb2027.region(AlfRegion.OREBRO).research());
    // Under the proposal Stockholm keeps its key, 27 of 101 percentage points: far more.
    assertTrue(PM.allocate(S, Year.of(2027)).region(AlfRegion.STOCKHOLM).research()
        .compareTo(Sek.ofKronor(400_000_000)) > 0);
  }

  @Test
  void supplementWithoutTheCallersAmountFailsNamingTheKey() {
    // § 6.1.1: "genom exempelvis ett schablonbelopp" – no size is given, so the caller supplies it.
    MissingInputException e = assertThrows(MissingInputException.class,
        () -> VB.allocate(S, Year.of(2026)));
    assertEquals("reform.regionalisation-supplement", e.key());
    assertTrue(e.getMessage().contains("reform.regionalisation-supplement"), e.getMessage());
    // Before the supplement starts (2026), nothing is needed and nothing is paid.
    assertEquals(Sek.ZERO, VB.allocate(S, Year.of(2025)).supplementTotal());
  }

  @Test
  void supplementIsPaidToTheRegionalisingRegionsOnly() {
    // § 6.1.1: "de ALF-regioner som väljer att regionalisera sin läkarutbildning": Västerbotten
    // (§ 5.3.2, Umeå to all of Norra) and Östergötland (seed 001, LiU's decentralised sites).
    RuleSet withAmount = VasterbottenResponse.withSupplement(TEN_MILLION);
    Allocation a = withAmount.allocate(S, Year.of(2026));
    for (AlfRegion r : AlfRegion.values()) {
      boolean paid = r == AlfRegion.VASTERBOTTEN || r == AlfRegion.OSTERGOTLAND;
      assertEquals(paid ? TEN_MILLION : Sek.ZERO, a.region(r).supplement().value(), r.name());
    }
    // Conservation counts supplements: 2 × 10 MSEK on top of education + research.
    assertEquals(Sek.ofKronor(20_000_000), a.supplementTotal());
    assertEquals(a.paidToRegions().plus(a.returnedToState().value()), a.appropriation());
    // The same through the scenario.
    Allocation b = VB.allocate(VasterbottenResponse.withSupplement(S, TEN_MILLION), Year.of(2026));
    assertEquals(TEN_MILLION, b.region(AlfRegion.OSTERGOTLAND).supplement().value());
  }

  @Test
  void supplementIsUpratedWithTheResearchAppropriation() {
    // § 6.1.1: "som skrivs upp i samma takt som de övriga ALF-ersättningen". Appropriation
    // 1 750 MSEK in 2026, 1 925 MSEK (+10 %) in 2028: 10 000 000 × 1925/1750 = 11 000 000 kr.
    Scenario grown = S.with("grown", Parameters.builder().putFrom(Keys.RESEARCH_APPROPRIATION,
        Year.of(2028), Sek.ofKronor(1_925_000_000L), Basis.INPUT, Citation.of("test", "grown"))
        .build());
    RuleSet withAmount = VasterbottenResponse.withSupplement(TEN_MILLION);
    assertEquals(TEN_MILLION, withAmount.allocate(grown, Year.of(2027))
        .region(AlfRegion.VASTERBOTTEN).supplement().value());
    assertEquals(Sek.ofKronor(11_000_000), withAmount.allocate(grown, Year.of(2028))
        .region(AlfRegion.VASTERBOTTEN).supplement().value());
  }

  @Test
  void statementsReplaceTheProposalsById() {
    // § 7.7: "Region Västerbotten avvisar förslaget till ny styrmodell, inklusive den föreslagna
    // akronymen."
    Statement body = statement(VB, "governance.national-body");
    assertTrue(body.text().startsWith("Rejects"), body.text());
    assertEquals("7.7, 7.8.1", body.citation().section().get());
    assertTrue(statement(PM, "governance.national-body").text().contains("GUNS"));
    // § 5.2: "utveckling av hälso- och sjukvård genom ny kunskap och nyttiggörande av klinisk
    // forskning".
    assertTrue(statement(VB, "name").text().contains("nyttiggörande av klinisk forskning"));
    assertEquals(1, VB.statements().stream().filter(s -> s.id().equals("name")).count());
    // Unchanged where the response agrees (5.3.3, 7.4).
    assertEquals(statement(PM, "research-steering"), statement(VB, "research-steering"));
    assertEquals(PM.statements().size() + 3, VB.statements().size());
  }

  @Test
  void everyChangedValueCitesTheResponse() {
    for (var key : java.util.List.of(Keys.RAISE_FROM, Keys.CITED_SHARE)) {
      var v = VB.parameters().get(key).get().timeline().values();
      assertEquals("000_13ed2d48ae91e5ee.txt", v.get(v.size() - 1).citation().seedFile().get());
    }
    var interval = VB.parameters().find(Keys.EVALUATION_INTERVAL, Year.of(2026).atDay(1)).get();
    assertEquals("7.9.2", interval.citation().section().get());
  }

  private static FullYearStudents min(RuleSet rules, AlfRegion r, int year) {
    return rules.minimumFullYearStudents(S, r, Year.of(year)).value();
  }

  private static Sek education(RuleSet rules, AlfRegion r, int year) {
    return rules.allocate(S, Year.of(year)).region(r).education().value();
  }

  private static Statement statement(RuleSet rules, String id) {
    return rules.statements().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }
}
