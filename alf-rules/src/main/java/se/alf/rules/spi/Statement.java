package se.alf.rules.spi;

import org.immutables.value.Value;
import se.alf.source.Citation;

/**
 * A provision of a rule set that is not a computation (governance, names, purposes), recorded as a
 * cited statement so that a comparison can list it. Two statements with the same id speak of the
 * same matter.
 *
 * <p>Immutable and thread-safe (an Immutables value); its builder is for one thread.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Statement {

  /** {@return what the statement is about, e.g. {@code governance.national-body}} */
  String id();

  /** {@return what the rule set says, in English} */
  String text();

  /** {@return where the rule set says it} */
  Citation citation();

  /**
   * {@return the statement {@code id}}
   *
   * @param id what it is about
   * @param text what the rule set says
   * @param citation where it says it
   */
  static Statement of(String id, String text, Citation citation) {
    return builder().id(id).text(text).citation(citation).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Statement}. */
  final class Builder extends ImmutableStatement.Builder {
    Builder() {}
  }
}
