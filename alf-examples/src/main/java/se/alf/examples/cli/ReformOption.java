package se.alf.examples.cli;

import java.util.Collection;
import java.util.Optional;
import se.alf.rules.RuleSet;

/**
 * The {@code --reform FILE} option of {@code allocate}, {@code compare}, {@code validate} and
 * {@code keys}: a reform read from a JSON file ({@link ReformFile}), whose id the command's rule
 * set arguments may then name.
 */
final class ReformOption {

  static final String HELP = "  --reform FILE               build a reform from the JSON file"
      + " FILE and let RULESET name it:\n"
      + "                              {\"baseline\": \"pm-2024\", \"id\": \"my-reform\","
      + " \"title\": \"...\",\n"
      + "                               \"citation\": \"...\", \"changes\": [{\"key\":"
      + " \"research.quality-amount-share\",\n"
      + "                               \"from\": 2026, \"to\": 2030, \"value\": \"3/20\"}]}\n"
      + "                              (changes a value the rule set sets itself; `alf keys"
      + " RULESET` says which)\n";

  private final RuleSet reform;

  private ReformOption(RuleSet reform) {
    this.reform = reform;
  }

  /** Returns the option of {@code args}: the reform of {@code --reform FILE}, if given. */
  static ReformOption of(Args args) {
    return new ReformOption(args.option("reform").map(ReformFile::read).orElse(null));
  }

  /** Returns the reform, if one was given. */
  Optional<RuleSet> reform() {
    return Optional.ofNullable(reform);
  }

  /** Returns the rule set {@code id}: the reform's, if it has that id, or a known one. */
  RuleSet ruleSet(String what, String id) {
    if (reform != null && reform.id().equals(id)) {
      return reform;
    }
    try {
      return Names.ruleSet(what, id);
    } catch (UsageException e) {
      if (reform == null) {
        throw e;
      }
      throw new UsageException(e.getMessage() + "; --reform FILE defines '" + reform.id() + "'");
    }
  }

  /**
   * Checks that the command names the reform, if one was given.
   *
   * @throws UsageException if none of {@code named} is the reform
   */
  void requireNamedIn(Collection<RuleSet> named) {
    if (reform != null && !named.contains(reform)) {
      throw new UsageException("--reform: the file defines rule set '" + reform.id()
          + "', which the command does not name; name it as a rule set, e.g. 'alf allocate "
          + reform.id() + " 2027 --reform FILE'");
    }
  }
}
