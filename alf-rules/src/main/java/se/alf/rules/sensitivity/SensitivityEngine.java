package se.alf.rules.sensitivity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.alf.party.AlfRegion;
import se.alf.rules.Allocation;
import se.alf.rules.Line;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.rules.provenance.Provenance;
import se.alf.rules.provenance.Stamp;
import se.alf.rules.reform.Reform;
import se.alf.rules.sensitivity.Candidates.Candidate;
import se.alf.rules.sensitivity.Candidates.ReadId;
import se.alf.rules.sensitivity.Variations.Variation;
import se.alf.source.Citation;

/**
 * Computes a {@link Sensitivity}: allocates once with explanations to find what the line reads,
 * collects the candidates ({@link Candidates}), gives each its values ({@link Variations}),
 * recomputes the line for every value through {@link Sweep}s (the scenario's values in one sweep
 * of varied scenarios, each rule set's own values through a reform of the rule set), and ranks
 * the rows ({@link Rows}).
 */
final class SensitivityEngine {

  private SensitivityEngine() {}

  static Sensitivity run(Sensitivity.Builder config, Scenario scenario, Year year,
      AlfRegion region) {
    ImmutableList<RuleSet> ruleSets = config.chosenRuleSets();
    Line line = config.chosenLine();
    List<Allocation> base = new ArrayList<>();
    ImmutableSet.Builder<ReadId> lineReads = ImmutableSet.builder();
    for (RuleSet r : ruleSets) {
      Allocation a = r.allocateExplained(scenario, year);
      base.add(a);
      lineReads.addAll(Candidates.lineReads(a, region, line));
    }
    long baseOre = lineOf(base, region, line);
    ImmutableList<Candidate> candidates = Candidates.collect(ruleSets, base, scenario, year,
        config.chosenBases());
    List<Variation> variations = new ArrayList<>();
    for (Candidate c : candidates) {
      variations.add(Variations.of(c.read().typedValue(), definitions(ruleSets, c),
          config.chosenRelative(),
          Optional.ofNullable(config.chosenRanges().get(c.read().id()))));
    }
    long[][] ore = new long[candidates.size()][];
    String[] failures = new String[candidates.size()];
    Sweep sweep = Sweep.of(year, ruleSets).regions(region).lines(line)
        .threads(config.chosenThreads());
    varyScenario(sweep, scenario, candidates, variations, ore, failures);
    varyRuleSets(sweep, scenario, candidates, variations, ore, failures);
    Rows.Context ctx = new Rows.Context(ruleSets, year.atDay(1),
        Sensitivity.subject(ids(ruleSets), year, region, line),
        lineReads.build(), baseOre);
    List<SensitivityRow> rows = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      rows.add(Rows.row(ctx, candidates.get(i), variations.get(i), ore[i], failures[i]));
    }
    rows.sort(Rows.RANKING);
    return new Sensitivity(ids(ruleSets), scenario.name(), year, region, line,
        se.alf.money.Sek.ofOre(baseOre),
        config.chosenRelative(), ImmutableList.copyOf(rows),
        stamp(config, base, candidates, year, region));
  }

  /** The stamp: the rule sets, what was analysed and how, and every value read or varied. */
  private static Stamp stamp(Sensitivity.Builder config, List<Allocation> base,
      List<Candidate> candidates, Year year, AlfRegion region) {
    Stamp.Builder b = Stamp.builder();
    config.chosenRuleSets().forEach(r -> b.ruleSet(r.id()));
    b.year(year).input("sensitivity", region.name(), config.chosenLine().name(),
        config.chosenRelative(), config.chosenBases().toString());
    config.chosenRanges().forEach((id, ends) -> b.input("range", id, ends.get(0), ends.get(1)));
    base.forEach(a -> b.reads(Provenance.reads(a)));
    b.reads(candidates.stream().map(Candidate::read).toList());
    return b.build();
  }

  private static ImmutableList<String> ids(List<RuleSet> ruleSets) {
    return ruleSets.stream().map(RuleSet::id).collect(ImmutableList.toImmutableList());
  }

  /** The line of the region: the one rule set's, or right − left. */
  private static long lineOf(List<Allocation> a, AlfRegion region, Line line) {
    long right = a.get(a.size() - 1).region(region).amount(line).ore();
    return a.size() == 2 ? right - a.get(0).region(region).amount(line).ore() : right;
  }

  /** Every definition of the candidate's key: its own and each rule set's. */
  private static List<Key<?>> definitions(List<RuleSet> ruleSets, Candidate c) {
    List<Key<?>> keys = new ArrayList<>();
    keys.add(c.read().key());
    for (RuleSet r : ruleSets) {
      Key<?> k = r.declaredKeys().get(c.read().id());
      if (k != null) {
        keys.add(k);
      }
    }
    return keys;
  }

  /** One sweep over every scenario with one of the scenario's values varied. */
  private static void varyScenario(Sweep sweep, Scenario scenario, List<Candidate> candidates,
      List<Variation> variations, long[][] ore, String[] failures) {
    List<int[]> cases = new ArrayList<>();
    for (int c = 0; c < candidates.size(); c++) {
      if (candidates.get(c).fromScenario()) {
        ore[c] = new long[variations.get(c).values().size()];
        for (int v = 0; v < ore[c].length; v++) {
          cases.add(new int[] {c, v});
        }
      }
    }
    SweepResult result = sweep.run(cases.size(), k -> {
      int[] cv = cases.get(k);
      ParameterRead read = candidates.get(cv[0]).read();
      Object value = variations.get(cv[0]).values().get(cv[1]);
      return scenario.with(scenario.name() + " with " + read.id() + " = "
          + Variations.text(value), change(read, value));
    });
    for (int k = 0; k < cases.size(); k++) {
      int[] cv = cases.get(k);
      record(result, k, cv[0], cv[1], variations, ore, failures);
    }
  }

  /** A sweep of the scenario for each value of a rule set's own, through reforms. */
  private static void varyRuleSets(Sweep sweep, Scenario scenario, List<Candidate> candidates,
      List<Variation> variations, long[][] ore, String[] failures) {
    for (int c = 0; c < candidates.size(); c++) {
      Candidate candidate = candidates.get(c);
      if (candidate.fromScenario()) {
        continue;
      }
      ore[c] = new long[variations.get(c).values().size()];
      for (int v = 0; v < ore[c].length; v++) {
        Object value = variations.get(c).values().get(v);
        List<RuleSet> varied = new ArrayList<>(sweep.ruleSets());
        try {
          for (int i : candidate.ruleSets()) {
            varied.set(i, reform(varied.get(i), candidate.read(), value));
          }
        } catch (RuntimeException e) {
          fail(c, value, e.getMessage(), failures);
          continue;
        }
        SweepResult result = sweep.withRuleSets(varied).run(List.of(scenario));
        record(result, 0, c, v, variations, ore, failures);
      }
    }
  }

  private static void record(SweepResult r, int scenario, int c, int v,
      List<Variation> variations, long[][] ore, String[] failures) {
    Object value = variations.get(c).values().get(v);
    for (int i = 0; i < r.ruleSetIds().size(); i++) {
      Optional<String> failure = r.failure(scenario, i);
      if (failure.isPresent()) {
        fail(c, value, r.ruleSetIds().get(i) + ": " + failure.get(), failures);
        return;
      }
    }
    AlfRegion region = r.regions().get(0);
    Line line = r.lines().get(0);
    long right = r.ore(scenario, r.ruleSetIds().size() - 1, region, line);
    ore[c][v] = r.ruleSetIds().size() == 2 ? right - r.ore(scenario, 0, region, line) : right;
  }

  private static void fail(int c, Object value, @Nullable String why, String[] failures) {
    if (failures[c] == null) {
      failures[c] = "the rules fail with " + Variations.text(value) + ": " + why;
    }
  }

  private static Citation citation(ParameterRead read, Object value) {
    return Citation.of("sensitivity analysis", read.id() + " varied from "
        + Variations.text(read.typedValue()) + " to " + Variations.text(value));
  }

  /** The scenario's change: {@code value} over the dates of {@code read}, on its basis. */
  private static Parameters change(ParameterRead read, Object value) {
    return change(read.key(), read, value);
  }

  private static <T> Parameters change(Key<T> key, ParameterRead read, Object value) {
    T typed = key.cast(value);
    Parameters.Builder b = Parameters.builder();
    Optional<LocalDate> until = read.until();
    if (until.isPresent()) {
      b.put(key, read.from(), until.get(), typed, read.basis(), citation(read, value));
    } else {
      b.putFrom(key, read.from(), typed, read.basis(), citation(read, value));
    }
    return b.build();
  }

  /** A reform of {@code ruleSet} with {@code value} over the dates of {@code read}. */
  private static RuleSet reform(RuleSet ruleSet, ParameterRead read, Object value) {
    return reform(ruleSet, read.key(), read, value);
  }

  private static <T> RuleSet reform(RuleSet ruleSet, Key<T> key, ParameterRead read,
      Object value) {
    T typed = key.cast(value);
    Reform.Builder b = Reform.of(ruleSet).id(ruleSet.id() + ".sensitivity")
        .title(ruleSet.title() + ", with " + read.id() + " = " + Variations.text(value))
        .citation(citation(read, value));
    Optional<LocalDate> until = read.until();
    if (until.isEmpty()) {
      return b.set(key, read.from(), typed, read.basis(), citation(read, value)).build();
    }
    if (read.from().getDayOfYear() != 1 || until.get().getDayOfYear() != 1) {
      throw new IllegalArgumentException(read.id() + " holds over " + read.range()
          + ", not whole years: a reform varies a rule set's value by the year");
    }
    return b.setYears(key, Year.from(read.from()), Year.from(until.get().minusDays(1)), typed,
        read.basis(), citation(read, value)).build();
  }
}
