package se.alf.rules;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Finds rule sets: every {@link RuleSetProvider} on the module or class path, by id.
 *
 * <pre>{@code
 * RuleSet current = RuleSets.alf2014();
 * RuleSet proposal = RuleSets.byId("pm-2024");
 * }</pre>
 */
public final class RuleSets {

  private RuleSets() {}

  /** Returns every rule set the providers bring, by id, in the order found. */
  public static ImmutableMap<String, RuleSet> all() {
    Map<String, RuleSet> found = new LinkedHashMap<>();
    for (RuleSetProvider p : ServiceLoader.load(RuleSetProvider.class,
        RuleSets.class.getClassLoader())) {
      RuleSet r = p.get();
      RuleSet other = found.putIfAbsent(r.id(), r);
      if (other != null && other != r) {
        throw new IllegalStateException("two providers bring rule set '" + r.id() + "': "
            + other + " and " + r);
      }
    }
    return ImmutableMap.copyOf(found);
  }

  /**
   * Returns the rule set {@code id}, e.g. {@code alf-2014} or {@code pm-2024}.
   *
   * @throws UnknownRuleSetException if no provider brings it
   */
  public static RuleSet byId(String id) {
    java.util.Objects.requireNonNull(id, "id");
    ImmutableMap<String, RuleSet> all = all();
    RuleSet r = all.get(id);
    if (r == null) {
      throw new UnknownRuleSetException(id, all.keySet());
    }
    return r;
  }

  /** Returns the 2014 agreement, {@code alf-2014}. */
  public static RuleSet alf2014() {
    return byId("alf-2014");
  }

  /** Returns the proposal of memorandum U2024/01035, {@code pm-2024}. */
  public static RuleSet proposal2024() {
    return byId("pm-2024");
  }
}
