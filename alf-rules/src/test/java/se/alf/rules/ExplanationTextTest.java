package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.quality.Grade;
import se.alf.rules.explain.Explanation;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;
import se.alf.rules.reform.VasterbottenResponse;
import se.alf.source.Citation;

/**
 * Every step of every explanation says what it computed and, where it shows a formula, what the
 * formula is: no blank label, no blank "= " line, for every shipped rule set, over the years and
 * the branches of the rules (before and after the proposal's new agreement and term 12; quality
 * amounts lost whole or by panel, returned or redistributed; an increase partly distributed by
 * highly cited articles). And the formulas of the branches say which branch was taken.
 */
class ExplanationTextTest {

  private static final Citation TEST = Citation.of("test", "input");
  private static final Year Y2026 = Year.of(2026);

  /** Örebro graded undermålig in panel 2, its lost slice redistributed by keys. */
  static Scenario undermaligRedistributed() {
    return TestScenarios.withGrades(TestScenarios.clean(), AlfRegion.OREBRO, Grade.GOD_HOG,
        Grade.UNDERMALIG, Grade.GOD_HOG).with("redistribute", Parameters.builder()
            .putFrom(Keys.WITHHELD_DESTINATION, Y2026, WithheldDestination.REDISTRIBUTED,
                Basis.INPUT, TEST).build());
  }

  /** Uppsala graded undermålig in panel 1, losing its whole quality amount, returned. */
  static Scenario undermaligWhole() {
    return TestScenarios.withGrades(TestScenarios.clean(), AlfRegion.UPPSALA, Grade.UNDERMALIG,
        Grade.GOD_HOG, Grade.GOD_HOG).with("whole", Parameters.builder()
            .putFrom(Keys.QUALITY_LOSS, Y2026, QualityLoss.WHOLE_AMOUNT, Basis.INPUT, TEST)
            .build());
  }

  /** An appropriation 2 000 000 kr over the unchanged level, one highly cited article each. */
  static Scenario increase() {
    return TestScenarios.allGodHog().with("increase", Parameters.builder()
        .putFrom(Keys.RESEARCH_APPROPRIATION, Y2026, Sek.ofKronor(102_000_000), Basis.INPUT, TEST)
        .putFrom(Keys.UNCHANGED_RESEARCH_LEVEL, Y2026, Sek.ofKronor(100_000_000), Basis.INPUT,
            TEST)
        .build());
  }

  private static void collect(Explanation e, List<Explanation> into) {
    into.add(e);
    e.steps().forEach(s -> collect(s, into));
  }

  private static List<Explanation> nodes(Allocation a) {
    List<Explanation> all = new ArrayList<>();
    for (AlfRegion r : AlfRegion.values()) {
      collect(a.explain(r), all);
    }
    collect(a.researchAppropriation().explanation(), all);
    collect(a.returnedToState().explanation(), all);
    collect(a.redistributed().explanation(), all);
    return all;
  }

  @Test
  void noStepOfAnyRuleSetHasABlankLabelOrFormula() {
    // Region Västerbotten's reform needs the supplement the response gives no size for.
    Scenario published = Scenarios.published().with("supplement", Parameters.builder()
        .putFrom(VasterbottenResponse.SUPPLEMENT, Year.of(2015), Sek.ofKronor(1_000_000),
            Basis.INPUT, TEST).build());
    ImmutableList<Scenario> scenarios = ImmutableList.of(published,
        TestScenarios.allGodHog(), undermaligRedistributed(), undermaligWhole(), increase());
    int[] years = {2015, 2019, 2025, 2026, 2027, 2030};
    int checked = 0;
    for (RuleSet rules : RuleSets.all().values()) {
      for (Scenario s : scenarios) {
        for (int y : years) {
          if (Year.of(y).isBefore(rules.firstYear())) {
            continue;
          }
          for (Explanation e : nodes(rules.allocate(s, Year.of(y)))) {
            String where = rules.id() + " " + s.name() + " " + y + ": " + e.label();
            assertFalse(e.label().isBlank(), where);
            e.formula().ifPresent(f -> assertFalse(f.isBlank(), where));
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 1000, "nodes checked: " + checked);
  }

  private static String text(RuleSet rules, Scenario s, int year, AlfRegion r) {
    return rules.allocate(s, Year.of(year)).explainText(r);
  }

  @Test
  void theProposalsFormulasNameTheBranchTaken() {
    RuleSet pm = RuleSets.proposal2024();
    // Before the new agreement (pm.new-agreement-from, assumed 2026) the 2014 keys apply.
    String y2025 = text(pm, Scenarios.published(), 2025, AlfRegion.OREBRO);
    assertTrue(y2025.contains("= (R − R × quality share) × key / sum of keys"), y2025);
    // PM 6.2.1: the raised rate from 2026; before it the rate, "raised from 2026".
    assertTrue(y2025.contains("= the rate, equal for all regions; raised from 2026"), y2025);
    // Whole quality amount lost (Uppsala, panel 1 undermålig): clean scenario, Uppsala's key 12
    // of 101 → share 12 000 000 kr, quality 1/5 = 2 400 000 kr, all of it withheld.
    String whole = text(pm, undermaligWhole(), 2026, AlfRegion.UPPSALA);
    assertTrue(whole.contains("= the whole quality amount 2 400 000,00 kr if any panel is graded"
        + " undermålig"), whole);
    assertTrue(whole.contains("= quality amount 2 400 000,00 kr − withheld 2 400 000,00 kr\n"),
        whole);
    // By panel (Örebro, panel 2 of weights 50/25/25): Örebro's key 2 → share 2 000 000 kr,
    // quality 400 000 kr, panel 2's slice 1/4 = 100 000 kr withheld and redistributed.
    String slice = text(pm, undermaligRedistributed(), 2026, AlfRegion.OREBRO);
    assertTrue(slice.contains("= the quality amount 400 000,00 kr in slices by panel weight"
        + " (50/25/25)"), slice);
    assertTrue(slice.contains("= quality amount 400 000,00 kr − withheld 100 000,00 kr\n"),
        slice);
    // A region that kept its amount gets a redistributed part, and its formula says so:
    // Stockholm 100 000 × 27/99 = 27 272,7272… → 27 272,73 kr (largest remainder, ResearchTest).
    String kept = text(pm, undermaligRedistributed(), 2026, AlfRegion.STOCKHOLM);
    assertTrue(kept.contains("= quality amount 5 400 000,00 kr − withheld 0,00 kr"
        + " + redistributed 27 272,73 kr"), kept);
    // PM 7.5.2: increase 2 000 000 kr × cited share 1/2 = 1 000 000 kr by articles, split
    // equally over seven regions with one article each: 1 000 000 / 7 = 142 857,142… kr.
    String inc = text(pm, increase(), 2026, AlfRegion.OREBRO);
    assertTrue(inc.contains("Part by highly cited articles, 2026: 1 000 000,00 kr"), inc);
    assertTrue(inc.contains("= max(0, appropriation − unchanged level) × share of the increase"),
        inc);
    assertTrue(inc.contains("+ by highly cited articles 142 857,1"), inc);
  }
}
