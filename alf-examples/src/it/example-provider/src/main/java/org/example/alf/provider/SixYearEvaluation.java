package org.example.alf.provider;

import java.time.Year;
import se.alf.rules.Keys;
import se.alf.rules.RuleSet;
import se.alf.rules.param.Basis;
import se.alf.rules.pm2024.Proposal2024;
import se.alf.rules.reform.Reform;
import se.alf.rules.spi.RuleSetProvider;
import se.alf.source.Citation;

/**
 * An example provider: a small reform of {@code pm-2024} in which the quality of clinical research
 * is evaluated every six years instead of the proposal's four. An illustration of the SPI, not a
 * proposal anyone has made.
 *
 * <p>{@link java.util.ServiceLoader} creates this class through its public no-argument
 * constructor, found by {@code provides ... with} in {@code module-info.java} on the module path
 * and by {@code META-INF/services/se.alf.rules.spi.RuleSetProvider} on the class path.
 */
public final class SixYearEvaluation implements RuleSetProvider {

  /** The id this provider's rule set has. */
  public static final String ID = "example-six-year-evaluation";

  private static final Citation SOURCE = Citation.builder()
      .document("alf example provider (an illustration, not a proposal)")
      .note("the quality evaluation every six years instead of four")
      .build();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public SixYearEvaluation() {}

  @Override
  public RuleSet get() {
    return Holder.RULE_SET;
  }

  /** Builds the rule set once, on first use. */
  private static final class Holder {
    // The baseline is referred to directly: calling RuleSets.byId("pm-2024") here would call
    // back into RuleSets while it loads this provider, which RuleSets refuses.
    static final RuleSet RULE_SET = Reform.of(Proposal2024.ruleSet())
        .id(ID)
        .title("Example: pm-2024 with a quality evaluation every six years")
        .citation(SOURCE)
        .set(Keys.EVALUATION_INTERVAL, Year.of(2026), 6, Basis.ASSUMPTION, SOURCE)
        .build();
  }
}
