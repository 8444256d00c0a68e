package se.alf.rules;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.alf.rules.spi.RuleSetProvider;

/**
 * Finds rule sets: every {@link RuleSetProvider} on the module or class path, by id. The providers
 * are loaded once, on first use, and their rule sets kept; every later call returns the same
 * instances. Thread-safe.
 *
 * <pre>{@code
 * RuleSet current = RuleSets.alf2014();
 * RuleSet proposal = RuleSets.byId("pm-2024");
 * }</pre>
 *
 * @since 0.1
 */
public final class RuleSets {

  private static final Loader LOADER = new Loader(() -> ServiceLoader.load(RuleSetProvider.class,
      RuleSets.class.getClassLoader()).stream()
      .map(p -> new Candidate(p.type().getName(), p::get))
      .collect(Collectors.toList()));

  private RuleSets() {}

  /**
   * {@return every rule set the providers bring, by id, in the order found}
   *
   * @throws IllegalStateException if two providers bring the same id, a provider brings no rule
   *     set, or a provider calls {@code RuleSets} while it is being loaded
   */
  public static ImmutableMap<String, RuleSet> all() {
    return LOADER.all();
  }

  /**
   * {@return the rule set {@code id}, e.g. {@code alf-2014} or {@code pm-2024}}
   *
   * @param id the rule set's id
   * @throws UnknownRuleSetException if no provider brings it
   */
  public static RuleSet byId(String id) {
    Objects.requireNonNull(id, "id");
    ImmutableMap<String, RuleSet> all = all();
    RuleSet r = all.get(id);
    if (r == null) {
      throw new UnknownRuleSetException(id, all.keySet());
    }
    return r;
  }

  /** {@return the 2014 agreement, {@code alf-2014}} */
  public static RuleSet alf2014() {
    return byId("alf-2014");
  }

  /** {@return the proposal of memorandum U2024/01035, {@code pm-2024}} */
  public static RuleSet proposal2024() {
    return byId("pm-2024");
  }

  /** A provider found but not yet instantiated: its class name and how to create it. */
  record Candidate(String name, Supplier<RuleSetProvider> provider) {}

  /** Loads the providers once, lazily, and refuses a provider that calls back while loaded. */
  static final class Loader {
    private final Supplier<List<Candidate>> candidates;
    private volatile ImmutableMap<String, RuleSet> loaded;
    private String loading; // the provider being loaded; guarded by this

    Loader(Supplier<List<Candidate>> candidates) {
      this.candidates = candidates;
    }

    ImmutableMap<String, RuleSet> all() {
      ImmutableMap<String, RuleSet> result = loaded;
      if (result == null) {
        synchronized (this) {
          result = loaded;
          if (result == null) {
            result = load();
            loaded = result;
          }
        }
      }
      return result;
    }

    private ImmutableMap<String, RuleSet> load() {
      if (loading != null) {
        throw new IllegalStateException("rule set provider " + loading + " called RuleSets while"
            + " it was being loaded: a provider must not look rule sets up through RuleSets (it"
            + " would see a half-loaded list); refer to the rule set it builds on directly");
      }
      Map<String, RuleSet> found = new LinkedHashMap<>();
      for (Candidate c : candidates.get()) {
        RuleSet r;
        loading = c.name();
        try {
          r = c.provider().get().get();
        } finally {
          loading = null;
        }
        if (r == null) {
          throw new IllegalStateException("rule set provider " + c.name() + " brought no rule set"
              + " (get() returned null)");
        }
        RuleSet other = found.putIfAbsent(r.id(), r);
        if (other != null && other != r) {
          throw new IllegalStateException("two providers bring rule set '" + r.id() + "': "
              + other + " and " + r);
        }
      }
      return ImmutableMap.copyOf(found);
    }
  }
}
