package se.alf.rules.reform;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Reform.Builder#build()} when a reform cannot be applied to its baseline. It
 * lists <em>every</em> problem found, each naming the field, the value and the rule it breaks;
 * no rule set is created, so nothing is half-applied and the baseline is untouched.
 *
 * <p>Its own fields are final and immutable.
 *
 * @since 0.1
 */
public final class InvalidReformException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** What kind of rule a problem breaks. */
  public enum Kind {
    /** A required field of the reform (id, title, citation, basis) is missing or blank. */
    MISSING_FIELD,
    /** The reform's id is the id of its baseline or of a rule set in the baseline's chain. */
    DUPLICATE_ID,
    /**
     * A parameter key that the baseline neither has among its parameters nor reads (the
     * catalogue {@link se.alf.rules.Keys}), and that neither this reform nor a reform in the
     * baseline's chain declares as new.
     */
    UNKNOWN_PARAMETER,
    /** A key declared as new that the baseline already has or reads. */
    NOT_NEW,
    /**
     * A value that is not of its key's kind ({@link se.alf.rules.param.Key#cast}), or a key whose
     * kind differs from the baseline's key of the same id.
     */
    WRONG_KIND,
    /** Two values the reform gives one key hold over overlapping dates. */
    OVERLAP,
    /** A rule slot the baseline's rule book does not have. */
    UNKNOWN_SLOT,
    /** A rule that is not of the kind its slot takes. */
    WRONG_RULE_KIND,
    /** The same slot replaced twice. */
    DUPLICATE_SLOT,
    /** A statement replaced that the baseline does not have. */
    UNKNOWN_STATEMENT,
    /** A statement added whose id the baseline already has, or one id given twice. */
    DUPLICATE_STATEMENT,
    /** A date or year out of order (e.g. the reference year before the first year). */
    BAD_DATE
  }

  /** One problem: its kind, the field it concerns, the offending value and what is wrong. */
  public static final class Problem {
    private final Kind kind;
    private final String field;
    private final String value;
    private final String message;

    Problem(Kind kind, String field, Object value, String message) {
      this.kind = Objects.requireNonNull(kind, "kind");
      this.field = Objects.requireNonNull(field, "field");
      this.value = String.valueOf(value);
      this.message = Objects.requireNonNull(message, "message");
    }

    /** {@return what kind of change has the problem} */
    public Kind kind() {
      return kind;
    }

    /** {@return the field: a key id, a slot id, a statement id or a reform attribute} */
    public String field() {
      return field;
    }

    /** {@return the offending value, as text} */
    public String value() {
      return value;
    }

    /** {@return what is wrong, naming the rule broken} */
    public String message() {
      return message;
    }

    @Override
    public String toString() {
      return kind + " " + field + " = " + value + ": " + message;
    }
  }

  /** The id of the invalid reform, or {@code "(no id)"}. */
  private final String reformId;
  /** Every problem found. */
  private final ImmutableList<Problem> problems;

  InvalidReformException(String reformId, String baselineId, ImmutableList<Problem> problems) {
    super("reform " + reformId + " of " + baselineId + " is invalid (" + problems.size()
        + " problem" + (problems.size() == 1 ? "" : "s") + "; nothing was applied):\n"
        + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
    this.reformId = reformId;
    this.problems = problems;
  }

  /** {@return the id of the reform, or {@code "(no id)"}} */
  public String reformId() {
    return reformId;
  }

  /** {@return every problem found, in the order the reform states its changes} */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /**
   * {@return the problems of {@code kind}}
   *
   * @param kind the kind of change
   */
  public ImmutableList<Problem> problems(Kind kind) {
    return problems.stream().filter(p -> p.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }
}
