package se.alf.rules;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Whether a research project is clinical research under a rule set, with each condition met or
 * failed and its citation, so a caller sees why.
 */
@Value.Immutable
public interface Verdict {

  String ruleSetId();

  String projectTitle();

  ImmutableList<ConditionResult> conditions();

  /** Returns whether every condition is met. */
  @Value.Derived
  default boolean isClinicalResearch() {
    return conditions().stream().allMatch(ConditionResult::met);
  }

  /** Returns the conditions that are not met. */
  default ImmutableList<ConditionResult> failed() {
    return conditions().stream().filter(c -> !c.met()).collect(ImmutableList.toImmutableList());
  }

  /** Returns the verdict and its reasons as text. */
  default String explain() {
    return projectTitle() + " under " + ruleSetId() + ": "
        + (isClinicalResearch() ? "clinical research" : "NOT clinical research") + "\n"
        + conditions().stream().map(c -> "  " + c.render()).collect(Collectors.joining("\n"))
        + "\n";
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Verdict}. */
  final class Builder extends ImmutableVerdict.Builder {
    Builder() {}
  }
}
