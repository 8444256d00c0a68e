package se.alf.rules.spi;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of a rule set, one per {@link RuleId slot}. Immutable: a reform gets a copy with some
 * slots replaced ({@link #replacing}) and the baseline's book is untouched.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RuleBook {

  private final ImmutableMap<String, Entry> slots;

  private RuleBook(ImmutableMap<String, Entry> slots) {
    this.slots = slots;
  }

  /** {@return an empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the rule in slot {@code id}}
   *
   * @param <R> the type of the slot's rules
   * @param id the slot
   * @throws IllegalArgumentException if the book has no such slot
   */
  @SuppressWarnings("unchecked") // checked against the slot's kind when put
  public <R> R get(RuleId<R> id) {
    Entry e = slots.get(id.id());
    checkArgument(e != null, "rule %s is not in this rule book; its slots are %s", id,
        slots.keySet());
    return (R) e.rule;
  }

  /**
   * {@return whether the book has slot {@code id}}
   *
   * @param id the slot
   */
  public boolean has(RuleId<?> id) {
    return slots.containsKey(id.id());
  }

  /** {@return the slots, in the order they were defined} */
  public ImmutableList<RuleId<?>> ids() {
    return slots.values().stream().map(e -> e.id).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return a copy with the rules of {@code replacements} in their slots}
   *
   * @param replacements the rules that replace this book's
   * @throws IllegalArgumentException if a slot is not in this book (a reform replaces rules, it
   *     does not invent them)
   */
  public RuleBook replacing(RuleBook replacements) {
    Map<String, Entry> copy = new LinkedHashMap<>(slots);
    for (Entry e : replacements.slots.values()) {
      checkArgument(slots.containsKey(e.id.id()),
          "cannot replace rule %s: the baseline has no such rule; its rules are %s", e.id,
          slots.keySet());
      copy.put(e.id.id(), e);
    }
    return new RuleBook(ImmutableMap.copyOf(copy));
  }

  /**
   * {@return a copy with the new slots of {@code additions}: how a new version of the agreement
   * adds rules its predecessor lacks} (A reform uses {@link #replacing}.)
   *
   * @param additions the rules in new slots
   * @throws IllegalArgumentException if a slot of {@code additions} is already in this book
   */
  public RuleBook plus(RuleBook additions) {
    Map<String, Entry> copy = new LinkedHashMap<>(slots);
    for (Entry e : additions.slots.values()) {
      checkArgument(copy.put(e.id.id(), e) == null, "rule %s is already in this rule book", e.id);
    }
    return new RuleBook(ImmutableMap.copyOf(copy));
  }

  @Override
  public String toString() {
    return "RuleBook" + slots.keySet();
  }

  private static final class Entry {
    final RuleId<?> id;
    final Object rule;

    Entry(RuleId<?> id, Object rule) {
      this.id = id;
      this.rule = rule;
    }
  }

  /** Builds a {@link RuleBook}. */
  public static final class Builder {
    private final Map<String, Entry> slots = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Puts {@code rule} in slot {@code id}.
     *
     * @param <R> the type of the slot's rules
     * @param id the slot
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException if the slot is already filled or the rule is not of the
     *     slot's kind
     */
    public <R> Builder put(RuleId<R> id, R rule) {
      Objects.requireNonNull(rule, id.id());
      checkArgument(id.kind().isInstance(rule), "rule for %s must be a %s, was a %s", id,
          id.kind().getSimpleName(), rule.getClass().getSimpleName());
      checkArgument(!slots.containsKey(id.id()), "rule %s is put twice", id);
      slots.put(id.id(), new Entry(id, rule));
      return this;
    }

    /** {@return the rule book} */
    public RuleBook build() {
      return new RuleBook(ImmutableMap.copyOf(slots));
    }
  }
}
