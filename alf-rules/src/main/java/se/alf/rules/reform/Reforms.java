package se.alf.rules.reform;

import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import se.alf.rules.RuleSet;
import se.alf.rules.UnknownRuleSetException;

/**
 * The reforms the library brings: consultation responses to memorandum U2024/01035 as reforms of
 * {@code pm-2024}.
 *
 * <pre>{@code
 * RuleSet vb = Reforms.vasterbotten();            // vasterbotten-2024
 * RuleSet slf = Reforms.byId("lakarforbundet-2024");
 * vb.baseline().get().id();                       // "pm-2024"
 * }</pre>
 *
 * <p>Both are also registered with {@link java.util.ServiceLoader} and so found through
 * {@link se.alf.rules.RuleSets#byId}; {@code vasterbotten-2024} needs the caller's supplement
 * amount to run from 2026 (see {@link VasterbottenResponse}).
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class Reforms {

  private Reforms() {}

  /** {@return Region Västerbotten's response, {@code vasterbotten-2024}} */
  public static RuleSet vasterbotten() {
    return VasterbottenResponse.ruleSet();
  }

  /** {@return Sveriges läkarförbund's response, {@code lakarforbundet-2024}} */
  public static RuleSet lakarforbundet() {
    return LakarforbundetResponse.ruleSet();
  }

  /** {@return every reform, by id} */
  public static ImmutableMap<String, RuleSet> all() {
    return ImmutableMap.of(VasterbottenResponse.ID, vasterbotten(),
        LakarforbundetResponse.ID, lakarforbundet());
  }

  /**
   * {@return the reform {@code id}}
   *
   * @param id the reform's id, e.g. {@code vasterbotten-2024}
   * @throws UnknownRuleSetException naming the id and the known reforms, if there is no such
   *     reform
   */
  public static RuleSet byId(String id) {
    Objects.requireNonNull(id, "id");
    RuleSet r = all().get(id);
    if (r == null) {
      throw new UnknownRuleSetException(id, all().keySet());
    }
    return r;
  }
}
