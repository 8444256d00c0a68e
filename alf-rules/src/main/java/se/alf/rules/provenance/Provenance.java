package se.alf.rules.provenance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import se.alf.rules.Allocation;
import se.alf.rules.Line;
import se.alf.rules.RegionAllocation;
import se.alf.rules.explain.Explanation;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.param.Basis;

/**
 * How much a result rests on: the values it read, counted by {@link Basis}. Agreement text and
 * published figures count together; assumptions and the caller's own inputs each apart. A value
 * is counted once per id and date range, however often it was read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param agreementOrPublished values set by an agreement's or proposal's text, or published
 * @param assumptions labelled assumptions (replaceable, never facts)
 * @param inputs the caller's own inputs
 * @since 0.1
 */
public record Provenance(int agreementOrPublished, int assumptions, int inputs) {

  /**
   * Checks that no count is negative.
   *
   * @param agreementOrPublished the values that rest on agreement text or a published figure
   * @param assumptions the values that rest on an assumption
   * @param inputs the values the caller supplied
   */
  public Provenance {
    if (agreementOrPublished < 0 || assumptions < 0 || inputs < 0) {
      throw new IllegalArgumentException("provenance: counts must not be negative, got "
          + agreementOrPublished + ", " + assumptions + ", " + inputs);
    }
  }

  /**
   * Counts {@code reads} by basis, each id and range once.
   *
   * @param reads the parameter reads
   * @return the counts
   * @throws NullPointerException if {@code reads} or one of its elements is null
   */
  public static Provenance of(Iterable<ParameterRead> reads) {
    Objects.requireNonNull(reads, "reads");
    Map<String, ParameterRead> seen = new LinkedHashMap<>();
    for (ParameterRead r : reads) {
      Objects.requireNonNull(r, "reads: an element");
      seen.putIfAbsent(r.id() + ' ' + r.range(), r);
    }
    int known = 0;
    int assumed = 0;
    int input = 0;
    for (ParameterRead r : seen.values()) {
      switch (r.basis()) {
        case AGREEMENT, PUBLISHED -> known++;
        case ASSUMPTION -> assumed++;
        case INPUT -> input++;
        default -> throw new IllegalStateException("unknown basis " + r.basis());
      }
    }
    return new Provenance(known, assumed, input);
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
   * {@return every value {@code allocation} read, each id and range once, in the order met}
   *
   * @param allocation the allocation
   */
  public static Iterable<ParameterRead> reads(Allocation allocation) {
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
    e.allReads().forEach(r -> seen.putIfAbsent(r.id() + ' ' + r.range(), r));
  }

  /**
   * {@return the sum of this and {@code other}}
   *
   * @param other the counts to add
   */
  public Provenance plus(Provenance other) {
    return new Provenance(agreementOrPublished + other.agreementOrPublished,
        assumptions + other.assumptions, inputs + other.inputs);
  }

  /**
   * {@return the one-line summary, e.g.
   * {@code Provenance: 12 agreement or published values, 9 assumptions, 1 your input}; where
   * nothing was read (a verdict rests on the conditions of the rule set's text alone), says so}
   */
  public String line() {
    if (agreementOrPublished + assumptions + inputs == 0) {
      return "Provenance: no parameter or input read; the result rests on the rule sets' text"
          + " alone (each condition cites it)";
    }
    return "Provenance: " + agreementOrPublished + " agreement or published "
        + (agreementOrPublished == 1 ? "value" : "values") + ", " + assumptions + " "
        + (assumptions == 1 ? "assumption" : "assumptions") + ", " + inputs + " "
        + (inputs == 1 ? "your input" : "your inputs");
  }
}
