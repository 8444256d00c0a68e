package se.alf.examples.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;

/** Where a command writes (UTF-8, control characters escaped), and what "today" is. */
final class Context {

  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;

  Context(PrintStream out, PrintStream err, Clock clock) {
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  /** The standard output; a command writes its result through {@link OutputOption} instead. */
  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }
}
