package se.alf.rules;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import se.alf.rules.explain.Explanation;

/**
 * Whether a research project is clinical research under a rule set, with each condition met or
 * failed and its citation, so a caller sees why.
 *
 * <p>Immutable and thread-safe (an Immutables value); its builder is for one thread.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Verdict {

  /** {@return the id of the rule set that judged} */
  String ruleSetId();

  /** {@return the title of the project judged} */
  String projectTitle();

  /** {@return the result of each condition of the definition, in the definition's order} */
  ImmutableList<ConditionResult> conditions();

  /** {@return whether every condition is met} */
  @Value.Derived
  default boolean isClinicalResearch() {
    return conditions().stream().allMatch(ConditionResult::met);
  }

  /** {@return the conditions that are not met} */
  default ImmutableList<ConditionResult> failed() {
    return conditions().stream().filter(c -> !c.met()).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the verdict and its reasons as a tree: the verdict (typed value: whether the project
   * is clinical research), beneath it one node per condition with its reason and citation}
   */
  default Explanation explain() {
    ImmutableList<Explanation> reasons = conditions().stream()
        .map(c -> Explanation.builder().label(c::render).build())
        .collect(ImmutableList.toImmutableList());
    return Explanation.builder().label(() -> projectTitle() + " under " + ruleSetId())
        .value(isClinicalResearch())
        .valueText(() -> isClinicalResearch() ? "clinical research" : "NOT clinical research")
        .steps(reasons).build();
  }

  /** {@return the verdict and its reasons as text: {@code explain().render()}} */
  default String explainText() {
    return explain().render();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Verdict}. */
  final class Builder extends ImmutableVerdict.Builder {
    Builder() {}
  }
}
