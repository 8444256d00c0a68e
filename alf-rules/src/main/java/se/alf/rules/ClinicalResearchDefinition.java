package se.alf.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * The definition of clinical research (klinisk forskning) of a rule set: the conditions a research
 * project must all meet. A reform may drop a condition ({@link #without}) or add one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClinicalResearchDefinition {

  private final ImmutableList<Condition> conditions;

  private ClinicalResearchDefinition(ImmutableList<Condition> conditions) {
    this.conditions = conditions;
  }

  /** Returns the definition made of {@code conditions}, all of which must be met. */
  public static ClinicalResearchDefinition of(Condition... conditions) {
    return new ClinicalResearchDefinition(ImmutableList.copyOf(conditions));
  }

  public ImmutableList<Condition> conditions() {
    return conditions;
  }

  /** Returns a copy with {@code condition} added at the end. */
  public ClinicalResearchDefinition with(Condition condition) {
    Objects.requireNonNull(condition, "condition");
    return new ClinicalResearchDefinition(ImmutableList.<Condition>builder().addAll(conditions)
        .add(condition).build());
  }

  /**
   * Returns a copy without the condition {@code id}.
   *
   * @throws IllegalArgumentException if there is no condition {@code id}
   */
  public ClinicalResearchDefinition without(String id) {
    checkArgument(conditions.stream().anyMatch(c -> c.id().equals(id)),
        "definition has no condition '%s'; its conditions are %s", id,
        conditions.stream().map(Condition::id).collect(ImmutableList.toImmutableList()));
    return new ClinicalResearchDefinition(conditions.stream().filter(c -> !c.id().equals(id))
        .collect(ImmutableList.toImmutableList()));
  }
}
