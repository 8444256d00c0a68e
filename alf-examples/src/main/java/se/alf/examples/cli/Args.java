package se.alf.examples.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed command line of one command: its positional arguments, its options with values
 * ({@code --format csv} or {@code --format=csv}, repeatable where the command allows) and its flags
 * ({@code --uses-healthcare}). {@code --} ends the options. An option the command does not know is
 * an error.
 */
final class Args {

  private final List<String> positionals;
  private final Map<String, List<String>> options;

  private Args(List<String> positionals, Map<String, List<String>> options) {
    this.positionals = positionals;
    this.options = options;
  }

  /**
   * Parses {@code argv} for a command that takes the options {@code valueOptions} (each followed
   * by a value) and the flags {@code flags} (names without the leading dashes).
   *
   * @throws UsageException for an unknown option or an option without its value
   */
  static Args parse(List<String> argv, Set<String> valueOptions, Set<String> flags) {
    List<String> positionals = new ArrayList<>();
    Map<String, List<String>> options = new LinkedHashMap<>();
    boolean optionsEnded = false;
    for (int i = 0; i < argv.size(); i++) {
      String a = argv.get(i);
      if (optionsEnded || !a.startsWith("--")) {
        positionals.add(a);
        continue;
      }
      if (a.equals("--")) {
        optionsEnded = true;
        continue;
      }
      String name = a.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (flags.contains(name)) {
        if (value != null) {
          throw new UsageException("option --" + name + " takes no value, was given '" + value
              + "'");
        }
        options.computeIfAbsent(name, n -> new ArrayList<>()).add("true");
      } else if (valueOptions.contains(name)) {
        if (value == null) {
          if (i + 1 >= argv.size()) {
            throw new UsageException("option --" + name + " needs a value");
          }
          value = argv.get(++i);
        }
        options.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      } else {
        throw new UsageException("unknown option '--" + name + "'; see --help");
      }
    }
    return new Args(Collections.unmodifiableList(positionals), options);
  }

  /**
   * Checks that the command got no positional arguments.
   *
   * @throws UsageException naming the first one, if there is one
   */
  void requireNoPositionals() {
    if (!positionals.isEmpty()) {
      throw new UsageException("takes no arguments, got '" + positionals.get(0) + "'");
    }
  }

  List<String> positionals() {
    return positionals;
  }

  /** Returns the single value of {@code --name}, if given; given twice is an error. */
  Optional<String> option(String name) {
    List<String> values = options.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw new UsageException("option --" + name + " may be given once, was given "
          + values.size() + " times");
    }
    return values.stream().findFirst();
  }

  /** Returns every value of the repeatable {@code --name}, in order. */
  List<String> options(String name) {
    return Collections.unmodifiableList(options.getOrDefault(name, List.of()));
  }

  /** Returns whether {@code --name} was given: a flag, or an option with a value. */
  boolean has(String name) {
    return options.containsKey(name);
  }
}
