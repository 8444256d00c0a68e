package se.alf.rules.spi;

import se.alf.rules.RuleSet;

/**
 * The service through which {@link se.alf.rules.RuleSets} finds rule sets with
 * {@link java.util.ServiceLoader}: a plugin that brings a rule set implements this interface and
 * registers the implementation, so that {@code RuleSets.byId(id)} finds it beside
 * {@code alf-2014} and {@code pm-2024}.
 *
 * <h2>Registering a provider</h2>
 *
 * <p>On the module path, the plugin's {@code module-info.java} declares
 *
 * <pre>{@code
 * module org.example.alf.provider {
 *   requires se.alf.rules;
 *   provides se.alf.rules.spi.RuleSetProvider with org.example.alf.provider.SixYearEvaluation;
 * }
 * }</pre>
 *
 * <p>and on the class path the jar holds a file
 * {@code META-INF/services/se.alf.rules.spi.RuleSetProvider} naming the class. A jar that may be
 * used either way has both. The class is public, has a public no-argument constructor and is
 * created once, when {@code RuleSets} is first used.
 *
 * <h2>Example</h2>
 *
 * <p>A provider that brings a reform of {@code pm-2024} (from the example project
 * {@code alf-examples/src/it/example-provider}):
 *
 * <pre>{@code
 * public final class SixYearEvaluation implements RuleSetProvider {
 *   public static final String ID = "example-six-year-evaluation";
 *
 *   public SixYearEvaluation() {}
 *
 *   @Override
 *   public RuleSet get() {
 *     return Holder.RULE_SET;
 *   }
 *
 *   private static final class Holder {
 *     static final RuleSet RULE_SET = Reform.of(Proposal2024.ruleSet()) // not RuleSets.byId!
 *         .id(ID)
 *         .title("Example: pm-2024 with a quality evaluation every six years")
 *         .citation(SOURCE)
 *         .set(Keys.EVALUATION_INTERVAL, Year.of(2026), 6, Basis.ASSUMPTION, SOURCE)
 *         .build();
 *   }
 * }
 * }</pre>
 *
 * <h2>The re-entrance trap</h2>
 *
 * <p>A provider must not call {@link se.alf.rules.RuleSets} from its constructor or from
 * {@link #get()}: {@code RuleSets} is loading the providers at that moment, and a lookup would see
 * a half-loaded list. Such a call is refused with an {@link IllegalStateException} naming the
 * provider ("rule set provider ... called RuleSets while it was being loaded"). A reform refers
 * to the rule set it builds on directly, e.g. {@code Proposal2024.ruleSet()} or
 * {@code Alf2014.ruleSet()}.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>{@link #get()} returns a rule set, never null (a provider that returns null is refused
 *       when {@code RuleSets} loads), and the same instance on every call.</li>
 *   <li>The rule set's {@link RuleSet#id() id} is unique among all providers found; two providers
 *       with the same id are refused.</li>
 *   <li>The rule set is immutable and thread-safe: {@code RuleSets} hands it to every caller.</li>
 * </ul>
 *
 * <p>Implementations must be thread-safe; {@code RuleSets} calls {@link #get()} once, under its
 * own lock.
 *
 * @since 0.1
 */
public interface RuleSetProvider {

  /**
   * Returns the rule set this provider brings: the same immutable instance on every call.
   *
   * @return the rule set, never null
   */
  RuleSet get();
}
