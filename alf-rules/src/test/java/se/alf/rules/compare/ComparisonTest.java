package se.alf.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.research.Permit;
import se.alf.research.ResearchProjects;
import se.alf.rules.Allocation;
import se.alf.rules.Line;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;
import se.alf.rules.YearOutsideRuleSetException;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.param.Basis;
import se.alf.rules.spi.Condition;

/**
 * The 2014 agreement against the 2024 proposal on the published scenario, 2024–2030. Every
 * expected value is derived by hand from shared/domain/facts.md and the published scenario's
 * documented figures (README "The published scenario"), with the arithmetic in the comments.
 */
class ComparisonTest {

  static final Comparison C = Comparison.of(RuleSets.alf2014(), RuleSets.proposal2024())
      .withProjects(ResearchProjects.all())
      .over(Scenarios.published(), Year.of(2024), Year.of(2030));

  /** Östergötland's minimum: Linköping's published 2015 minimum, 968. */
  static final Ratio MINIMUM = Ratio.of(968);
  /** Örebro's assumed minimum: 65 students per term × 11 terms = 715. */
  static final Ratio OREBRO_MINIMUM = Ratio.of(715);

  private static Year y(int year) {
    return Year.of(year);
  }

  /**
   * The published scenario's minimum, by hand: Östergötland 968 (published), Örebro 715; the
   * other five 968 × (their autumn-2006 places) ÷ 60 (Linköping's places), to whole students:
   * Stockholm 968 × 132/60 = 2129.6 → 2130; Västra Götaland 968 × 87/60 = 1403.6 → 1404;
   * Skåne 968 × 88/60 = 1419.73 → 1420; Uppsala 968 × 76/60 = 1226.13 → 1226; Västerbotten
   * 968 × 79/60 = 1274.53 → 1275.
   */
  static Ratio minimum2014(AlfRegion r) {
    return switch (r) {
      case OREBRO -> OREBRO_MINIMUM;
      case OSTERGOTLAND -> MINIMUM;
      case STOCKHOLM -> Ratio.of(2130);
      case VASTRA_GOTALAND -> Ratio.of(1404);
      case SKANE -> Ratio.of(1420);
      case UPPSALA -> Ratio.of(1226);
      case VASTERBOTTEN -> Ratio.of(1275);
    };
  }

  @Test
  void everyRegionYearAndLineIsThereInOrder() {
    // 7 regions × 7 years (2024–2030 inclusive) × 7 lines.
    assertEquals(7 * 7 * 7, C.lines().size());
    assertEquals(ImmutableList.of(y(2024), y(2025), y(2026), y(2027), y(2028), y(2029), y(2030)),
        C.years());
    assertEquals(AlfRegion.STOCKHOLM, C.lines().get(0).region());
    assertEquals(Line.MINIMUM_STUDENTS, C.lines().get(0).line());
    assertEquals(y(2024), C.lines().get(0).year());
    LineComparison last = C.lines().get(C.lines().size() - 1);
    assertEquals(AlfRegion.OREBRO, last.region());
    assertEquals(y(2030), last.year());
    assertEquals(Line.TOTAL, last.line());
  }

  @Test
  void everyLineIsFoundByRegionYearAndLineAndExplainedAsItsAllocationIs() {
    // the explanations are built when read, by evaluating again with recording on: each must be
    // the one an allocation recorded while evaluating gives for the same region, year and line
    for (Year year : C.years()) {
      Allocation left = RuleSets.alf2014().allocateExplained(Scenarios.published(), year);
      Allocation right = RuleSets.proposal2024().allocateExplained(Scenarios.published(), year);
      for (AlfRegion region : AlfRegion.values()) {
        for (Line line : Line.values()) {
          LineComparison l = C.line(region, year, line);
          assertEquals(List.of(region, year, line), List.of(l.region(), l.year(), l.line()));
          assertEquals(left.region(region).explanation(line), l.leftExplanation(), l::toString);
          assertEquals(right.region(region).explanation(line), l.rightExplanation(),
              l::toString);
        }
      }
    }
  }

  @Test
  void theEngineCannotHandOverLinesOutOfOrderOrMissing() {
    // line(region, year, line) computes where a line is in lines(): lines in another order, or
    // too few, would make it return the wrong line, so the engine's result is refused
    ComparisonEngine.Side left = new ComparisonEngine.Side(C.left(), C.scenario());
    ComparisonEngine.Side right = new ComparisonEngine.Side(C.right(), C.rightScenario());
    com.google.common.collect.ImmutableMap.Builder<Year, NationalComparison> national =
        com.google.common.collect.ImmutableMap.builder();
    C.national().forEach(n -> national.put(n.year(), n));
    List<LineComparison> swapped = new java.util.ArrayList<>(C.lines());
    java.util.Collections.swap(swapped, 1, 2);
    for (List<LineComparison> lines : List.of(swapped, C.lines().subList(1, C.lines().size()))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new Comparison(left, right, y(2024), y(2030), ImmutableList.copyOf(lines),
              national.buildOrThrow(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
              ImmutableList.of(), ImmutableList::of, ImmutableList.of()));
      // by hand: line 1 (Stockholm 2024 compensated students) swapped with line 2 (education);
      // 7 regions × 7 years × 7 lines = 343, one fewer is 342
      assertTrue(lines == swapped
          ? e.getMessage().startsWith("line Stockholm 2024 education ")
              && e.getMessage().endsWith(" is at 1, where its region, year and line put it at 2")
          : e.getMessage().equals("342 lines, where 7 regions × 7 years × 7 lines make 343"),
          e.getMessage());
    }
  }

  @Test
  void minimumStudentsDifferInNoRegionIn2024And2025() {
    // PM 6.1.2: the other regions keep their minimum; Örebro's changes only from 2026, and the
    // 12/11 step comes with term 12 in 2027. So 2024 and 2025 are the 2014 minimum on both sides.
    for (int year = 2024; year <= 2025; year++) {
      for (AlfRegion r : AlfRegion.values()) {
        LineComparison l = C.line(r, y(year), Line.MINIMUM_STUDENTS);
        assertEquals(minimum2014(r), l.left(), r + " " + year);
        assertEquals(minimum2014(r), l.right(), r + " " + year);
        assertEquals(Ratio.ZERO, l.difference());
        assertFalse(l.isChanged());
      }
    }
  }

  @Test
  void in2026OnlyÖrebrosMinimumDiffers() {
    // PM 6.1.2: Örebro's minimum is aligned to the number it actually trains from 2026; the
    // published scenario assumes 800 actual against a minimum of 715: 800 − 715 = 85.
    for (AlfRegion r : AlfRegion.values()) {
      LineComparison l = C.line(r, y(2026), Line.MINIMUM_STUDENTS);
      if (r == AlfRegion.OREBRO) {
        assertEquals(Ratio.of(715), l.left());
        assertEquals(Ratio.of(800), l.right());
        assertEquals(Ratio.of(85), l.difference());
        assertTrue(l.rightRestsOnAssumptions(), "800 actual is an assumption");
        assertTrue(l.rightExplanation().allReads().stream().anyMatch(
            x -> x.id().equals("minimum-hst.aligned-to-actual-from[orebro]")
                && x.basis() == Basis.AGREEMENT));
      } else {
        assertFalse(l.isChanged(), r.displayName());
      }
    }
  }

  @Test
  void from2027EveryProposalMinimumIsTwelveEleventhsOfThe2026Level() {
    // PM 6.1.2: all regions rise by one eleventh when term 12 is first given (2027).
    // Östergötland: 968 × 12/11 = 11 616/11 = 1056 → difference 1056 − 968 = 88.
    // Örebro: 800 × 12/11 = 9600/11 (≈ 872,73) → difference 9600/11 − 715 = (9600 − 7865)/11
    // = 1735/11.
    for (int year = 2027; year <= 2030; year++) {
      for (AlfRegion r : AlfRegion.values()) {
        LineComparison l = C.line(r, y(year), Line.MINIMUM_STUDENTS);
        Ratio level2026 = C.line(r, y(2026), Line.MINIMUM_STUDENTS).right();
        assertEquals(level2026.times(Ratio.of(12, 11)), l.right(), r + " " + year);
        assertEquals(minimum2014(r), l.left());
      }
      assertEquals(Ratio.of(1056), C.line(AlfRegion.OSTERGOTLAND, y(year), Line.MINIMUM_STUDENTS)
          .right());
      assertEquals(Ratio.of(88), C.line(AlfRegion.OSTERGOTLAND, y(year), Line.MINIMUM_STUDENTS)
          .difference());
      assertEquals(Ratio.of(9600, 11), C.line(AlfRegion.OREBRO, y(year), Line.MINIMUM_STUDENTS)
          .right());
      assertEquals(Ratio.of(1735, 11), C.line(AlfRegion.OREBRO, y(year), Line.MINIMUM_STUDENTS)
          .difference());
    }
  }

  @Test
  void educationMoneyFollowsRateTimesStudents() {
    // 2024: both sides 79 547 kr (the 2021 rate, assumed for every year) × 968 = 77 001 496 kr.
    MoneyLine s2024 = C.money(AlfRegion.OSTERGOTLAND, y(2024), Line.EDUCATION);
    assertEquals(Sek.ofKronor(77_001_496), s2024.leftAmount());
    assertEquals(Sek.ofKronor(77_001_496), s2024.rightAmount());
    assertEquals(Sek.ZERO, s2024.differenceAmount());
    // 2026: the proposal raises the rate (PM 6.2.1); the scenario assumes 128 492 kr:
    // 128 492 × 968 = 124 380 256; − 77 001 496 = 47 378 760.
    MoneyLine s2026 = C.money(AlfRegion.OSTERGOTLAND, y(2026), Line.EDUCATION);
    assertEquals(Sek.ofKronor(124_380_256), s2026.rightAmount());
    assertEquals(Sek.ofKronor(47_378_760), s2026.differenceAmount());
    // Örebro 2026: 2014 pays 79 547 × 715 = 56 876 105; the proposal 128 492 × 800 = 102 793 600;
    // difference 45 917 495.
    MoneyLine o2026 = C.money(AlfRegion.OREBRO, y(2026), Line.EDUCATION);
    assertEquals(Sek.ofKronor(56_876_105), o2026.leftAmount());
    assertEquals(Sek.ofKronor(102_793_600), o2026.rightAmount());
    assertEquals(Sek.ofKronor(45_917_495), o2026.differenceAmount());
    // Örebro 2027: 128 492 × 9600/11 = 1 233 523 200/11 = 112 138 472,7272… → 112 138 472,73.
    assertEquals(Sek.ofOre(11_213_847_273L),
        C.money(AlfRegion.OREBRO, y(2027), Line.EDUCATION).rightAmount());
    assertEquals(Ratio.of(11_213_847_273L, 100),
        C.line(AlfRegion.OREBRO, y(2027), Line.EDUCATION).right());
  }

  @Test
  void linesAreTypedByWhatTheyCount() {
    // Issue 8: a student line holds full-year students, a money line kronor; none throws.
    LineComparison l = C.line(AlfRegion.OREBRO, y(2026), Line.MINIMUM_STUDENTS);
    assertEquals(Unit.HST, l.unit());
    StudentLine s = assertInstanceOf(StudentLine.class, l);
    // Örebro 2026: 2014 keeps the assumed 715; the proposal 800 (actual, PM 6.1.2).
    assertEquals(FullYearStudents.of(715), s.leftStudents());
    assertEquals(FullYearStudents.of(800), s.rightStudents());
    assertEquals(s, C.students(AlfRegion.OREBRO, y(2026), Line.MINIMUM_STUDENTS));
    for (Line line : Line.values()) {
      assertEquals(line.isStudents() ? StudentLine.class : MoneyLine.class,
          C.line(AlfRegion.UPPSALA, y(2028), line).getClass(), line.name());
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> C.money(AlfRegion.OREBRO, y(2026), Line.MINIMUM_STUDENTS));
    assertEquals("line MINIMUM_STUDENTS counts full-year students, not kronor: use"
        + " students(region, year, line)", e.getMessage());
  }

  @Test
  void everyDifferenceIsOfItsOwnType() {
    // 7 regions × 7 years × 7 lines = 343 lines, 7 national totals, then the parameters,
    // statements and the 5 verdicts (one per cited example project).
    List<Difference> all = C.differences().collect(Collectors.toList());
    assertEquals(343 + 7 + C.parameterDifferences().size() + C.statementDifferences().size()
        + 5, all.size());
    // Sealed: each is one of the permitted types.
    for (Difference d : all) {
      assertTrue(d instanceof MoneyLine || d instanceof StudentLine
          || d instanceof NationalComparison || d instanceof ParameterDifference
          || d instanceof StatementDifference || d instanceof VerdictComparison, d.toString());
    }
    // 7 × 7 regions and years × 2 student lines = 98 student lines, the other 245 money lines.
    assertEquals(98, all.stream().filter(d -> d instanceof StudentLine).count());
    assertEquals(245, all.stream().filter(d -> d instanceof MoneyLine).count());
    // A parameter or statement difference exists only where the sides differ.
    assertTrue(all.stream().filter(d -> d instanceof ParameterDifference
        || d instanceof StatementDifference).allMatch(Difference::isChanged));
    assertTrue(C.hasDifferences());
  }

  @Test
  void aLinePrintsAsAReaderWritesIt() {
    // Östergötland 2026 education: 79 547 × 968 = 77 001 496 kr → 128 492 × 968 = 124 380 256 kr;
    // difference 47 378 760 kr.
    assertEquals("Östergötland 2026 education 77 001 496,00 kr → 124 380 256,00 kr"
        + " (+47 378 760,00 kr)",
        C.line(AlfRegion.OSTERGOTLAND, y(2026), Line.EDUCATION).toString());
    // Örebro 2027 minimum: 715 → 800 × 12/11 = 9600/11 = 872,7272…; difference
    // 9600/11 − 7865/11 = 1735/11 = 157,7272….
    assertEquals("Örebro 2027 minimum students 715 HST → 9600/11 ≈ 872,73 HST"
        + " (+1735/11 ≈ +157,73 HST)",
        C.line(AlfRegion.OREBRO, y(2027), Line.MINIMUM_STUDENTS).toString());
    // Unchanged: 2024 both sides 79 547 × 968.
    assertEquals("Östergötland 2024 education 77 001 496,00 kr → 77 001 496,00 kr (0,00 kr)",
        C.line(AlfRegion.OSTERGOTLAND, y(2024), Line.EDUCATION).toString());
  }

  @Test
  void nationalTotalsAndConservation() {
    // 2024, both sides: education (2130 + 1404 + 1420 + 1226 + 1275 + 968 + 715) × 79 547
    // = 9138 × 79 547 = 726 900 486 kr;
    // research appropriation 1 750 MSEK (assumed from 2016, Läkartidningen 2016-11);
    // no supplements.
    NationalComparison n2024 = C.national(y(2024));
    assertEquals(AmountComparison.of(Sek.ofKronor(726_900_486), Sek.ofKronor(726_900_486)),
        n2024.line(Line.EDUCATION));
    assertEquals(Sek.ofKronor(1_750_000_000L), n2024.researchAppropriation().left());
    assertEquals(Sek.ZERO, n2024.line(Line.SUPPLEMENT).right());
    // 2027, proposal: each region's students × 12/11 × 128 492 kr, rounded to the öre per region:
    // Stockholm 2130 → 298 568 683,64; VGR 1404 → 196 803 019,64; Skåne 1420 → 199 045 789,09;
    // Uppsala 1226 → 171 852 209,45; Västerbotten 1275 → 178 720 690,91; Östergötland 968 →
    // 1056 × 128 492 = 135 687 552,00; Örebro 800 → 112 138 472,73. Sum 1 292 816 417,46 kr.
    assertEquals(Sek.ofOre(129_281_641_746L), C.national(y(2027)).line(Line.EDUCATION).right());
    for (NationalComparison n : C.national()) {
      // Research base + quality + returned to the state = the research appropriation, each side.
      for (boolean left : new boolean[] {true, false}) {
        Sek base = pick(n.line(Line.RESEARCH_BASE), left);
        Sek quality = pick(n.line(Line.RESEARCH_QUALITY), left);
        assertEquals(Sek.ofKronor(1_750_000_000L),
            base.plus(quality).plus(pick(n.returnedToState(), left)), n.year() + " " + left);
        // Paid to the regions + returned = education + appropriation + supplements.
        assertEquals(pick(n.appropriation(), left),
            pick(n.paidToRegions(), left).plus(pick(n.returnedToState(), left)));
      }
      // National sums are the sums of the regions' lines.
      for (Line line : NationalComparison.MONEY_LINES) {
        Sek sum = Sek.sum(ImmutableList.copyOf(AlfRegion.values()).stream()
            .map(r -> C.money(r, n.year(), line).rightAmount()).collect(Collectors.toList()));
        assertEquals(sum, n.line(line).right());
      }
    }
    assertThrows(IllegalArgumentException.class,
        () -> n2024.line(Line.COMPENSATED_STUDENTS));
  }

  private static Sek pick(AmountComparison a, boolean left) {
    return left ? a.left() : a.right();
  }

  @Test
  void researchIsTheSameBeforeTheProposalsChangesApply() {
    // The proposal keeps the 2014 distribution until its undated changes apply (assumed 2026),
    // and neither side has supplements, so 2024 and 2025 totals are equal region by region.
    for (int year = 2024; year <= 2025; year++) {
      for (AlfRegion r : AlfRegion.values()) {
        for (Line line : ImmutableList.of(Line.RESEARCH_BASE, Line.RESEARCH_QUALITY,
            Line.SUPPLEMENT, Line.TOTAL)) {
          assertFalse(C.line(r, y(year), line).isChanged(), r + " " + year + " " + line);
        }
      }
    }
  }

  @Test
  void parametersThatDiffer() {
    // PM 6.2.1: the rate is raised from 2026; only the proposal has the parameter.
    ParameterDifference raise = C.parameterDifference("education.raise-from").orElseThrow();
    assertEquals(Change.ONLY_RIGHT, raise.change());
    assertTrue(raise.left().isEmpty());
    assertEquals(Year.of(2026), raise.right().get(0).value());
    assertEquals(Basis.AGREEMENT, raise.right().get(0).basis());
    assertEquals("6.2.1", raise.right().get(0).citation().section().orElseThrow());
    // PM 7.2: the permit clause names Läkemedelsverket and Etikprövningsmyndigheten.
    ParameterDifference permits = C.parameterDifference("clinical-research.qualifying-permits")
        .orElseThrow();
    assertEquals(Change.ONLY_RIGHT, permits.change());
    assertEquals(ImmutableSet.of(Permit.MEDICAL_PRODUCTS_AGENCY,
        Permit.ETHICAL_REVIEW_AUTHORITY), permits.right().get(0).value());
    assertEquals("7.2", permits.right().get(0).citation().section().orElseThrow());
    // PM 6.4 / 7.9.1: Socialstyrelsen's USV evaluation ends; every 4 years in 2014 (facts 2.6).
    ParameterDifference usv = C.parameterDifference("evaluation.usv-interval-years")
        .orElseThrow();
    assertEquals(Change.CHANGED, usv.change());
    assertTrue(usv.valuesDiffer());
    assertEquals(4, usv.left().get(0).value());
    ParameterValue usvFrom2026 = usv.right().stream()
        .filter(v -> v.from().equals(LocalDate.of(2026, 1, 1))).findFirst().orElseThrow();
    assertEquals(0, usvFrom2026.value());
    // The research keys are the 2015 keys in both (PM 7.5.1 keeps the current keys).
    assertTrue(C.parameterDifference("research.key[stockholm]").isEmpty());
    // Ordered by id, each once.
    ImmutableList<String> ids = C.parameterDifferences().stream().map(ParameterDifference::id)
        .collect(ImmutableList.toImmutableList());
    assertEquals(ids.stream().sorted().distinct().collect(Collectors.toList()), ids);
  }

  @Test
  void aReCitedParameterIsNotAChange() {
    // Both evaluate research quality every four years (published by VR for 2014; PM 7.9.2 keeps
    // four, in the memorandum's own text from 2026): the same number, re-dated, re-cited and
    // based on the agreement's text, not a publication. Issue 9: it is not listed as changed.
    assertTrue(C.parameterDifference("evaluation.interval-years").isEmpty());
    ParameterDifference interval = C.recitedParameters().stream()
        .filter(d -> d.id().equals("evaluation.interval-years")).findFirst().orElseThrow();
    assertEquals(Change.RECITED, interval.change());
    assertFalse(interval.isChanged());
    assertFalse(interval.valuesDiffer());
    assertTrue(interval.left().stream().allMatch(v -> v.value().equals(4)));
    assertTrue(interval.right().stream().allMatch(v -> v.value().equals(4)));
    assertEquals(Basis.PUBLISHED, interval.left().get(0).basis());
    assertEquals(Basis.AGREEMENT, interval.right().get(interval.right().size() - 1).basis());
    // PM U2024/01035 changes exactly these five parameters of the 2014 rule set: the permit clause
    // (7.2), the raise of the education rate from 2026 (6.2.1), the end of the USV evaluation
    // (6.4, 7.9.1), Örebro's minimum aligned to what it trains (6.1.2), and alf's assumed start
    // of the undated changes; nothing else differs in value.
    assertEquals(ImmutableList.of("clinical-research.qualifying-permits", "education.raise-from",
        "evaluation.usv-interval-years", "minimum-hst.aligned-to-actual-from[orebro]",
        "pm.new-agreement-from"), C.parameterDifferences().stream().map(ParameterDifference::id)
        .collect(ImmutableList.toImmutableList()));
    assertTrue(C.parameterDifferences().stream().allMatch(ParameterDifference::isChanged));
    // A difference that says CHANGED with the same values, or RECITED with different ones, is
    // refused when built.
    ParameterValue four = interval.left().get(0);
    assertThrows(IllegalStateException.class, () -> new ParameterDifference("x", "x",
        Change.CHANGED, ImmutableList.of(four), interval.right()));
    ParameterDifference usv = C.parameterDifference("evaluation.usv-interval-years")
        .orElseThrow();
    assertThrows(IllegalStateException.class, () -> new ParameterDifference("x", "x",
        Change.RECITED, usv.left(), usv.right()));
  }

  @Test
  void statementsThatDiffer() {
    // PM 7.7: GUNS replaces the national steering group.
    StatementDifference body = C.statementDifference("governance.national-body").orElseThrow();
    assertEquals(Change.CHANGED, body.change());
    assertTrue(body.left().orElseThrow().text().contains("nationell styrgrupp"));
    assertTrue(body.right().orElseThrow().text().contains("GUNS"));
    assertTrue(body.right().orElseThrow().citation().section().orElseThrow().contains("7.7"));
    // PM 5.3.2 (VIL) and 7.6 (cooperation) are new matters.
    assertEquals(Change.ONLY_RIGHT, C.statementDifference("vil").orElseThrow().change());
    assertEquals(Change.ONLY_RIGHT, C.statementDifference("cooperation").orElseThrow().change());
  }

  @Test
  void healthDataResearchLosesItsStatusBecauseOfThePermitClause() {
    // facts.md (Region Västerbotten on PM 7.2): health-data research needs no permit, so the
    // added clause "…och som kräver tillstånd av Läkemedelsverket eller Etikprövningsmyndigheten"
    // puts it outside; under 2014 it meets both conditions of § 7.
    VerdictComparison v = C.verdicts().get(0);
    assertEquals(ResearchProjects.healthData(), v.project());
    assertTrue(v.left().isClinicalResearch());
    assertFalse(v.right().isClinicalResearch());
    assertTrue(v.isChanged());
    assertEquals(ImmutableList.of(Condition.PERMIT),
        v.decisive().stream().map(ConditionDifference::id).collect(Collectors.toList()));
    ConditionDifference permit = v.decisive().get(0);
    assertEquals(Change.ONLY_RIGHT, permit.change());
    assertFalse(permit.right().orElseThrow().met());
  }

  @Test
  void aDrugTrialKeepsItsStatusThoughTheDefinitionDiffers() {
    // A drug trial holds both permits the clause names: clinical research under both.
    VerdictComparison v = C.verdicts().stream()
        .filter(x -> x.project().equals(ResearchProjects.drugTrial())).findFirst().orElseThrow();
    assertFalse(v.isChanged());
    assertTrue(v.decisive().isEmpty());
    assertEquals(1, v.differences().size());
    assertEquals(Condition.PERMIT, v.differences().get(0).id());
    assertTrue(v.differences().get(0).right().orElseThrow().met());
    // Läkarförbundet (facts.md): animal ethics approval is not among the clause's permits.
    assertTrue(C.changedVerdicts().stream()
        .anyMatch(x -> x.project().equals(ResearchProjects.translationalAnimalStudy())));
  }

  @Test
  void assumptionsAreCollectedAndNeverFacts() {
    ImmutableList<ParameterRead> a = C.assumptions();
    assertTrue(a.stream().allMatch(r -> r.basis() == Basis.ASSUMPTION));
    Set<String> ids = a.stream().map(ParameterRead::id).collect(Collectors.toSet());
    // The raised rate (PM gives no size), Örebro's minimum and actual students, the appropriation.
    assertTrue(ids.containsAll(ImmutableSet.of("education.raised-rate-per-hst",
        "education.rate-per-hst", "minimum-hst[orebro]", "actual-hst.base[orebro]",
        "research.appropriation")), ids.toString());
    // The 2015 research shares are published (VR1804); carried forward as keys after 2015 they
    // are an assumption, and the comparison (2024–2030) says so.
    assertTrue(a.stream().anyMatch(r -> r.id().equals("research.key[orebro]")
        && r.range().equals("[2016-01-01, …)")), ids.toString());
    // Each once, in order.
    assertEquals(a.stream().distinct().sorted(Assumptions.ORDER).collect(Collectors.toList()), a);
    // A line resting on an assumption says which.
    assertTrue(C.line(AlfRegion.STOCKHOLM, y(2026), Line.EDUCATION).assumptions().stream()
        .anyMatch(r -> r.id().equals("education.raised-rate-per-hst")));
  }

  @Test
  void badInputFailsFastNamingWhatIsWrong() {
    IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
        () -> Comparison.of(RuleSets.alf2014(), RuleSets.proposal2024())
            .over(Scenarios.published(), y(2030), y(2024)));
    assertTrue(order.getMessage().contains("from 2030 is after to 2024"), order.getMessage());
    IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
        () -> C.line(AlfRegion.OREBRO, y(2031), Line.TOTAL));
    assertTrue(outside.getMessage().contains("2031") && outside.getMessage().contains("2024–2030"),
        outside.getMessage());
    assertThrows(YearOutsideRuleSetException.class,
        () -> Comparison.of(RuleSets.alf2014(), RuleSets.proposal2024())
            .over(Scenarios.published(), y(2010), y(2016)));
    assertThrows(NullPointerException.class, () -> Comparison.of(null, RuleSets.alf2014()));
  }

  @Test
  void projectsCanBeAddedAfterwards() {
    Comparison without = Comparison.of(RuleSets.alf2014(), RuleSets.proposal2024())
        .over(Scenarios.published(), y(2026));
    assertTrue(without.verdicts().isEmpty());
    Comparison with = without.withProjects(ImmutableList.of(ResearchProjects.healthData()));
    assertEquals(1, with.changedVerdicts().size());
    assertEquals(without.lines(), with.lines());
  }
}
