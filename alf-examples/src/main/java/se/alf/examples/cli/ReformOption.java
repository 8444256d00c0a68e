package se.alf.examples.cli;

import java.util.Collection;
import java.util.Iterator;
import java.util.Optional;
import picocli.CommandLine.Option;
import se.alf.examples.cli.input.Names;
import se.alf.examples.cli.input.ReformFile;
import se.alf.examples.cli.input.UsageException;
import se.alf.rules.RuleSet;

/**
 * {@code --reform FILE}, of {@code allocate}, {@code compare}, {@code sensitivity},
 * {@code validate}, {@code keys} and {@code parameters}: a reform read from a JSON file
 * ({@link ReformFile}), whose id the command's rule set arguments may then name.
 */
final class ReformOption {

  @Option(names = "--reform", paramLabel = "FILE",
      description = {"build a reform from the JSON file FILE and let a rule set argument name"
          + " it: {\"baseline\": \"pm-2024\", \"id\": \"my-reform\", \"title\": \"...\","
          + " \"citation\": \"...\", \"changes\": [{\"key\": \"research.quality-amount-share\","
          + " \"from\": 2026, \"to\": 2030, \"value\": \"3/20\"}]} (changes a value the rule set"
          + " sets itself; alf keys RULESET says which)"})
  private String file;

  private RuleSet reform;

  /** Returns the reform of {@code --reform FILE}, if given (read once). */
  Optional<RuleSet> reform() {
    if (reform == null && file != null) {
      reform = ReformFile.read(file);
    }
    return Optional.ofNullable(reform);
  }

  /** Returns the rule set {@code id}: the reform's, if it has that id, or a known one. */
  RuleSet ruleSet(String what, String id) {
    Optional<RuleSet> r = reform();
    if (r.isPresent() && r.get().id().equals(id)) {
      return r.get();
    }
    try {
      return Names.ruleSet(what, id);
    } catch (UsageException e) {
      if (r.isEmpty()) {
        throw e;
      }
      throw new UsageException(e.getMessage() + "; --reform FILE defines '" + r.get().id()
          + "'");
    }
  }

  /**
   * Checks that the command names the reform, if one was given.
   *
   * @throws UsageException if none of {@code named} is the reform
   */
  void requireNamedIn(Collection<RuleSet> named) {
    Optional<RuleSet> r = reform();
    if (r.isPresent() && !named.contains(r.get())) {
      throw new UsageException("--reform: the file defines rule set '" + r.get().id()
          + "', which the command does not name; name it as a rule set, e.g. 'alf allocate "
          + r.get().id() + " 2027 --reform FILE'");
    }
  }

  /** The ids of the rule sets, for shell completion. */
  static final class RuleSetIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Names.allRuleSets().keySet().iterator();
    }
  }
}
