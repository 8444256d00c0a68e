package se.alf.rules.compare;

import static com.google.common.base.Preconditions.checkState;

import java.util.Objects;
import java.util.Optional;
import se.alf.rules.spi.Statement;

/**
 * A non-computable provision (governance, names, purposes) that differs between the two rule
 * sets, matched by {@link Statement#id()}: present in one only, or with a changed text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the statement id, e.g. {@code governance.national-body}
 * @param change how the statement differs
 * @param left the left rule set's statement; empty if {@link Change#ONLY_RIGHT}
 * @param right the right rule set's statement; empty if {@link Change#ONLY_LEFT}
 * @since 0.1
 */
public record StatementDifference(String id, Change change, Optional<Statement> left,
    Optional<Statement> right) implements Difference {

  /**
   * Checks that the statements agree with the change.
   *
   * @param id the statement's id
   * @param change how it differs
   * @param left the left rule set's statement, if any
   * @param right the right rule set's statement, if any
   */
  public StatementDifference {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(change, "change");
    checkState(left.isPresent() == (change != Change.ONLY_RIGHT), "statement %s is %s but"
        + " left is %s", id, change, left);
    checkState(right.isPresent() == (change != Change.ONLY_LEFT), "statement %s is %s but"
        + " right is %s", id, change, right);
    checkState(change != Change.CHANGED
        || !left.get().text().equals(right.get().text()), "statement %s is changed but has"
        + " the same text on both sides", id);
  }

  /** Returns {@code true}: a statement difference exists only where the sides differ. */
  @Override
  public boolean isChanged() {
    return true;
  }
}
