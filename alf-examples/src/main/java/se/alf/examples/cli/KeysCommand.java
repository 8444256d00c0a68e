package se.alf.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.alf.examples.cli.input.KeyIndex;
import se.alf.examples.cli.json.JsonWriter;
import se.alf.party.AlfRegion;
import se.alf.rules.Horizon;
import se.alf.rules.RuleSet;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameter;
import se.alf.rules.param.RegionKey;
import se.alf.rules.report.Format;
import se.alf.rules.report.Table;

/**
 * {@code alf keys [RULESET]}: the keys a scenario file may set, with their types and descriptions;
 * with a rule set, per key the years a scenario may set it (the rule set has no value) and the
 * years the rule set sets it itself (only a reform, {@code --reform FILE}, changes those).
 */
@Command(name = "keys",
    description = {"The input keys a scenario file may set, and how to write their values.",
        "",
        "Without RULESET, lists every key (Keys and the keys the rule sets hold), once per family:"
            + " REGION is one of stockholm, vastra-gotaland, skane, uppsala, vasterbotten,"
            + " ostergotland, orebro (or the region's name: Örebro, Västerbotten). A rule reads a"
            + " rule set's own parameter first and a scenario's input only where the rule set"
            + " has none."},
    footerHeading = "%nExamples:%n", footer = {"  alf keys", "  alf keys pm-2024"})
final class KeysCommand extends CliCommand {

  /** The widest key shown on the row of its years in text. */
  private static final int WIDE = 40;

  @Parameters(index = "0", arity = "0..1", paramLabel = "RULESET",
      completionCandidates = ReformOption.RuleSetIds.class,
      description = "a rule set id (optional): then list, per key the rule set reads, the years a"
          + " scenario may set it (the rule set has no value for it) and the years the rule set"
          + " sets it itself, which only a reform changes (--reform FILE)")
  private String ruleSetId;

  @Mixin
  private final ReformOption reform = new ReformOption();

  @Mixin
  private final FormatOption format = new FormatOption();

  KeysCommand(Context context) {
    super(context);
  }

  @Override
  Result execute() {
    boolean json = format.json();
    if (ruleSetId != null) {
      RuleSet ruleSet = reform.ruleSet("RULESET", ruleSetId);
      reform.requireNamedIn(List.of(ruleSet));
      if (json) {
        return Result.ok(JsonWriter.write(json(ruleSet)));
      }
      return Result.ok(perRuleSet(ruleSet, format.format(),
          t -> format.csv(Map.of("keys", t), this::message)));
    }
    reform.requireNamedIn(List.of());
    Table t = new Table("key", "type", "value", "description");
    for (Map.Entry<String, Key<?>> e : KeyIndex.load().families().entrySet()) {
      Key<?> k = e.getValue();
      String d = k.description();
      if (e.getKey().endsWith("[REGION]")) {
        d = d.replaceFirst(" \\([^()]*\\)$", "");
      }
      t.row(e.getKey(), k.type().getSimpleName(), KeyIndex.howToWrite(k), d);
    }
    if (json) {
      ObjectNode doc = JsonWriter.document("keys").put("rule_set", (String) null);
      doc.set("keys", JsonWriter.table(t));
      return Result.ok(JsonWriter.write(doc));
    }
    Format f = format.format();
    return Result.ok(f == Format.CSV ? format.csv(Map.of("keys", t), this::message)
        : t.render(f));
  }

  /**
   * The keys {@code ruleSet} reads as JSON: per key, the years a scenario sets it and the years
   * the rule set sets it itself, each as ranges {@code {"from": 2015, "to": 2025}} ({@code "to"}
   * inclusive; {@value Horizon#LAST} is the last year alf models).
   */
  private static ObjectNode json(RuleSet ruleSet) {
    ObjectNode d = JsonWriter.document("keys").put("rule_set", ruleSet.id())
        .put("first_year", ruleSet.firstYear().getValue()).put("last_year", Horizon.LAST);
    ArrayNode keys = d.putArray("keys");
    Map<String, Parameter<?>> own = new LinkedHashMap<>();
    ruleSet.parameters().list().forEach(x -> own.put(x.key().id(), x));
    for (Key<?> k : KeyIndex.of(ruleSet).all().values()) {
      boolean[] set = setYears(ruleSet, Optional.ofNullable(own.get(k.id())));
      ObjectNode o = keys.addObject().put("key", k.id());
      o.set("scenario_sets", ranges(set, false, ruleSet.firstYear().getValue()));
      o.set("rule_set_sets", ranges(set, true, ruleSet.firstYear().getValue()));
    }
    return d;
  }

  private static ArrayNode ranges(boolean[] set, boolean which, int first) {
    ArrayNode a = JsonWriter.array();
    for (int i = 0; i < set.length; i++) {
      if (set[i] == which) {
        int j = i;
        while (j + 1 < set.length && set[j + 1] == which) {
          j++;
        }
        a.addObject().put("from", first + i).put("to", first + j);
        i = j;
      }
    }
    return a;
  }

  /**
   * The keys {@code ruleSet} reads, a region family on one row where every region has the same
   * years: the years a scenario may set it and the years the rule set sets it itself.
   */
  static String perRuleSet(RuleSet ruleSet, Format format, Function<Table, String> csv) {
    Map<String, Parameter<?>> own = new LinkedHashMap<>();
    ruleSet.parameters().list().forEach(x -> own.put(x.key().id(), x));
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (Key<?> k : KeyIndex.of(ruleSet).all().values()) {
      boolean[] set = setYears(ruleSet, Optional.ofNullable(own.get(k.id())));
      rows.put(k.id(), new String[] {years(set, false), years(set, true)});
    }
    Table t = new Table("key", "a scenario sets", "the rule set sets");
    // In text, a key longer than WIDE gets a line of its own, so that rows fit 80 columns.
    StringBuilder text = new StringBuilder(String.format("%-" + WIDE + "s  %-18s  %s%n", "key",
        "a scenario sets", "the rule set sets"));
    text.append("-".repeat(WIDE)).append("  ").append("-".repeat(18)).append("  ")
        .append("-".repeat(17)).append('\n');
    java.util.function.BiConsumer<String, String[]> row = (key, v) -> {
      t.row(key, v[0], v[1]);
      if (key.length() > WIDE) {
        text.append(key).append('\n');
        key = "";
      }
      text.append(String.format("%-" + WIDE + "s  %-18s  %s", key, v[0], v[1]).stripTrailing())
          .append('\n');
    };
    Set<String> done = new java.util.HashSet<>();
    for (Map.Entry<String, String[]> e : rows.entrySet()) {
      String id = e.getKey();
      if (done.contains(id)) {
        continue;
      }
      int b = id.indexOf('[');
      if (b > 0) {
        String family = id.substring(0, b);
        List<String> members = new ArrayList<>();
        for (AlfRegion r : AlfRegion.values()) {
          members.add(family + "[" + RegionKey.qualifier(r) + "]");
        }
        boolean same = members.stream().allMatch(m -> rows.containsKey(m)
            && java.util.Arrays.equals(rows.get(m), e.getValue()));
        if (same) {
          done.addAll(members);
          row.accept(family + "[REGION]", e.getValue());
          continue;
        }
      }
      done.add(id);
      row.accept(id, e.getValue());
    }
    String title = "Keys of rule set " + ruleSet.id() + ", " + ruleSet.firstYear() + " to "
        + Horizon.LAST + (format == Format.MARKDOWN ? " (" + ruleSet.title() + ")"
            : "\n" + ruleSet.title());
    if (format == Format.CSV) {
      return csv.apply(t);
    }
    String note = "A scenario (--scenario FILE) sets a key where the rule set has no value for"
        + " it;\nwhere the rule set sets it itself, only a reform (--reform FILE) changes it.\n'on'"
        + " means up to " + Horizon.LAST + "; '-' means no"
        + " year.\n";
    if (format == Format.MARKDOWN) {
      return "## " + title + "\n\n" + note.replace("\n", " ").strip() + "\n\n"
          + t.render(format);
    }
    return title + "\n" + note + "\n" + text;
  }

  /** Which years from the rule set's first to {@link Horizon#LAST} the rule set sets. */
  private static boolean[] setYears(RuleSet ruleSet, Optional<Parameter<?>> own) {
    int first = ruleSet.firstYear().getValue();
    boolean[] set = new boolean[Horizon.LAST - first + 1];
    if (own.isPresent()) {
      for (int y = first; y <= Horizon.LAST; y++) {
        set[y - first] = own.get().timeline().find(Year.of(y).atDay(1)).isPresent();
      }
    }
    return set;
  }

  /** The years where {@code set[i] == which}, as ranges: {@code 2015–2025, 2027 on}. */
  private static String years(boolean[] set, boolean which) {
    int first = Horizon.LAST - set.length + 1;
    List<String> ranges = new ArrayList<>();
    for (int i = 0; i < set.length; i++) {
      if (set[i] != which) {
        continue;
      }
      int j = i;
      while (j + 1 < set.length && set[j + 1] == which) {
        j++;
      }
      int from = first + i;
      int to = first + j;
      ranges.add(to == Horizon.LAST ? from + " on" : from == to ? "" + from : from + "-" + to);
      i = j;
    }
    return ranges.isEmpty() ? "-" : String.join(", ", ranges);
  }
}
