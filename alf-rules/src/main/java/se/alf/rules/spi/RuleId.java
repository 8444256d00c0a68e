package se.alf.rules.spi;

import java.util.Objects;

/**
 * The name of a slot in a {@link RuleBook}: which rule it holds, of what kind, and the text it
 * implements. A reform may replace the rule in a slot, never invent a slot the baseline lacks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the type of the rule in the slot
 * @since 0.1
 */
public final class RuleId<R> {

  private final String id;
  private final Class<?> kind;
  private final String description;

  private RuleId(String id, Class<?> kind, String description) {
    this.id = Objects.requireNonNull(id, "id");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.description = Objects.requireNonNull(description, "description");
  }

  /**
   * {@return the slot {@code id} for rules of {@code kind} (e.g. {@code RegionRule.class})}
   *
   * @param <R> the type of the slot's rules
   * @param id the slot's id
   * @param kind the rule type
   * @param description what the rule computes
   */
  public static <R> RuleId<R> of(String id, Class<? super R> kind, String description) {
    return new RuleId<>(id, kind, description);
  }

  /** {@return the slot's id, e.g. {@code education}} */
  public String id() {
    return id;
  }

  /** {@return the kind of rule the slot takes, checked when a rule is put in it} */
  public Class<?> kind() {
    return kind;
  }

  /** {@return what the slot's rule computes} */
  public String description() {
    return description;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleId<?> other && other.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
