package se.alf.rules.provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.alf.rules.Allocation;
import se.alf.rules.Line;
import se.alf.rules.RegionAllocation;
import se.alf.rules.RuleSet;
import se.alf.rules.explain.Explanation;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameter;

/**
 * How much a result (or a rule set) rests on: the values it read, counted by {@link Basis} — the
 * text of an agreement or proposal, a published figure, a labelled assumption, or the caller's own
 * input. A value is counted once per key id, date range, value and basis, however often it was
 * read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param agreement values set by the text of an agreement or a proposal ({@link Basis#AGREEMENT})
 * @param published figures published by a public source ({@link Basis#PUBLISHED})
 * @param assumptions labelled assumptions, replaceable, never facts ({@link Basis#ASSUMPTION})
 * @param inputs the caller's own inputs ({@link Basis#INPUT})
 * @since 0.1
 */
public record Provenance(int agreement, int published, int assumptions, int inputs) {

  /**
   * Checks that no count is negative.
   *
   * @param agreement the values that rest on agreement text
   * @param published the values that rest on a published figure
   * @param assumptions the values that rest on an assumption
   * @param inputs the values the caller supplied
   */
  public Provenance {
    if (agreement < 0 || published < 0 || assumptions < 0 || inputs < 0) {
      throw new IllegalArgumentException("provenance: counts must not be negative, got "
          + agreement + ", " + published + ", " + assumptions + ", " + inputs);
    }
  }

  /**
   * Counts {@code reads} by basis, each key id, date range, value and basis once: one value read
   * as published by one rule set and as an assumption by another counts under both.
   *
   * @param reads the parameter reads
   * @return the counts
   * @throws NullPointerException if {@code reads} or one of its elements is null
   */
  public static Provenance of(Iterable<ParameterRead> reads) {
    Objects.requireNonNull(reads, "reads");
    Map<String, Basis> seen = new LinkedHashMap<>();
    for (ParameterRead r : reads) {
      Objects.requireNonNull(r, "reads: an element");
      seen.putIfAbsent(Canonical.read(r) + '\t' + r.basis(), r.basis());
    }
    int[] counts = new int[Basis.values().length];
    seen.values().forEach(b -> counts[b.ordinal()]++);
    return new Provenance(counts[Basis.AGREEMENT.ordinal()], counts[Basis.PUBLISHED.ordinal()],
        counts[Basis.ASSUMPTION.ordinal()], counts[Basis.INPUT.ordinal()]);
  }

  /**
   * Counts the parameters of {@code ruleSet} by basis: every dated value of each of its own
   * parameters once (not the scenario's inputs it may read).
   *
   * @param ruleSet the rule set
   * @return the counts of its parameters' values
   * @throws NullPointerException if {@code ruleSet} is null
   */
  public static Provenance of(RuleSet ruleSet) {
    Objects.requireNonNull(ruleSet, "ruleSet");
    List<ParameterRead> values = new ArrayList<>();
    for (Parameter<?> p : ruleSet.parameters().list()) {
      p.timeline().values().forEach(v -> values.add(ParameterRead.of(p.key(), v, false)));
    }
    return of(values);
  }

  /**
   * Counts every value an allocation read: each region's lines and the national figures.
   *
   * @param allocation the allocation
   * @return the counts
   */
  public static Provenance of(Allocation allocation) {
    return of(reads(allocation));
  }

  /**
   * {@return every value {@code allocation} read, each key id, date range and value once, in the
   * order met}
   *
   * @param allocation the allocation
   */
  public static Iterable<ParameterRead> reads(Allocation allocation) {
    Objects.requireNonNull(allocation, "allocation");
    Map<String, ParameterRead> seen = new LinkedHashMap<>();
    for (RegionAllocation r : allocation.regions().values()) {
      for (Line line : Line.values()) {
        add(r.explanation(line), seen);
      }
    }
    add(allocation.researchAppropriation().explanation(), seen);
    add(allocation.returnedToState().explanation(), seen);
    add(allocation.redistributed().explanation(), seen);
    return seen.values();
  }

  private static void add(Explanation e, Map<String, ParameterRead> seen) {
    e.allReads().forEach(r -> seen.putIfAbsent(Canonical.read(r), r));
  }

  /**
   * {@return the sum of this and {@code other}}
   *
   * @param other the counts to add
   */
  public Provenance plus(Provenance other) {
    return new Provenance(agreement + other.agreement, published + other.published,
        assumptions + other.assumptions, inputs + other.inputs);
  }

  /** {@return the values that rest on agreement text or a published figure: the two together} */
  public int agreementOrPublished() {
    return agreement + published;
  }

  /** {@return every value counted} */
  public int total() {
    return agreement + published + assumptions + inputs;
  }

  /**
   * {@return the one-line summary, e.g.
   * {@code Provenance: 12 agreement or published values, 9 assumptions, 1 your input}; where
   * nothing was read (a verdict rests on the conditions of the rule set's text alone), says so}
   */
  public String line() {
    if (total() == 0) {
      return "Provenance: no parameter or input read; the result rests on the rule sets' text"
          + " alone (each condition cites it)";
    }
    return "Provenance: " + agreementOrPublished() + " agreement or published "
        + (agreementOrPublished() == 1 ? "value" : "values") + ", " + assumptions + " "
        + (assumptions == 1 ? "assumption" : "assumptions") + ", " + inputs + " "
        + (inputs == 1 ? "your input" : "your inputs");
  }

  /**
   * {@return the counts by basis, each apart, e.g. {@code 3 agreement text, 23 published figures,
   * 36 assumptions, 0 your inputs}}
   */
  public String breakdown() {
    return agreement + " agreement text, " + published + " published "
        + (published == 1 ? "figure" : "figures") + ", " + assumptions + " "
        + (assumptions == 1 ? "assumption" : "assumptions") + ", " + inputs + " "
        + (inputs == 1 ? "your input" : "your inputs");
  }

  /**
   * {@return the provenance score of a result, e.g. {@code Provenance score: 62 values read: 3
   * agreement text, 23 published figures, 36 assumptions, 0 your inputs}}
   */
  public String score() {
    return "Provenance score: " + total() + (total() == 1 ? " value" : " values") + " read: "
        + breakdown();
  }
}
