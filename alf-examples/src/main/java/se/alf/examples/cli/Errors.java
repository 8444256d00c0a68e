package se.alf.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import se.alf.examples.cli.input.KeyIndex;
import se.alf.examples.cli.input.Terminal;
import se.alf.examples.cli.input.UsageException;
import se.alf.rules.InputRefusedException;
import se.alf.rules.MissingInputException;
import se.alf.rules.UnknownRuleSetException;
import se.alf.rules.YearOutsideRuleSetException;

/**
 * Every error of the command line, as one line per problem on the error stream,
 * {@code alf: COMMAND: problem}, naming the argument, its value and the rule, never a stack trace:
 * a bad command line or input file exits with {@value Cli#USAGE_ERROR} (a misspelt command or
 * option gets the nearest one suggested), an unexpected failure with {@value Cli#FAILURE}.
 */
final class Errors implements IParameterExceptionHandler, IExecutionExceptionHandler {

  private final Context context;

  Errors(Context context) {
    this.context = context;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    String prefix = prefix(ex.getCommandLine());
    problems(ex).forEach(p -> context.err().println(prefix + p));
    return Cli.USAGE_ERROR;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult result) {
    return failed(commandLine, ex);
  }

  /** Reports {@code e}, thrown while {@code commandLine}'s command ran; returns the status. */
  int failed(CommandLine commandLine, Throwable e) {
    String prefix = prefix(commandLine);
    if (e instanceof UsageException u) {
      u.problems().forEach(p -> context.err().println(prefix + p));
      return Cli.USAGE_ERROR;
    }
    if (e instanceof MissingInputException m) {
      context.err().println(prefix + m.getMessage() + "; with alf, give it in a --scenario file:"
          + " {\"inputs\": [{\"key\": \"" + m.key() + "\", \"from\": " + m.date().getYear()
          + ", \"value\": \"...\"}]}");
      return Cli.USAGE_ERROR;
    }
    if (e instanceof UnknownRuleSetException || e instanceof YearOutsideRuleSetException
        || e instanceof InputRefusedException) {
      context.err().println(prefix + e.getMessage());
      return Cli.USAGE_ERROR;
    }
    if (e instanceof ArithmeticException) {
      // Exact arithmetic only fails on figures out of any plausible range, which come from the
      // user's input: a result that does not fit (Sek names the operands).
      context.err().println(prefix + "a figure is out of range, check the input: "
          + e.getMessage());
      return Cli.USAGE_ERROR;
    }
    if (e instanceof OutOfMemoryError) {
      context.err().println(prefix + "out of memory; the input is too large for this machine");
      return Cli.FAILURE;
    }
    context.err().println(prefix + "internal error, please report it: " + oneLine(e));
    return Cli.FAILURE;
  }

  /** The lines saying what is wrong with the command line. */
  private static List<String> problems(ParameterException ex) {
    if (ex.getCause() instanceof UsageException u) {
      return u.problems(); // a value an option's converter refused
    }
    CommandLine cl = ex.getCommandLine();
    String help = "(" + cl.getCommandSpec().qualifiedName() + " --help)";
    if (ex instanceof UnmatchedArgumentException u) {
      String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
      if (u.isUnknownOption()) {
        return List.of("unknown option " + Terminal.quote(first)
            + suggestion(first, optionNames(cl)) + " " + help);
      }
      if (cl.getParent() == null) {
        List<String> commands = new ArrayList<>(cl.getSubcommands().keySet());
        String near = suggestion(first, commands);
        return List.of("unknown command " + Terminal.quote(first) + near
            + (near.isEmpty() ? "; the" : " The") + " commands are "
            + String.join(", ", commands) + " " + help);
      }
      List<PositionalParamSpec> expected = cl.getCommandSpec().positionalParameters();
      if (expected.isEmpty()) {
        return List.of("takes no arguments, got " + Terminal.quote(first) + " " + help);
      }
      List<String> extra = u.getUnmatched();
      return List.of("expected " + synopsis(expected) + ", got " + (expected.size()
          + extra.size()) + " arguments: " + extra.stream().map(Terminal::quote)
          .collect(Collectors.joining(", ")) + (extra.size() == 1 ? " is" : " are")
          + " too many " + help);
    }
    if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
      ArgSpec first = m.getMissing().get(0);
      if (first instanceof OptionSpec o) {
        return List.of("option " + o.longestName() + " needs a value (" + o.paramLabel() + ")");
      }
      Optional<String> unknown = unknownOption(cl);
      if (unknown.isPresent()) { // picocli took its value for the arguments, and then missed them
        return List.of("unknown option " + Terminal.quote(unknown.get())
            + suggestion(unknown.get(), optionNames(cl)) + " " + help);
      }
      return List.of("expected " + synopsis(cl.getCommandSpec().positionalParameters())
          + "; missing " + m.getMissing().stream().map(ArgSpec::paramLabel)
          .collect(Collectors.joining(" ")) + " " + help);
    }
    if (ex instanceof OverwrittenOptionException o && o.getOverwritten() instanceof OptionSpec s) {
      return List.of("option " + s.longestName() + " may be given once " + help);
    }
    if (ex.getArgSpec() instanceof OptionSpec flag && flag.arity().max() == 0) {
      return List.of("option " + flag.longestName() + " takes no value, was given "
          + Terminal.quote(String.valueOf(ex.getValue())) + " " + help);
    }
    return List.of(oneLine(ex.getMessage()) + " " + help);
  }

  /** {@code alf: COMMAND: }, or {@code alf: } for {@code alf} itself. */
  private static String prefix(CommandLine commandLine) {
    return commandLine.getParent() == null ? "alf: "
        : "alf: " + commandLine.getCommandName() + ": ";
  }

  /** The first argument that looks like an option ({@code -x}, {@code --top}) but is none. */
  private static Optional<String> unknownOption(CommandLine cl) {
    List<String> known = optionNames(cl);
    return cl.getParseResult() == null ? Optional.empty() : cl.getParseResult().originalArgs()
        .stream().filter(a -> a.matches("--?[A-Za-z].*"))
        .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a)
        .filter(a -> !known.contains(a)).findFirst();
  }

  /** {@code RULESET YEAR}, {@code [RULESET] [YEAR|DATE]}: what a command takes. */
  private static String synopsis(List<PositionalParamSpec> positionals) {
    return positionals.stream().map(p -> p.arity().min() == 0 ? "[" + p.paramLabel() + "]"
        : p.paramLabel()).collect(Collectors.joining(" "));
  }

  private static List<String> optionNames(CommandLine cl) {
    return cl.getCommandSpec().options().stream().flatMap(o -> Arrays.stream(o.names()))
        .toList();
  }

  /** {@code ; did you mean allocate?} for a near miss, else empty. */
  private static String suggestion(String given, List<String> known) {
    Optional<String> near = KeyIndex.nearest(given, known);
    return near.map(n -> "; did you mean " + n + "?").orElse("");
  }

  /** Returns the class and message of {@code e} and of its first frame in alf, on one line. */
  static String oneLine(Throwable e) {
    String where = Arrays.stream(e.getStackTrace())
        .filter(f -> f.getClassName().startsWith("se.alf.")).findFirst()
        .map(f -> " (at " + f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber()
            + ")").orElse("");
    return (e.toString() + where).replaceAll("\\R", " ");
  }

  /** Returns {@code s} on one line. */
  private static String oneLine(String s) {
    return String.valueOf(s).replaceAll("\\R", " ");
  }
}
