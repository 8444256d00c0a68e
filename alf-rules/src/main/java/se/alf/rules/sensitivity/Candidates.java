package se.alf.rules.sensitivity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.alf.party.AlfRegion;
import se.alf.rules.Allocation;
import se.alf.rules.Line;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.explain.Explained;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameter;
import se.alf.rules.param.Parameters;
import se.alf.rules.param.RegionKey;
import se.alf.rules.param.Setting;
import se.alf.time.DatedValue;

/**
 * Finds what a sensitivity analysis varies: every dated value on a chosen basis (assumptions and
 * the caller's inputs, by default) that a scenario or a rule set holds on 1 January of the year,
 * and every such value any explanation of the allocation read on another date (a rule may look
 * back, e.g. to the students trained in the year a minimum is aligned to). A rule set's own value
 * held alike by both rule sets compared (a proposal inherits its baseline's) is one candidate,
 * varied in both.
 */
final class Candidates {

  private Candidates() {}

  /**
   * A value to vary: the read of it, and the indices of the rule sets whose own parameter it is
   * (empty for a scenario's value).
   */
  record Candidate(ParameterRead read, ImmutableList<Integer> ruleSets) {

    boolean fromScenario() {
      return read.fromScenario();
    }
  }

  /** The identity of a read: its key id, its dates and whether the scenario held it. */
  record ReadId(String id, LocalDate from, Optional<LocalDate> until, boolean fromScenario) {

    static ReadId of(ParameterRead r) {
      return new ReadId(r.id(), r.from(), r.until(), r.fromScenario());
    }
  }

  /** Returns the candidates: the scenario's first, then each rule set's, as found. */
  static ImmutableList<Candidate> collect(List<RuleSet> ruleSets, List<Allocation> base,
      Scenario scenario, Year year, Set<Basis> bases) {
    LocalDate first = year.atDay(1);
    Map<Object, ParameterRead> reads = new LinkedHashMap<>();
    Map<Object, List<Integer>> owners = new LinkedHashMap<>();
    for (Parameter<?> p : scenario.inputs().list()) {
      add(reads, owners, p.key(), scenario.inputs(), first, true, -1, bases);
    }
    for (int i = 0; i < ruleSets.size(); i++) {
      Parameters own = ruleSets.get(i).parameters();
      for (Parameter<?> p : own.list()) {
        add(reads, owners, p.key(), own, first, false, i, bases);
      }
      for (ParameterRead r : allReads(base.get(i))) {
        Parameters from = r.fromScenario() ? scenario.inputs() : own;
        add(reads, owners, r.key(), from, r.from(), r.fromScenario(), i, bases);
      }
    }
    List<Candidate> out = new ArrayList<>();
    reads.forEach((identity, read) -> out.add(new Candidate(read,
        ImmutableSet.copyOf(owners.get(identity)).asList())));
    return ImmutableList.copyOf(out);
  }

  private static void add(Map<Object, ParameterRead> reads, Map<Object, List<Integer>> owners,
      Key<?> key, Parameters in, LocalDate date, boolean fromScenario, int ruleSet,
      Set<Basis> bases) {
    DatedValue<? extends Setting<?>> dated = in.findOrNull(key, date);
    if (dated == null || !bases.contains(dated.value().basis())) {
      return;
    }
    // a scenario's value is one candidate; a rule set's, one per distinct dated value
    Object identity = fromScenario ? List.of(key.id(), dated.from(), dated.until())
        : List.of(key.id(), dated);
    reads.putIfAbsent(identity, ParameterRead.of(in.get(key).orElseThrow().key(), dated,
        fromScenario));
    List<Integer> who = owners.computeIfAbsent(identity, k -> new ArrayList<>());
    if (!fromScenario) {
      who.add(ruleSet);
    }
  }

  /** Every read of every region's lines and of the national results of {@code a}. */
  static ImmutableList<ParameterRead> allReads(Allocation a) {
    ImmutableList.Builder<ParameterRead> all = ImmutableList.builder();
    for (AlfRegion r : a.regions().keySet()) {
      all.addAll(a.region(r).explain().allReads());
    }
    for (Explained<?> national : List.of(a.researchAppropriation(), a.returnedToState(),
        a.redistributed())) {
      all.addAll(national.explanation().allReads());
    }
    return all.build();
  }

  /** The identities of the reads of {@code line} of {@code region} in {@code a}. */
  static ImmutableSet<ReadId> lineReads(Allocation a, AlfRegion region, Line line) {
    return a.region(region).explanation(line).allReads().stream().map(ReadId::of)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** The region a key id names ({@code actual-hst[orebro]}), if any. */
  static Optional<AlfRegion> region(String keyId) {
    for (AlfRegion r : AlfRegion.values()) {
      if (keyId.endsWith("[" + RegionKey.qualifier(r) + "]")) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
