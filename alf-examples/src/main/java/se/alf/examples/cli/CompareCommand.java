package se.alf.examples.cli;

import java.util.Set;

/** {@code alf compare RULESET RULESET FROM TO}: wired to se.alf.rules.compare when it lands. */
final class CompareCommand implements Command {

  @Override
  public String name() {
    return "compare";
  }

  @Override
  public String synopsis() {
    return "RULESET RULESET FROM TO [--scenario FILE] [--format text|csv|markdown]";
  }

  @Override
  public String summary() {
    return "compare two rule sets over a range of years";
  }

  @Override
  public String help() {
    return "(not yet available)\n";
  }

  @Override
  public Set<String> valueOptions() {
    return Set.of("format", "scenario");
  }

  @Override
  public int run(Args args, Context context) {
    throw new UsageException("not yet available");
  }
}
