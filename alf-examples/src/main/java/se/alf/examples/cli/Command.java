package se.alf.examples.cli;

import java.util.Set;

/** One command of {@code alf}: its name, help text, options and what it does. */
interface Command {

  /** The name typed on the command line, e.g. {@code allocate}. */
  String name();

  /** The arguments after the name, e.g. {@code RULESET YEAR [options]}. */
  String synopsis();

  /** One line for {@code alf --help}. */
  String summary();

  /** The full help of {@code alf COMMAND --help}, after the synopsis: arguments and options. */
  String help();

  /** The options that take a value, without dashes. */
  Set<String> valueOptions();

  /** The options that take no value, without dashes. */
  default Set<String> flags() {
    return Set.of();
  }

  /**
   * Runs the command and returns its exit status.
   *
   * @throws UsageException for a bad argument
   */
  int run(Args args, Context context);
}
