package se.alf.examples.cli;

import picocli.CommandLine.Option;
import se.alf.examples.cli.input.ScenarioFile;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;

/** {@code -s, --scenario FILE}, of the computing commands: the scenario they compute on. */
final class ScenarioOption {

  @Option(names = {"-s", "--scenario"}, paramLabel = "FILE",
      description = {"apply the inputs of the JSON file FILE on top of the published scenario:"
          + " {\"name\": \"orebro-850\", \"inputs\": [{\"key\": \"actual-hst[orebro]\","
          + " \"from\": 2026, \"to\": 2026, \"value\": \"850\"}]} (\"to\" inclusive, optional;"
          + " or \"year\": 2026; alf keys lists the keys)"})
  private String file;

  /** Returns the scenario of {@code --scenario FILE}, or the published scenario. */
  Scenario scenario() {
    return file == null ? Scenarios.published() : ScenarioFile.read(file);
  }

  /** Returns whether {@code --scenario} was given. */
  boolean given() {
    return file != null;
  }

  /**
   * Returns the scenario of the JSON file {@code file}, given with {@code option}, or the
   * published one if {@code file} is null.
   */
  static Scenario published(String option, String file) {
    return file == null ? Scenarios.published() : ScenarioFile.read(option, file);
  }
}
