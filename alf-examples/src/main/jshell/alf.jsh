// alf: the jshell start-up script. Open jshell with the library and this script:
//
//   jshell --class-path alf-examples/target/alf.jar alf-examples/src/main/jshell/alf.jsh
//
// (build the jar first: ./mvnw -B -q install -DskipTests). Ready values:
//   current   the 2014 agreement, alf-2014
//   proposal  the 2024 proposal, pm-2024
//   published the published scenario: published figures, labelled assumptions elsewhere
//   vasterbotten  Region Västerbotten's response to the proposal, vasterbotten-2024
//   lakarforbundet  Sveriges läkarförbund's response, lakarforbundet-2024
//   withSupplement  the published scenario with an illustrative supplement of 10 000 000 kr a year
//                   from 2026 (an assumption, not a figure from the response), which
//                   vasterbotten-2024 needs from 2026
// Try:  show(proposal.allocate(published, Year.of(2027)).explain(AlfRegion.OREBRO))
//       show(Comparison.of(proposal, vasterbotten).over(withSupplement, Year.of(2027)).toTable())
//       Sensitivity.of(current).over(published, Year.of(2024), AlfRegion.OREBRO).rows()
import java.time.LocalDate;
import java.time.Year;
import se.alf.agreement.*;
import se.alf.money.*;
import se.alf.number.*;
import se.alf.party.*;
import se.alf.programme.*;
import se.alf.quality.*;
import se.alf.research.*;
import se.alf.source.*;
import se.alf.time.*;
import se.alf.rules.*;
import se.alf.rules.param.*;
import se.alf.rules.explain.*;
import se.alf.rules.compare.*;
import se.alf.rules.report.*;
import se.alf.rules.reform.*;
import se.alf.rules.sensitivity.*;
import se.alf.examples.chart.*;

RuleSet current = RuleSets.alf2014();
RuleSet proposal = RuleSets.proposal2024();
Scenario published = Scenarios.published();
RuleSet vasterbotten = Reforms.vasterbotten();
RuleSet lakarforbundet = Reforms.lakarforbundet();
Scenario withSupplement = published.with("published+supplement", Parameters.builder()
    .putFrom(VasterbottenResponse.SUPPLEMENT, Year.of(2026), Sek.ofKronor(10_000_000),
        Basis.ASSUMPTION, Citation.builder().document("alf assumption")
            .section("regionalisation supplement")
            .note("Region Västerbotten's response (§ 6.1.1) gives no size; 10 000 000 kr"
                + " a year is an illustration only. Replace it with your own.").build())
    .build());

/** Prints a text, or an explanation's rendered tree, as it is, without jshell's quotes. */
void show(Object o) {
  System.out.print(o instanceof String ? (String) o
      : o instanceof Explanation ? ((Explanation) o).render() : o + "\n");
}
