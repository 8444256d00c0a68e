package se.alf.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.alf.examples.cli.input.InputFiles;
import se.alf.rules.Horizon;
import se.alf.rules.RuleSet;

/** {@code alf}: the commands, and the help and version of the whole. */
@Command(name = "alf",
    header = {"alf: the Swedish ALF agreement (the state pays seven regions for medical education"
        + " and clinical research) as executable, cited rule sets."},
    synopsisSubcommandLabel = "COMMAND",
    synopsisHeading = "%nUsage: ",
    mixinStandardHelpOptions = true,
    versionProvider = AlfCommand.Version.class,
    description = {"",
        "alf [DATE] is alf landscape [DATE]. Help on one command: alf COMMAND --help.",
        "",
        "Figures come from the published scenario (Scenarios.published()): published figures"
            + " with sources, and labelled assumptions where nothing is published. Every result"
            + " lists the assumptions it rests on.",
        "",
        "Options most commands take: -f, --format (text, csv, markdown or json);"
            + " --csv-dialect (rfc4180 or excel-sv) and --table NAME with csv; -o, --output FILE"
            + " (UTF-8); -s, --scenario FILE (your inputs on top of the published scenario);"
            + " --reform FILE (a reform of a rule set, whose id is then a rule set); -r, --region"
            + " REGION (allocate, compare and sensitivity).",
        "",
        "Files given with --scenario, --reform and --file must be regular files of at most 1 MiB"
            + " (" + InputFiles.MAX_BYTES + " bytes) of UTF-8 text. Years run from "
            + Horizon.FIRST + " to " + Horizon.LAST + "."},
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:done",
        "1:validate --fail-on found a finding at or above the severity it names; or an"
            + " unexpected failure (a bug, or out of memory: one line)",
        "2:a bad command line or input file (one line per problem)"},
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nShell completion (bash, zsh), alf being a script on your PATH that runs"
        + " alf.jar:%n",
    footer = {"  source <(alf generate-completion)"})
final class AlfCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  /** Without a command: the help. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return Cli.OK;
  }

  /**
   * The version of {@code --version}: alf's, from the manifest of the jar the rule sets were
   * loaded from ({@code Implementation-Version}), and the Java machine's.
   */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = RuleSet.class.getPackage().getImplementationVersion();
      return new String[] {"alf " + (v == null ? "(version unknown: not run from a jar)" : v),
          "Java " + System.getProperty("java.version") + " ("
              + System.getProperty("java.vm.name") + ")"};
    }
  }
}
