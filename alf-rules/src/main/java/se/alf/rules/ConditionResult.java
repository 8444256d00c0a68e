package se.alf.rules;

import org.immutables.value.Value;
import se.alf.rules.spi.Condition;
import se.alf.source.Citation;

/**
 * Whether one condition of the definition of clinical research is met by a project, and why.
 *
 * <p>Immutable and thread-safe (an Immutables value); its builder is for one thread.
 *
 * @since 0.1
 */
@Value.Immutable
public interface ConditionResult {

  /** {@return the condition's id, e.g. {@code permit}} */
  String id();

  /** {@return the condition as the text states it} */
  String description();

  /** {@return whether the project meets the condition} */
  boolean met();

  /** {@return why it is met or not, naming what the project has or lacks} */
  String reason();

  /** {@return where the condition is stated} */
  Citation citation();

  /** {@return {@code "[met] description — reason (citation)"}} */
  default String render() {
    return (met() ? "[met]    " : "[failed] ") + description() + " — " + reason() + " ("
        + citation().render() + ")";
  }

  /**
   * {@return the result of testing {@code condition}}
   *
   * @param condition the condition tested
   * @param met whether the project meets it
   * @param reason why it is met or not
   */
  static ConditionResult of(Condition condition, boolean met, String reason) {
    return builder().id(condition.id()).description(condition.description()).met(met)
        .reason(reason).citation(condition.citation()).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConditionResult}. */
  final class Builder extends ImmutableConditionResult.Builder {
    Builder() {}
  }
}
