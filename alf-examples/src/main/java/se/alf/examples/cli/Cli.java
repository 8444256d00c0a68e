package se.alf.examples.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.alf.rules.Horizon;
import se.alf.rules.MissingInputException;
import se.alf.rules.UnknownRuleSetException;
import se.alf.rules.YearOutsideRuleSetException;

/**
 * The {@code alf} command line: {@code alf COMMAND [ARGS] [OPTIONS]}. Each command is one small
 * class; arguments are parsed by hand ({@link Args}).
 *
 * <p>Exit status: {@value #OK} when the command ran, {@value #USAGE_ERROR} for a bad command line
 * or input file (one line on the error stream per problem, naming the argument, its value and the
 * rule, no stack trace), and {@value #FAILURE} for an unexpected failure (a bug, or the machine
 * running out of memory: one line naming it, no stack trace). Everything written passes through
 * {@link Terminal#safe}, so that no control character from a file reaches the terminal.
 */
public final class Cli {

  /** The command ran. */
  public static final int OK = 0;
  /** An unexpected failure: a bug in alf, or an error of the Java machine (out of memory). */
  public static final int FAILURE = 1;
  /** A bad command line or input file. */
  public static final int USAGE_ERROR = 2;

  private final Map<String, Command> commands = new LinkedHashMap<>();

  private Cli() {
    for (Command c : List.of(new LandscapeCommand(), new RuleSetsCommand(), new AllocateCommand(),
        new CompareCommand(), new BacktestCommand(), new ClassifyCommand(), new ValidateCommand(),
        new KeysCommand())) {
      commands.put(c.name(), c);
    }
  }

  /** Runs {@code alf args}, writing to {@code out} and {@code err}; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, Clock.systemDefaultZone());
  }

  /** As {@link #run(String[], PrintStream, PrintStream)}, with {@code clock} for "today". */
  public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
    Objects.requireNonNull(args, "args");
    PrintStream safeOut = Terminal.guard(out);
    PrintStream safeErr = Terminal.guard(err);
    int status;
    try {
      status = new Cli().dispatch(Arrays.asList(args), new Context(safeOut, safeErr, clock));
    } catch (Throwable e) { // the boundary: whatever happens, one line and a status
      safeErr.println("alf: internal error, please report it: " + oneLine(e));
      status = FAILURE;
    }
    safeOut.flush();
    safeErr.flush();
    return status;
  }

  private int dispatch(List<String> args, Context context) {
    if (args.isEmpty() || isHelp(args.get(0))) {
      context.out().print(overallHelp());
      return OK;
    }
    if (args.get(0).equals("help")) {
      if (args.size() == 1) {
        context.out().print(overallHelp());
        return OK;
      }
      Command c = commands.get(args.get(1));
      if (c == null) {
        return unknownCommand(args.get(1), context);
      }
      context.out().print(help(c));
      return OK;
    }
    Command command = commands.get(args.get(0));
    if (command == null) {
      return unknownCommand(args.get(0), context);
    }
    List<String> rest = args.subList(1, args.size());
    for (String a : rest) {
      if (a.equals("--")) {
        break;
      }
      if (isHelp(a)) {
        context.out().print(help(command));
        return OK;
      }
    }
    try {
      return command.run(Args.parse(rest, command.valueOptions(), command.flags()), context);
    } catch (MissingInputException e) {
      context.err().println("alf: " + command.name() + ": " + e.getMessage() + "; with alf, give"
          + " it in a --scenario file: {\"inputs\": [{\"key\": \"" + e.key() + "\", \"from\": "
          + e.date().getYear() + ", \"value\": \"...\"}]}");
      return USAGE_ERROR;
    } catch (UsageException e) {
      e.problems().forEach(p -> context.err().println("alf: " + command.name() + ": " + p));
      return USAGE_ERROR;
    } catch (UnknownRuleSetException | YearOutsideRuleSetException e) {
      context.err().println("alf: " + command.name() + ": " + e.getMessage());
      return USAGE_ERROR;
    } catch (ArithmeticException e) {
      // Exact arithmetic only fails on figures out of any plausible range, which come from the
      // user's input: a result that does not fit (Sek names the operands).
      context.err().println("alf: " + command.name() + ": a figure is out of range, check the"
          + " input: " + e.getMessage());
      return USAGE_ERROR;
    } catch (OutOfMemoryError e) {
      context.err().println("alf: " + command.name() + ": out of memory; the input is too large"
          + " for this machine");
      return FAILURE;
    } catch (Throwable e) {
      context.err().println("alf: " + command.name() + ": internal error, please report it: "
          + oneLine(e));
      return FAILURE;
    }
  }

  /** Returns the class and message of {@code e} and of its first frame in alf, on one line. */
  private static String oneLine(Throwable e) {
    String where = java.util.Arrays.stream(e.getStackTrace())
        .filter(f -> f.getClassName().startsWith("se.alf.")).findFirst()
        .map(f -> " (at " + f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber()
            + ")").orElse("");
    return (e.toString() + where).replaceAll("\\R", " ");
  }

  private int unknownCommand(String name, Context context) {
    context.err().println("alf: unknown command '" + name + "'; the commands are "
        + String.join(", ", commands.keySet()) + " (alf --help)");
    return USAGE_ERROR;
  }

  private static boolean isHelp(String a) {
    return a.equals("--help") || a.equals("-h");
  }

  /** Returns the help of {@code alf --help}. */
  String overallHelp() {
    StringBuilder s = new StringBuilder();
    s.append("alf: the Swedish ALF agreement (the state pays seven regions for medical education"
        + " and clinical research)\nas executable, cited rule sets.\n\n");
    s.append("Usage: alf COMMAND [ARGUMENTS] [OPTIONS]\n");
    s.append("       alf COMMAND --help      help on one command\n");
    s.append("       alf [DATE]              the same as: alf landscape [DATE]\n\n");
    s.append("Commands:\n");
    int w = commands.values().stream().mapToInt(c -> c.name().length()).max().orElse(0);
    for (Command c : commands.values()) {
      s.append("  ").append(c.name()).append(" ".repeat(w - c.name().length() + 2))
          .append(c.summary()).append('\n');
    }
    s.append("\nCommon options:\n"
        + "  --format text|csv|markdown  how to write the result (default text)\n"
        + "  --scenario FILE             apply the inputs of a JSON file on top of the published"
        + " scenario\n"
        + "  --reform FILE               build a reform of a rule set from a JSON file; its id is"
        + " then a rule set\n"
        + "  --help, -h                  help\n\n"
        + "Figures come from the published scenario (Scenarios.published()): published figures"
        + " with sources, and\nlabelled assumptions where nothing is published. Every result lists"
        + " the assumptions it rests on.\n\n"
        + "Files given with --scenario, --reform and --file must be regular files of at most 1 MiB"
        + " (1 048 576\nbytes) of UTF-8 text. Years run from " + Horizon.FIRST + " to "
        + Horizon.LAST + ".\n\n"
        + "Exit status: 0 done; 2 a bad command line or input file (one line per problem);"
        + " 1 an unexpected\nfailure (a bug, or out of memory; one line).\n");
    return s.toString();
  }

  /** Returns the help of {@code alf COMMAND --help}. */
  static String help(Command c) {
    return "Usage: alf " + c.name() + (c.synopsis().isEmpty() ? "" : " " + c.synopsis()) + "\n\n"
        + c.summary() + "\n\n" + c.help();
  }
}
