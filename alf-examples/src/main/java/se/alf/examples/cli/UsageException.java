package se.alf.examples.cli;

/**
 * A bad command line or input file: the command prints {@code alf: COMMAND: message} on one line
 * and exits with status {@value Cli#USAGE_ERROR}, without a stack trace.
 */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Returns an error whose message names the bad argument and what was expected. */
  public UsageException(String message) {
    super(message);
  }

  /** Returns an error caused by {@code cause}, whose message is shown after {@code message}. */
  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
