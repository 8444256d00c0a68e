package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.alf.agreement.AgreementLandscape;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;
import se.alf.rules.reform.Reform;
import se.alf.source.Citation;

/** The 2014 rule set's checks of the agreements, the evaluation rounds and unused funds. */
class AgreementChecksTest {

  private static List<String> findings(List<Finding> all, String check) {
    return all.stream().filter(f -> f.check().equals(check))
        .map(f -> f.severity() + " " + f.message()).collect(Collectors.toList());
  }

  @Test
  void regionalAgreementsAndAffiliationsEarlyIn2015() {
    List<Finding> f = RuleSets.alf2014().validate(AgreementLandscape.sweden(),
        LocalDate.of(2015, 2, 1));
    // Stockholm's RALF dates from 2016 (seed 003, KI–SLL); Östergötland's was signed 2015-03-24
    // (seed 001 slide 1): neither in force on 2015-02-01. Skåne's and Västerbotten's are "since
    // 2015" / "tecknades 2015" with no day: not known to be in force.
    assertEquals(List.of(
        "ERROR its regional agreement ralf-stockholm is not in force on 2015-02-01",
        "WARNING its regional agreement ralf-skane is not known to be in force on 2015-02-01",
        "WARNING its regional agreement ralf-vasterbotten is not known to be in force on"
            + " 2015-02-01",
        "ERROR its regional agreement ralf-ostergotland is not in force on 2015-02-01"),
        findings(f, "regional-agreement"));
    // Norrbotten, Jämtland Härjedalen and Västernorrland are bound through Västerbotten's
    // affiliation agreement (seed 003, NUSS); Östergötland's affiliation dates from 2017.
    assertEquals(3, findings(f, "affiliated-region-bound").size());
    assertEquals("WARNING is affiliated by anknytning-vasterbotten to the regional agreement of"
        + " Västerbotten, which is not known to be in force on 2015-02-01",
        findings(f, "affiliated-region-bound").get(0));
    // The RALF of Västra Götaland, Uppsala and Örebro: no source dates them (Vetenskapsrådet).
    assertEquals(List.of("INFO no source gives when ralf-vastra-gotaland, ralf-uppsala and"
        + " ralf-orebro took effect, and none describes them as current: whether in force is not"
        + " known on any date (a known unknown)"), findings(f, "known-unknowns"));
  }

  @Test
  void byTheMemoOf2018EverythingDatedIsInForce() {
    // Seed 003 (2018-10-24) describes every dated agreement as current.
    List<Finding> f = RuleSets.alf2014().validate(AgreementLandscape.sweden(),
        LocalDate.of(2019, 1, 1));
    assertEquals(List.of(), findings(f, "regional-agreement"));
    assertEquals(List.of(), findings(f, "affiliated-region-bound"));
    assertEquals(1, findings(f, "known-unknowns").size());
  }

  @Test
  void evaluationsOverdue() {
    // Last rounds 2023 (TestScenarios), every four years (VR; Socialstyrelsen, ALF 2014 § 1):
    // both due 2027, overdue in 2028 and not in 2027.
    assertEquals(List.of(), findings(RuleSets.alf2014().validate(TestScenarios.allGodHog(),
        Year.of(2027)), "evaluation-overdue"));
    assertEquals(List.of(
        "WARNING the research quality evaluation was due in 2027 and is overdue in 2028",
        "WARNING the university-healthcare (USV) evaluation was due in 2027 and is overdue in"
            + " 2028"),
        findings(RuleSets.alf2014().validate(TestScenarios.allGodHog(), Year.of(2028)),
            "evaluation-overdue"));
  }

  @Test
  void unusedFundsCarriedOver() {
    Citation mine = Citation.of("test", "input");
    Year y = Year.of(2026);
    Scenario nothing = TestScenarios.allGodHog().with("zero", Parameters.builder()
        .putFrom(Keys.CARRIED_OVER.of(AlfRegion.OREBRO), y, Sek.ZERO, Basis.INPUT, mine).build());
    assertEquals(List.of(), findings(RuleSets.alf2014().validate(nothing, y),
        "funds-carried-over"));
    // ALF 2014: unused funds are paid back, unless a supplementary agreement allows carrying.
    Scenario one = TestScenarios.allGodHog().with("one", Parameters.builder()
        .putFrom(Keys.CARRIED_OVER.of(AlfRegion.OREBRO), y, Sek.ofOre(1), Basis.INPUT, mine)
        .build());
    assertEquals(List.of("ERROR carried 0,01 kr of unused funds into 2026; unused funds must be"
        + " paid back"), findings(RuleSets.alf2014().validate(one, y), "funds-carried-over"));
    // A supplementary agreement that allows it: a reform of the 2014 rule set.
    RuleSet allowing = Reform.of(RuleSets.alf2014()).id("carry").title("carry over allowed")
        .citation(mine).set(Keys.CARRY_OVER_ALLOWED, y, true, Basis.ASSUMPTION, mine).build();
    assertEquals(List.of("INFO carried 0,01 kr into 2026, as the supplementary agreement allows"),
        findings(allowing.validate(one, y), "funds-carried-over"));
  }
}
