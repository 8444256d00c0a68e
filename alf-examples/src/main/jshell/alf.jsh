// alf: the jshell start-up script. Open jshell with the library and this script:
//
//   jshell --class-path alf-examples/target/alf.jar alf-examples/src/main/jshell/alf.jsh
//
// (build the jar first: ./mvnw -B -q install -DskipTests). Ready values:
//   current   the 2014 agreement, alf-2014
//   proposal  the 2024 proposal, pm-2024
//   published the published scenario: published figures, labelled assumptions elsewhere
// Try:  proposal.allocate(published, Year.of(2027)).explain(AlfRegion.OREBRO)
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

RuleSet current = RuleSets.alf2014();
RuleSet proposal = RuleSets.proposal2024();
Scenario published = Scenarios.published();

/** Prints the text of an explanation or verdict as it is, without jshell's quotes. */
void show(Object o) { System.out.print(o instanceof String ? (String) o : o + "\n"); }
