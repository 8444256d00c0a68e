package se.alf.examples.cli.input;

import java.util.List;

/**
 * A bad command line or input file: the command prints {@code alf: COMMAND: message} on one line
 * per problem and exits with status 2 ({@code Cli.USAGE_ERROR}), without a stack trace.
 */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** Returns an error whose message names the bad argument and what was expected. */
  public UsageException(String message) {
    super(message);
    this.problems = List.of(message);
  }

  /**
   * Returns an error of every one of {@code problems} (at least one), each a line naming the
   * input, its value and the rule it breaks.
   */
  public UsageException(List<String> problems) {
    super(String.join("\n", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a usage error needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Returns the problems, one line each; the message alone if there is one. */
  public List<String> problems() {
    return problems;
  }
}
