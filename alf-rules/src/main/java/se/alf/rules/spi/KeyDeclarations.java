package se.alf.rules.spi;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import se.alf.party.AlfRegion;
import se.alf.rules.Keys;
import se.alf.rules.param.Key;
import se.alf.rules.param.RegionKey;

/**
 * What the builders of rule sets share: the keys a rule set declares because its rules read them
 * and they are not in {@link Keys#catalogue()} ({@link StandardRuleSet.Builder} and a reform's
 * builder alike).
 *
 * <p>Not thread-safe: a builder, for one thread.
 *
 * @param <B> the builder, returned by each method so that calls chain
 * @since 0.1
 */
public abstract class KeyDeclarations<B extends KeyDeclarations<B>> {

  private final Map<String, Key<?>> declared = new LinkedHashMap<>();

  /** For subclasses. */
  protected KeyDeclarations() {}

  /** {@return this builder} */
  protected abstract B self();

  /**
   * Declares {@code key} as one the rule set's rules read that is not in {@link Keys#catalogue()}
   * (an input a scenario or the rule set's parameters supply).
   *
   * @param key the key
   * @return this builder
   */
  public B declare(Key<?> key) {
    Objects.requireNonNull(key, "key");
    declared.put(key.id(), key);
    return self();
  }

  /**
   * Declares the key of every ALF region of {@code family}; see {@link #declare(Key)}.
   *
   * @param family the family of keys
   * @return this builder
   */
  public B declare(RegionKey<?> family) {
    Objects.requireNonNull(family, "family");
    for (AlfRegion r : AlfRegion.values()) {
      declare(family.of(r));
    }
    return self();
  }

  /**
   * Declares every key of {@code keys}; see {@link #declare(Key)}.
   *
   * @param keys the keys
   * @return this builder
   */
  public B declareAll(Iterable<? extends Key<?>> keys) {
    Objects.requireNonNull(keys, "keys");
    keys.forEach(this::declare);
    return self();
  }

  /** {@return the keys declared so far, by id, in the order declared} */
  protected ImmutableMap<String, Key<?>> declared() {
    return ImmutableMap.copyOf(declared);
  }
}
