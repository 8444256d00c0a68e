package se.alf.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameter;
import se.alf.rules.param.Parameters;
import se.alf.source.Citation;

/**
 * The caller's input to a rule set: the appropriations, the full-year students each ALF region
 * actually has, quality grades, counts of highly cited articles and whatever else a rule needs,
 * each dated, cited and marked with what it rests on ({@link Basis}).
 *
 * <p>A rule reads a value from the rule set's own parameters first and from the scenario only
 * where the rule set has none (an unpublished figure); to change what a rule set itself assumes,
 * derive a reform. {@link Scenarios#published()} holds the published figures and, where none is
 * published, labelled assumptions.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Scenario {

  private final String name;
  private final String description;
  private final Parameters inputs;
  private final Parameters changes;
  /** The ids of the keys the caller gave a value ({@link #givesValueFor}); built on first use. */
  private volatile @Nullable ImmutableSet<String> callersKeyIds;

  private Scenario(String name, String description, Parameters inputs, Parameters changes) {
    this.name = name;
    this.description = description;
    this.inputs = inputs;
    this.changes = changes;
  }

  /**
   * {@return a builder of a scenario called {@code name}}
   *
   * @param name the scenario's name, shown in results and messages
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** {@return the scenario with no inputs at all} */
  public static Scenario empty() {
    return builder("empty").description("no inputs").build();
  }

  /** {@return the name, e.g. {@code published}} */
  public String name() {
    return name;
  }

  /** {@return what the scenario holds, in a sentence} */
  public String description() {
    return description;
  }

  /** {@return the inputs, by key id} */
  public Parameters inputs() {
    return inputs;
  }

  /**
   * {@return the caller's own inputs: the values given to {@link #with} (all of them, if this
   * scenario was changed more than once)} A result warns where one of these is not used, or where
   * it stops and a value of the underlying scenario takes over (see {@link Allocation#warnings()}).
   * Values with the basis {@link Basis#INPUT} count as the caller's too.
   */
  public Parameters changes() {
    return changes;
  }

  /**
   * {@return whether the caller gave {@code key} a value: one of the {@link #changes()}, or a value
   * with the basis {@link Basis#INPUT}} A rule set asks this on every value it reads, to warn about
   * a caller's value it does not use; for most keys the answer is no, found with one lookup.
   *
   * @param key the key
   */
  public boolean givesValueFor(Key<?> key) {
    Objects.requireNonNull(key, "key");
    ImmutableSet<String> ids = callersKeyIds;
    if (ids == null) {
      ImmutableSet.Builder<String> b = ImmutableSet.builder();
      changes.list().forEach(p -> b.add(p.key().id()));
      for (Parameter<?> p : inputs.list()) {
        if (p.timeline().values().stream().anyMatch(v -> v.value().basis() == Basis.INPUT)) {
          b.add(p.key().id());
        }
      }
      ids = b.build();
      callersKeyIds = ids; // a benign race: every thread builds the same set
    }
    return ids.contains(key.id());
  }

  /**
   * {@return a copy named {@code name} in which each value of {@code changes} replaces this
   * scenario's over its own range (see {@link Parameters#overriddenBy}): a value bounded to some
   * years leaves every other year as it was}
   *
   * @param name the copy's name
   * @param changes the values that replace this scenario's
   */
  public Scenario with(String name, Parameters changes) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(changes, "changes");
    checkArgument(!name.isBlank(), "scenario name must not be blank");
    return new Scenario(name, description + "; changed: " + changes.list().size() + " input(s)",
        inputs.overriddenBy(changes), this.changes.overriddenBy(changes));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scenario other && other.name.equals(name)
        && other.inputs.equals(inputs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, inputs);
  }

  @Override
  public String toString() {
    return "Scenario " + name + " (" + inputs.list().size() + " inputs)";
  }

  /** Builds a {@link Scenario}. */
  public static final class Builder {
    private final String name;
    private String description = "";
    private final Parameters.Builder inputs = Parameters.builder();

    private Builder(String name) {
      Objects.requireNonNull(name, "name");
      checkArgument(!name.isBlank(), "scenario name must not be blank");
      this.name = name;
    }

    /**
     * Sets what the scenario holds, in a sentence.
     *
     * @param description one sentence
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    private Citation mine() {
      return Citation.of("scenario " + name, "caller input");
    }

    /**
     * Sets {@code key} to the caller's {@code value} for the year {@code year}.
     *
     * @param <T> the type of the key's values
     * @param key the input's key
     * @param year the year it holds for
     * @param value the caller's value
     * @return this builder
     */
    public <T> Builder input(Key<T> key, Year year, T value) {
      inputs.putYear(key, year, value, Basis.INPUT, mine());
      return this;
    }

    /**
     * Sets {@code key} to the caller's {@code value} from {@code from} on.
     *
     * @param <T> the type of the key's values
     * @param key the input's key
     * @param from the first year it holds for
     * @param value the caller's value
     * @return this builder
     */
    public <T> Builder inputFrom(Key<T> key, Year from, T value) {
      inputs.putFrom(key, from, value, Basis.INPUT, mine());
      return this;
    }

    /**
     * Sets {@code key} to {@code value} for the year {@code year}, on {@code basis}.
     *
     * @param <T> the type of the key's values
     * @param key the input's key
     * @param year the year it holds for
     * @param value the value
     * @param basis what the value rests on
     * @param citation where the value comes from
     * @return this builder
     */
    public <T> Builder put(Key<T> key, Year year, T value, Basis basis, Citation citation) {
      inputs.putYear(key, year, value, basis, citation);
      return this;
    }

    /**
     * Sets {@code key} to {@code value} from {@code from} on, on {@code basis}.
     *
     * @param <T> the type of the key's values
     * @param key the input's key
     * @param from the first year it holds for
     * @param value the value
     * @param basis what the value rests on
     * @param citation where the value comes from
     * @return this builder
     */
    public <T> Builder putFrom(Key<T> key, Year from, T value, Basis basis, Citation citation) {
      inputs.putFrom(key, from, value, basis, citation);
      return this;
    }

    /**
     * Sets {@code key} over {@code [from, until)}, on {@code basis}.
     *
     * @param <T> the type of the key's values
     * @param key the input's key
     * @param from the first day it holds on
     * @param until the first day it no longer holds on
     * @param value the value
     * @param basis what the value rests on
     * @param citation where the value comes from
     * @return this builder
     */
    public <T> Builder put(Key<T> key, LocalDate from, LocalDate until, T value, Basis basis,
        Citation citation) {
      inputs.put(key, from, until, value, basis, citation);
      return this;
    }

    /**
     * Adds every input of {@code other}.
     *
     * @param other the scenario whose inputs to add
     * @return this builder
     */
    public Builder putAll(Scenario other) {
      Objects.requireNonNull(other, "other");
      inputs.putAll(other.inputs);
      return this;
    }

    /**
     * {@return the scenario}
     *
     * @throws se.alf.time.OverlappingRangesException if two values of one key overlap
     */
    public Scenario build() {
      return new Scenario(name, description, inputs.build(), Parameters.empty());
    }
  }
}
