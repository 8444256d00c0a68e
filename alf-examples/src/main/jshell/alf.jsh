// alf: the jshell start-up script. Open jshell with the library and this script, from the
// repository root (build the jar first: ./mvnw -B -q package -DskipTests):
//
//   jshell --execution local -J-cp -Jalf-examples/target/alf.jar \
//       --class-path alf-examples/target/alf.jar alf-examples/src/main/jshell/alf.jsh
//
// (--execution local runs the snippets in jshell's own JVM, which then needs the jar on its class
// path, -J-cp; without the three, jshell starts a second JVM and takes longer to open.)
//
// Ready values (se.alf.examples.Jshell, imported statically below; compiled once, so jshell
// starts quickly):
//   current   the 2014 agreement, alf-2014
//   proposal  the 2024 proposal, pm-2024
//   published the published scenario: published figures, labelled assumptions elsewhere
//   vasterbotten  Region Västerbotten's response to the proposal, vasterbotten-2024
//   lakarforbundet  Sveriges läkarförbund's response, lakarforbundet-2024
//   withSupplement  the published scenario with an illustrative supplement of 10 000 000 kr a year
//                   from 2026 (an assumption, not a figure from the response), which
//                   vasterbotten-2024 needs from 2026
//   show(x)   prints a text, or an explanation's tree, as it is
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
import static se.alf.examples.Jshell.*;
