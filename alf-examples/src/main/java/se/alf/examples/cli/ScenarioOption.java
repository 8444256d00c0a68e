package se.alf.examples.cli;

import java.util.ArrayList;
import java.util.List;
import se.alf.rules.Parameter;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;

/** The {@code --scenario FILE} option the computing commands share. */
final class ScenarioOption {

  static final String HELP = "  --scenario FILE             apply the inputs of the JSON file FILE on top of the"
      + " published scenario:\n"
      + "                              {\"name\": \"orebro-850\", \"inputs\": [{\"key\":"
      + " \"actual-hst[orebro]\",\n"
      + "                               \"from\": 2026, \"to\": 2026, \"value\": \"850\"}]}\n"
      + "                              (\"to\" inclusive, optional; or \"year\": 2026;"
      + " `alf keys` lists the keys)\n";

  private ScenarioOption() {}

  /** Returns the scenario of {@code --scenario FILE}, or the published scenario. */
  static Scenario of(Args args) {
    return args.option("scenario").map(ScenarioFile::read).orElse(Scenarios.published());
  }

  /**
   * Returns a warning for every input of {@code scenario}'s file that {@code ruleSet} sets itself:
   * a rule reads the rule set's own parameter first, so the input is not used.
   */
  static List<String> shadowed(Args args, Scenario scenario, RuleSet ruleSet) {
    List<String> warnings = new ArrayList<>();
    if (args.option("scenario").isEmpty()) {
      return warnings;
    }
    for (Parameter<?> p : scenario.inputs().list()) {
      boolean fromFile = p.timeline().values().stream()
          .anyMatch(v -> v.value().basis() == se.alf.rules.Basis.INPUT);
      if (fromFile && ruleSet.parameters().contains(p.key())) {
        warnings.add("warning: " + p.key().id() + " is set by rule set " + ruleSet.id()
            + " itself, which a rule reads first; the scenario's value is not used");
      }
    }
    return warnings;
  }
}
