package se.alf.rules.compare;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.alf.research.ResearchProject;
import se.alf.rules.ConditionResult;
import se.alf.rules.RuleSet;
import se.alf.rules.Verdict;

/**
 * Whether one research project is clinical research (klinisk forskning) under each rule set
 * ({@link RuleSet#classify(ResearchProject)}, as of each rule set's reference year), whether the
 * verdict changes, and which conditions made the difference.
 *
 * <p>Immutable and thread-safe.
 *
 * @param project the project classified
 * @param left the left rule set's verdict
 * @param right the right rule set's verdict
 * @since 0.1
 */
public record VerdictComparison(ResearchProject project, Verdict left, Verdict right)
    implements Difference {

  /**
   * Checks that every part is given.
   *
   * @param project the project
   * @param left the left rule set's verdict
   * @param right the right rule set's verdict
   */
  public VerdictComparison {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
  }

  /** Returns whether the project is clinical research on one side and not on the other. */
  @Override
  public boolean isChanged() {
    return left.isClinicalResearch() != right.isClinicalResearch();
  }

  /**
   * {@return every condition that differs, whether or not the verdict changes: present in one
   * definition only, or met differently} Left's conditions first, in its order, then right's.
   */
  public ImmutableList<ConditionDifference> differences() {
    Map<String, ConditionResult> l = byId(left);
    Map<String, ConditionResult> r = byId(right);
    Set<String> ids = new LinkedHashSet<>(l.keySet());
    ids.addAll(r.keySet());
    ImmutableList.Builder<ConditionDifference> out = ImmutableList.builder();
    for (String id : ids) {
      Optional<ConditionResult> a = Optional.ofNullable(l.get(id));
      Optional<ConditionResult> b = Optional.ofNullable(r.get(id));
      Change change = a.isEmpty() ? Change.ONLY_RIGHT : b.isEmpty() ? Change.ONLY_LEFT
          : a.get().met() != b.get().met() ? Change.CHANGED : null;
      if (change != null) {
        out.add(new ConditionDifference(id, change, a, b));
      }
    }
    return out.build();
  }

  /**
   * {@return the conditions that made the verdict change: those of {@link #differences()} that
   * fail on one side} Empty if the verdict does not change.
   */
  public ImmutableList<ConditionDifference> decisive() {
    if (!isChanged()) {
      return ImmutableList.of();
    }
    return differences().stream().filter(ConditionDifference::failsOnEitherSide)
        .collect(ImmutableList.toImmutableList());
  }

  private static Map<String, ConditionResult> byId(Verdict v) {
    Map<String, ConditionResult> m = new LinkedHashMap<>();
    v.conditions().forEach(c -> m.putIfAbsent(c.id(), c));
    return m;
  }
}
