package se.alf.examples.cli;

import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;

/** The {@code --scenario FILE} option the computing commands share. */
final class ScenarioOption {

  static final String HELP = "  --scenario FILE             apply the inputs of the JSON file FILE"
      + " on top of the published scenario:\n"
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
}
