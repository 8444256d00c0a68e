package se.alf.rules.compare;

import static com.google.common.base.Preconditions.checkState;

import java.util.Optional;
import org.immutables.value.Value;
import se.alf.rules.Statement;

/**
 * A non-computable provision (governance, names, purposes) that differs between the two rule
 * sets, matched by {@link Statement#id()}: present in one only, or with a changed text.
 */
@Value.Immutable
public interface StatementDifference {

  /** The statement id, e.g. {@code governance.national-body}. */
  String id();

  Change change();

  /** The left rule set's statement; empty if {@link Change#ONLY_RIGHT}. */
  Optional<Statement> left();

  /** The right rule set's statement; empty if {@link Change#ONLY_LEFT}. */
  Optional<Statement> right();

  /** Checks that the statements agree with the change. */
  @Value.Check
  default void check() {
    checkState(left().isPresent() == (change() != Change.ONLY_RIGHT), "statement %s is %s but"
        + " left is %s", id(), change(), left());
    checkState(right().isPresent() == (change() != Change.ONLY_LEFT), "statement %s is %s but"
        + " right is %s", id(), change(), right());
    checkState(change() != Change.CHANGED
        || !left().get().text().equals(right().get().text()), "statement %s is changed but has"
        + " the same text on both sides", id());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatementDifference}. */
  final class Builder extends ImmutableStatementDifference.Builder {
    Builder() {}
  }
}
