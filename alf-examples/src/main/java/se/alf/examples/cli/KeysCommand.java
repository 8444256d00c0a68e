package se.alf.examples.cli;

import java.util.Map;
import java.util.Set;
import se.alf.rules.Key;

/** {@code alf keys}: the keys a scenario file may set, with their types and descriptions. */
final class KeysCommand implements Command {

  @Override
  public String name() {
    return "keys";
  }

  @Override
  public String synopsis() {
    return "[--format text|csv|markdown]";
  }

  @Override
  public String summary() {
    return "the input keys a scenario file may set, and how to write their values";
  }

  @Override
  public String help() {
    return "Lists every key (Keys and the keys the rule sets hold), once per family: REGION is"
        + " one of\nstockholm, vastra-gotaland, skane, uppsala, vasterbotten, ostergotland,"
        + " orebro. A rule reads a rule set's\nown parameter first and a scenario's input only"
        + " where the rule set has none.\n\n"
        + "Options:\n  --format text|csv|markdown  (default text)\n";
  }

  @Override
  public Set<String> valueOptions() {
    return Set.of("format");
  }

  @Override
  public int run(Args args, Context context) {
    Format format = Format.of(args);
    args.requireNoPositionals();
    Table t = new Table("key", "type", "value", "description");
    for (Map.Entry<String, Key<?>> e : KeyIndex.load().families().entrySet()) {
      Key<?> k = e.getValue();
      String d = k.description();
      if (e.getKey().endsWith("[REGION]")) {
        d = d.replaceFirst(" \\([^()]*\\)$", "");
      }
      t.row(e.getKey(), k.type().getSimpleName(), KeyIndex.howToWrite(k), d);
    }
    context.out().print(t.render(format));
    return Cli.OK;
  }
}
