package se.alf.examples;

import java.io.PrintStream;
import java.time.Year;
import se.alf.money.Sek;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.explain.Explanation;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;
import se.alf.rules.reform.Reforms;
import se.alf.rules.reform.VasterbottenResponse;
import se.alf.source.Citation;

/**
 * The ready values of the jshell start-up script ({@code src/main/jshell/alf.jsh}), which imports
 * them with {@code import static se.alf.examples.Jshell.*}: defined here, compiled once, so that
 * jshell starts with a handful of snippets to compile instead of one a value.
 *
 * <p>Not instantiable: static members only; every value is immutable and thread-safe.
 */
public final class Jshell {

  private Jshell() {}

  /** The 2014 agreement, {@code alf-2014}. */
  public static final RuleSet current = RuleSets.alf2014();

  /** The 2024 proposal, {@code pm-2024}. */
  public static final RuleSet proposal = RuleSets.proposal2024();

  /** The published scenario: published figures, labelled assumptions elsewhere. */
  public static final Scenario published = Scenarios.published();

  /** Region Västerbotten's response to the proposal, {@code vasterbotten-2024}. */
  public static final RuleSet vasterbotten = Reforms.vasterbotten();

  /** Sveriges läkarförbund's response, {@code lakarforbundet-2024}. */
  public static final RuleSet lakarforbundet = Reforms.lakarforbundet();

  /**
   * The published scenario with an illustrative supplement of 10 000 000 kr a year from 2026, which
   * {@code vasterbotten-2024} needs from 2026: an assumption, not a figure from the response.
   */
  public static final Scenario withSupplement = published.with("published+supplement",
      Parameters.builder().putFrom(VasterbottenResponse.SUPPLEMENT, Year.of(2026),
          Sek.ofKronor(10_000_000), Basis.ASSUMPTION, Citation.builder()
              .document("alf assumption").section("regionalisation supplement")
              .note("Region Västerbotten's response (§ 6.1.1) gives no size; 10 000 000 kr"
                  + " a year is an illustration only. Replace it with your own.").build())
          .build());

  /**
   * Prints a text, or an explanation's rendered tree, as it is, without jshell's quotes.
   *
   * @param o a text, an explanation, or any value (printed with its {@code toString()})
   */
  public static void show(Object o) {
    PrintStream out = System.out;
    out.print(o instanceof String s ? s
        : o instanceof Explanation e ? e.render() : o + "\n");
  }
}
