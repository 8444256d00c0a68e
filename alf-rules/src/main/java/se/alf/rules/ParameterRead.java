package se.alf.rules;

import org.immutables.value.Value;
import se.alf.source.Citation;

/**
 * One parameter or input a rule read: its id, the value, the dates that value holds over, what it
 * rests on and where it comes from. A leaf of an {@link Explanation}.
 */
@Value.Immutable
public interface ParameterRead {

  /** The key id, e.g. {@code research.quality-share}. */
  String id();

  /** The value as text. */
  String value();

  /** The half-open range of dates the value holds over, e.g. {@code [2019-01-01, …)}. */
  String range();

  Basis basis();

  Citation citation();

  /** Returns whether the value read was a scenario's input rather than a rule-set parameter. */
  boolean fromScenario();

  /** Returns {@code "id = value [range] (citation)"}, marked when it is an assumption. */
  default String render() {
    return id() + " = " + value() + " " + range() + " ("
        + (basis().isAssumption() ? "ASSUMPTION; " : "") + citation().render() + ")";
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParameterRead}. */
  final class Builder extends ImmutableParameterRead.Builder {
    Builder() {}
  }
}
