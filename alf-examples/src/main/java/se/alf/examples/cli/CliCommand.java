package se.alf.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * One command of {@code alf}, with what every command shares: {@code --help}, {@code --version}
 * and {@code -o, --output FILE}. A command computes its whole result as text ({@link #execute});
 * {@link OutputOption} writes it, in one place, after the command succeeded: a failed command
 * leaves no half-written file.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = AlfCommand.Version.class,
    sortOptions = false, abbreviateSynopsis = true, showAtFileInUsageHelp = false,
    parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n")
abstract class CliCommand implements Callable<Integer> {

  /** What a command prints on the standard output (or {@code --output}), and its exit status. */
  record Result(String text, int status) {

    /** The result of a command that ran: exit status {@value Cli#OK}. */
    static Result ok(String text) {
      return new Result(text, Cli.OK);
    }
  }

  @Spec
  private CommandSpec spec;

  @Mixin
  private final OutputOption output = new OutputOption();

  private final Context context;

  CliCommand(Context context) {
    this.context = context;
  }

  /**
   * Computes the result.
   *
   * @throws se.alf.examples.cli.input.UsageException for a bad argument or input file
   */
  abstract Result execute();

  @Override
  public final Integer call() {
    try {
      output.check();
      OutputOption.requireDistinctFiles(spec);
      Result r = execute();
      output.write(context, r.text());
      return r.status();
    } catch (Error e) { // out of memory, say: one line naming it, as for an exception
      return new Errors(context).failed(spec.commandLine(), e);
    }
  }

  /** Where the command writes messages, and what "today" is. */
  Context context() {
    return context;
  }

  /** Writes {@code line} on the error stream, {@code alf: COMMAND: line}. */
  void message(String line) {
    context.err().println("alf: " + spec.name() + ": " + line);
  }
}
