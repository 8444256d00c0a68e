package se.alf.rules.sensitivity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.alf.money.Sek;
import se.alf.rules.RuleSet;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.param.Key;
import se.alf.rules.param.Setting;
import se.alf.rules.sensitivity.Candidates.Candidate;
import se.alf.rules.sensitivity.Candidates.ReadId;
import se.alf.rules.sensitivity.SensitivityRow.Status;
import se.alf.rules.sensitivity.SensitivityRow.Tried;
import se.alf.rules.sensitivity.Variations.Variation;
import se.alf.time.DatedValue;

/**
 * Makes a row of a candidate's outcomes: its ends, its swing over the ends and the value as
 * given, and why the swing is what it is. The status is decided in this order: no range, a
 * failed value, a swing of more than one öre (the input moves the line), of one öre (rounding),
 * a scenario's value every rule set replaces (overridden), a value the line reads (no effect
 * over the range), and a value it does not read.
 */
final class Rows {

  private Rows() {}

  /** What the rows of one analysis share. */
  record Context(ImmutableList<RuleSet> ruleSets, LocalDate firstDay, String subject,
      ImmutableSet<ReadId> lineReads, long baseOre) {}

  /**
   * Largest swing first, then by status, key id, dates, the scenario's value before a rule
   * set's, and the rule sets' ids.
   */
  static final Comparator<SensitivityRow> RANKING = Comparator
      .comparing((SensitivityRow r) -> r.swing().ore(), Comparator.reverseOrder())
      .thenComparing(SensitivityRow::status).thenComparing(SensitivityRow::keyId)
      .thenComparing(r -> r.input().from()).thenComparing(r -> !r.input().fromScenario())
      .thenComparing(SensitivityRow::label);

  /**
   * Returns the row of {@code c}: {@code ore[i]} is the line with {@code v.values().get(i)}, and
   * {@code failure} the first value the rules refused, if any.
   */
  static SensitivityRow row(Context ctx, Candidate c, Variation v, long[] ore,
      @Nullable String failure) {
    ParameterRead read = c.read();
    List<String> notes = new ArrayList<>(v.notes());
    if (v.unsupported() != null || v.values().isEmpty()) {
      String why = v.unsupported() != null ? v.unsupported()
          : "the key refuses every value: " + String.join("; ", notes);
      return flat(ctx, c, Status.NOT_VARIED, why);
    }
    if (failure != null) {
      return flat(ctx, c, Status.FAILED, failure);
    }
    List<Object> values = v.values();
    int low = 0;
    int high = 1;
    if (!v.ends()) { // the last value of the smallest line, the first of the largest
      high = 0;
      for (int i = 1; i < ore.length; i++) {
        low = ore[i] <= ore[low] ? i : low;
        high = ore[i] > ore[high] ? i : high;
      }
    }
    Sek atLow = Sek.ofOre(ore[low]);
    Sek atHigh = Sek.ofOre(ore[high]);
    Sek atBase = Sek.ofOre(ctx.baseOre());
    Sek swing = spread(atLow, atBase, atHigh);
    if (!swing.equals(spread(atLow, atHigh, atHigh))) {
      notes.add("the line with the value as given, " + atBase.format() + ", lies outside the"
          + " lines at low and high: the swing counts it");
    }
    boolean readByLine = ctx.lineReads().contains(ReadId.of(read));
    List<String> overriding = overriding(ctx, c);
    Status status;
    int moves = swing.compareTo(SensitivityRow.ROUNDING_LIMIT);
    if (moves > 0) {
      status = Status.AFFECTS;
      if (!readByLine) {
        notes.add(0, "not among the reads of this line's explanation: it moves the line"
            + " through values computed for other regions or nationally (e.g. a sum over the"
            + " regions)");
      }
    } else if (moves == 0) {
      status = Status.ROUNDING;
      notes.add(0, "the line moves by one öre at most: the rounding of a split to the öre, not"
          + " an effect" + (readByLine ? "" : " (not read for " + ctx.subject() + ")"));
    } else if (c.fromScenario() && overriding.size() == ctx.ruleSets().size()) {
      status = Status.OVERRIDDEN;
      notes.add(0, String.join("; ", overriding) + ": a rule reads the rule set's own value"
          + " first, so the scenario's is not used; change it with a reform");
    } else if (readByLine) {
      status = Status.NO_EFFECT;
      notes.add(0, "read for " + ctx.subject() + ", but the line does not change over this"
          + " range");
    } else {
      status = Status.NOT_READ;
      notes.add(0, "not read for " + ctx.subject());
    }
    if (status != Status.OVERRIDDEN && c.fromScenario() && !overriding.isEmpty()) {
      notes.add(String.join("; ", overriding) + ": the scenario's value is not used there");
    }
    return new SensitivityRow(read, Candidates.region(read.id()), ruleSetIds(ctx, c),
        v.ends() ? Tried.ENDS : Tried.EVERY_VALUE, values.get(low), values.get(high), atLow,
        atHigh, atBase, swing, status, String.join("; ", notes));
  }

  private static SensitivityRow flat(Context ctx, Candidate c, Status status, String why) {
    Sek line = Sek.ofOre(ctx.baseOre());
    Object base = c.read().typedValue();
    return new SensitivityRow(c.read(), Candidates.region(c.read().id()), ruleSetIds(ctx, c),
        Tried.NONE, base, base, line, line, line, Sek.ZERO, status, why);
  }

  /** The largest of the three amounts minus the smallest. */
  private static Sek spread(Sek a, Sek b, Sek c) {
    long min = Math.min(a.ore(), Math.min(b.ore(), c.ore()));
    long max = Math.max(a.ore(), Math.max(b.ore(), c.ore()));
    return Sek.ofOre(Math.subtractExact(max, min));
  }

  private static ImmutableList<String> ruleSetIds(Context ctx, Candidate c) {
    return c.ruleSets().stream().map(i -> ctx.ruleSets().get(i).id())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * For a scenario's value, each rule set that holds the key itself on the value's first day in
   * the year (or its first day, if it starts later), in words with its value and citation.
   */
  private static List<String> overriding(Context ctx, Candidate c) {
    if (!c.fromScenario()) {
      return List.of();
    }
    ParameterRead read = c.read();
    LocalDate day = read.from().isAfter(ctx.firstDay()) ? read.from() : ctx.firstDay();
    List<String> out = new ArrayList<>();
    for (RuleSet r : ctx.ruleSets()) {
      DatedValue<? extends Setting<?>> own = ownValue(r, read.key(), day);
      if (own != null) {
        out.add("rule set " + r.id() + " sets " + read.id() + " itself over "
            + own.rangeText() + " (" + Variations.text(own.value().value()) + "; "
            + own.citation().render() + ")");
      }
    }
    return out;
  }

  private static <T> @Nullable DatedValue<? extends Setting<?>> ownValue(RuleSet r, Key<T> key,
      LocalDate day) {
    return r.parameters().findOrNull(key, day);
  }
}
