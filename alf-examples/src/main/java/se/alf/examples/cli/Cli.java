package se.alf.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import se.alf.examples.cli.input.Terminal;

/**
 * The {@code alf} command line: {@code alf COMMAND [ARGUMENTS] [OPTIONS]}, parsed by picocli. Each
 * command is one small class ({@link CliCommand}); {@code alf --help} lists them.
 *
 * <p>Exit status: {@value #OK} when the command ran; {@value #FINDINGS} when {@code validate
 * --fail-on} found what it was told to fail on; {@value #USAGE_ERROR} for a bad command line or
 * input file (one line on the error stream per problem, naming the argument, its value and the
 * rule, no stack trace); and {@value #FAILURE} for an unexpected failure (a bug, or the machine
 * running out of memory: one line naming it, no stack trace). Everything written is UTF-8,
 * whatever the platform's encoding, and passes through {@link Terminal#safe}, so that no control
 * character from a file reaches the terminal. Help is coloured only on a terminal, and never when
 * the environment sets {@code NO_COLOR}.
 */
public final class Cli {

  /** The command ran. */
  public static final int OK = 0;
  /** {@code validate --fail-on}: a finding at or above the severity it names. */
  public static final int FINDINGS = 1;
  /** An unexpected failure: a bug in alf, or an error of the Java machine (out of memory). */
  public static final int FAILURE = 1;
  /** A bad command line or input file. */
  public static final int USAGE_ERROR = 2;

  private Cli() {}

  /** Runs {@code alf args}, writing to {@code out} and {@code err}; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, Clock.systemDefaultZone());
  }

  /**
   * As {@link #run(String[], PrintStream, PrintStream)}, with {@code clock} for "today" and help
   * without colour.
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
    return run(args, out, err, clock, false);
  }

  /**
   * As {@link #run(String[], PrintStream, PrintStream, Clock)}; {@code colour} says whether help
   * may be coloured ({@link #colour}).
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Clock clock,
      boolean colour) {
    Objects.requireNonNull(args, "args");
    PrintStream safeOut = Terminal.guard(out);
    PrintStream safeErr = Terminal.guard(err);
    int status;
    try {
      status = commandLine(new Context(safeOut, safeErr, clock), colour).execute(args);
    } catch (Throwable e) { // the boundary: whatever happens, one line and a status
      safeErr.println("alf: internal error, please report it: " + Errors.oneLine(e));
      status = FAILURE;
    }
    safeOut.flush();
    safeErr.flush();
    return status;
  }

  /**
   * Returns whether help may be coloured: only when the output is a terminal, and never when the
   * environment sets {@code NO_COLOR} to a non-empty value (https://no-color.org).
   *
   * @param environment the environment, e.g. {@link System#getenv()}
   * @param terminal whether the output is a terminal
   */
  public static boolean colour(Map<String, String> environment, boolean terminal) {
    String noColour = environment.get("NO_COLOR");
    return terminal && (noColour == null || noColour.isEmpty());
  }

  /** Returns the command line of {@code alf}, each command writing through {@code context}. */
  static CommandLine commandLine(Context context, boolean colour) {
    CommandLine cl = new CommandLine(new AlfCommand());
    for (CliCommand c : List.of(new LandscapeCommand(context), new RuleSetsCommand(context),
        new AllocateCommand(context), new CompareCommand(context), new SensitivityCommand(context),
        new BacktestCommand(context),
        new ClassifyCommand(context), new ValidateCommand(context), new KeysCommand(context),
        new ParametersCommand(context), new ReportCommand(context))) {
      cl.addSubcommand(c);
    }
    cl.addSubcommand("help", new CommandLine.HelpCommand());
    cl.addSubcommand("generate-completion", new AutoComplete.GenerateCompletion());
    Errors errors = new Errors(context);
    // No @file arguments: an argument is what it says, never the contents of a file.
    cl.setExpandAtFiles(false)
        .setOut(utf8(context.out()))
        .setErr(utf8(context.err()))
        .setColorScheme(Help.defaultColorScheme(colour ? Ansi.ON : Ansi.OFF))
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors);
    return cl;
  }

  private static PrintWriter utf8(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
