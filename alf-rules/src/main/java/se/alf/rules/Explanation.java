package se.alf.rules;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import se.alf.source.Citation;

/**
 * How a value was computed, as a tree: each node has a label, the value, the citation of the rule
 * that produced it, the parameters it read (with the dates of their values), and the steps it
 * used. Leaves reach the inputs.
 *
 * <p>An explanation travels with its result; nothing is kept in global or thread-local state.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface Explanation {

  /** What was computed, e.g. {@code "Education compensation, Örebro, 2027"}. */
  String label();

  /** The value, as text. */
  String value();

  /** The rule that produced the value. */
  Optional<Citation> citation();

  /** A short description of the arithmetic, e.g. {@code "rate × compensated full-year students"}. */
  Optional<String> formula();

  ImmutableList<ParameterRead> reads();

  ImmutableList<Explanation> steps();

  /** Returns every parameter read in this tree, each id and range once, in the order met. */
  default ImmutableList<ParameterRead> allReads() {
    Map<String, ParameterRead> seen = new LinkedHashMap<>();
    collect(this, seen);
    return ImmutableList.copyOf(seen.values());
  }

  private static void collect(Explanation e, Map<String, ParameterRead> seen) {
    e.reads().forEach(r -> seen.putIfAbsent(r.id() + r.range(), r));
    e.steps().forEach(s -> collect(s, seen));
  }

  /** Returns the assumptions this value rests on, anywhere in the tree. */
  default ImmutableList<ParameterRead> assumptions() {
    return allReads().stream().filter(r -> r.basis().isAssumption())
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns whether the value rests on at least one assumption. */
  default boolean restsOnAssumptions() {
    return !assumptions().isEmpty();
  }

  /**
   * Returns the tree as indented text a finance officer can follow: one line per step with its
   * value and rule, the parameters it read beneath it.
   */
  default String render() {
    List<String> lines = new ArrayList<>();
    render(this, "", lines);
    return String.join("\n", lines) + "\n";
  }

  private static void render(Explanation e, String indent, List<String> lines) {
    StringBuilder head = new StringBuilder(indent).append(e.label()).append(": ").append(e.value());
    e.citation().ifPresent(c -> head.append("  [").append(c.render()).append(']'));
    lines.add(head.toString());
    e.formula().ifPresent(f -> lines.add(indent + "  = " + f));
    e.reads().forEach(r -> lines.add(indent + "  · " + r.render()));
    e.steps().forEach(s -> render(s, indent + "  ", lines));
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Explanation}. */
  final class Builder extends ImmutableExplanation.Builder {
    Builder() {}
  }
}
