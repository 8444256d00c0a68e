package se.alf.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.Year;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.explain.Explained;
import se.alf.rules.explain.Explanation;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.provenance.Provenance;
import se.alf.rules.provenance.Stamp;
import se.alf.rules.spi.RuleContext;

/**
 * What every ALF region gets in one year under one rule set and scenario, with the national sums.
 *
 * <p>Conservation holds to the öre: the regions' totals plus what is returned to the state equal
 * the education compensation plus the research appropriation plus the supplements
 * ({@link #appropriation()}).
 *
 * <p>Immutable and thread-safe (an Immutables value); its builder is for one thread.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Allocation {

  /** {@return the id of the rule set that computed this allocation, e.g. {@code pm-2024}} */
  String ruleSetId();

  /** {@return the name of the scenario whose inputs it used} */
  String scenarioName();

  /** {@return the year allocated} */
  Year year();

  /** {@return every ALF region's allocation, by region} */
  ImmutableMap<AlfRegion, RegionAllocation> regions();

  /** {@return the research appropriation (anslag) distributed, as read} */
  Explained<Sek> researchAppropriation();

  /**
   * Quality amounts withheld and returned to the state.
   *
   * @return the sum withheld from the regions and returned to the state, explained
   */
  Explained<Sek> returnedToState();

  /**
   * Quality amounts withheld from some regions and redistributed to others.
   *
   * @return the sum withheld from some regions and paid to others, explained
   */
  Explained<Sek> redistributed();

  /**
   * {@return what the caller should know before using the figures: an input of theirs that the rule
   * set
   * does not use (it sets the key itself), or an input of theirs that stops inside the years read
   * so that another value (e.g. a published assumption) takes over} Empty when there is nothing to
   * say. Check ids: {@link RuleContext#INPUT_IGNORED}, {@link RuleContext#INPUT_ENDS}.
   */
  ImmutableList<Finding> warnings();

  /**
   * {@return the allocation of {@code region}; every ALF region is present}
   *
   * @param region the ALF region
   * @throws NullPointerException if {@code region} is null
   */
  default RegionAllocation region(AlfRegion region) {
    return regions().get(Objects.requireNonNull(region, "region"));
  }

  /**
   * {@return the explanation of {@code region}'s total: one tree with every line beneath it}
   *
   * @param region the ALF region
   */
  default Explanation explain(AlfRegion region) {
    return region(region).explain();
  }

  /**
   * {@return the explanation of {@code region}'s total as text: {@code explain(r).render()}}
   *
   * @param region the ALF region
   */
  default String explainText(AlfRegion region) {
    return explain(region).render();
  }

  /**
   * {@return the sum of the money line {@code line} over the regions}
   *
   * @param line a money line (not a student line)
   * @throws IllegalArgumentException if {@code line} counts students
   */
  default Sek national(Line line) {
    Objects.requireNonNull(line, "line");
    if (line.isStudents()) {
      throw new IllegalArgumentException("line " + line + " counts full-year students, not kronor;"
          + " national(line) takes a money line: EDUCATION, RESEARCH_BASE, RESEARCH_QUALITY,"
          + " SUPPLEMENT or TOTAL");
    }
    return nationalTotals().getOrDefault(line, Sek.ZERO); // every money line has a sum
  }

  /**
   * {@return the sum over the regions of every money line (education, research base, research
   * quality, supplement and total), by line} Computed once, in one pass over the regions, on first
   * use.
   */
  @Value.Lazy
  default ImmutableMap<Line, Sek> nationalTotals() {
    Line[] lines = Line.values();
    Sek[] sums = new Sek[lines.length];
    Arrays.fill(sums, Sek.ZERO);
    for (RegionAllocation r : regions().values()) {
      for (Line line : lines) {
        if (!line.isStudents()) {
          sums[line.ordinal()] = sums[line.ordinal()].plus(r.amount(line));
        }
      }
    }
    EnumMap<Line, Sek> byLine = new EnumMap<>(Line.class);
    for (Line line : lines) {
      if (!line.isStudents()) {
        byLine.put(line, sums[line.ordinal()]);
      }
    }
    return Maps.immutableEnumMap(byLine);
  }

  /** {@return the education compensation of all regions} */
  default Sek educationTotal() {
    return national(Line.EDUCATION);
  }

  /** {@return the supplements of all regions} */
  default Sek supplementTotal() {
    return national(Line.SUPPLEMENT);
  }

  /**
   * {@return education + research appropriation + supplements: what the state pays out or keeps}
   */
  default Sek appropriation() {
    return educationTotal().plus(researchAppropriation().value()).plus(supplementTotal());
  }

  /** {@return the total paid to the regions} */
  default Sek paidToRegions() {
    return national(Line.TOTAL);
  }

  /** {@return every assumption the allocation rests on, each once} */
  default ImmutableList<ParameterRead> assumptions() {
    Map<String, ParameterRead> seen = new LinkedHashMap<>();
    for (RegionAllocation r : regions().values()) {
      for (Line line : Line.values()) {
        r.explanation(line).assumptions().forEach(a -> seen.putIfAbsent(a.id() + a.range(), a));
      }
    }
    for (Explained<Sek> national : ImmutableList.of(researchAppropriation(), returnedToState(),
        redistributed())) {
      national.explanation().assumptions().forEach(a -> seen.putIfAbsent(a.id() + a.range(), a));
    }
    return ImmutableList.copyOf(seen.values());
  }

  /**
   * {@return what produced this allocation: the version of alf, the rule set's id and a SHA-256 of
   * the year and every value read, with the provenance score ({@link Stamp})} Computed on first
   * call (it reads the explanations) and then kept: an allocation read for its totals only never
   * pays for it.
   */
  @Value.Lazy
  default Stamp stamp() {
    return Stamp.builder().ruleSet(ruleSetId()).year(year()).reads(Provenance.reads(this))
        .build();
  }

  /** Checks conservation to the öre. */
  @Value.Check
  default void checkConservation() {
    Sek paid = paidToRegions().plus(returnedToState().value());
    if (!paid.equals(appropriation())) {
      throw new IllegalStateException("allocation " + ruleSetId() + " " + year()
          + " does not conserve money: regions " + paidToRegions() + " + returned "
          + returnedToState().value() + " != appropriation " + appropriation());
    }
  }

  /**
   * {@return a short summary, what {@code toString()} prints: e.g. {@code "Allocation pm-2024 2027,
   * scenario published: 2 676 263 784,73 kr to 7 regions, 0,00 kr returned to the state, 0
   * warnings"}} {@link #region} gives each region's figures.
   */
  default String toDisplayString() {
    return "Allocation " + ruleSetId() + " " + year() + ", scenario " + scenarioName() + ": "
        + paidToRegions().format() + " to " + regions().size() + " regions, "
        + returnedToState().value().format() + " returned to the state, " + warnings().size()
        + " warning" + (warnings().size() == 1 ? "" : "s");
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Allocation}. */
  final class Builder extends ImmutableAllocation.Builder {
    Builder() {}
  }
}
