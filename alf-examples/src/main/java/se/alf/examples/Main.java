package se.alf.examples;

import java.io.PrintStream;
import java.time.Clock;
import se.alf.examples.cli.Cli;

/**
 * The command-line entry point, {@code java -jar alf.jar COMMAND ...}: see {@link Cli} and
 * {@code alf --help}.
 *
 * <p>Without a command, or with a date first, it prints the agreement landscape as it always did:
 * {@code Main [YYYY-MM-DD]}, which is {@code alf landscape [YYYY-MM-DD]}; without an argument,
 * today. A bad argument prints one line naming it and exits with status 2.
 */
public final class Main {

  /** Exit status for a bad command line. */
  static final int USAGE_ERROR = Cli.USAGE_ERROR;

  private Main() {}

  /**
   * Runs {@code alf args} and exits with its status. Output is UTF-8 whatever the platform's
   * encoding; help is coloured on a terminal unless {@code NO_COLOR} is set.
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err, Clock.systemDefaultZone(),
        Cli.colour(System.getenv(), System.console() != null));
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the command line: prints the result to {@code out}, or one line to {@code err} for a bad
   * argument. Returns the exit status: 0, or {@value #USAGE_ERROR} for a bad command line.
   */
  static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
    return run(args, out, err, clock, false);
  }

  private static int run(String[] args, PrintStream out, PrintStream err, Clock clock,
      boolean colour) {
    if (args.length > 0 && !startsWithDigit(args[0])) {
      return Cli.run(args, out, err, clock, colour);
    }
    // alf [DATE ...] is alf landscape [DATE ...]: one command, one set of messages.
    String[] landscape = new String[args.length + 1];
    landscape[0] = "landscape";
    System.arraycopy(args, 0, landscape, 1, args.length);
    return Cli.run(landscape, out, err, clock, colour);
  }

  private static boolean startsWithDigit(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(0));
  }
}
