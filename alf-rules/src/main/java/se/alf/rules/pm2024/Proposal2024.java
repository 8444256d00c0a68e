package se.alf.rules.pm2024;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Year;
import org.apiguardian.api.API;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.research.Permit;
import se.alf.rules.Keys;
import se.alf.rules.RuleSet;
import se.alf.rules.alf2014.Alf2014;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.rules.spi.NationalRule;
import se.alf.rules.spi.RuleBook;
import se.alf.rules.spi.RuleId;
import se.alf.rules.spi.RuleSetProvider;
import se.alf.rules.spi.Slots;
import se.alf.rules.spi.StandardRuleSet;
import se.alf.rules.spi.Statement;

/**
 * The proposal in memorandum U2024/01035 ({@code pm-2024}), "Hållbar och högkvalitativ
 * läkarutbildning och klinisk forskning – förslag till ett reviderat ALF-avtal" (2024), as a rule
 * set derived from the 2014 agreement: it keeps the 2014 rules and parameters and overrides what
 * the memorandum changes (6.1.1, 6.1.2, 6.2.1, 6.4, 7.2, 7.5.1, 7.5.2, 7.9, 7.10).
 *
 * <p>The memorandum itself is not reachable; its proposals are taken from Region Västerbotten's
 * response, which restates them by section. Sizes it does not give (the raised rate, the share of
 * an increase by highly cited articles, the quality amount's share, Örebro's new minimum) are
 * scenario inputs or labelled assumptions.
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class Proposal2024 {

  private Proposal2024() {}

  /** The id of this rule set. */
  public static final String ID = "pm-2024";

  /**
   * The year the proposal's undated changes are taken to apply from (an assumption: its earliest
   * dated change), the one value {@link #NEW_AGREEMENT_FROM} and the dated parameters start from.
   */
  private static final Year START = Year.of(2026);

  /** The year the proposal's undated changes (7.2, 7.5, 7.10, 6.4) are taken to apply from. */
  public static final Key<Year> NEW_AGREEMENT_FROM = Key.of("pm.new-agreement-from", Year.class,
      "year the proposal's undated changes apply from");

  /**
   * The growth in full-year students when term 12 is first given (PM 6.1.2): the slot
   * {@link Slots#STUDENT_GROWTH}, which this rule set fills with 12/11, cited to the memorandum.
   */
  public static final RuleId<NationalRule<Ratio>> STUDENT_GROWTH = Slots.STUDENT_GROWTH;

  /** Each region's share of the research appropriation (PM 7.5.1, 7.5.2). */
  public static final RuleId<NationalRule<ResearchShares>> RESEARCH_SHARES = RuleId.of(
      "research-shares", NationalRule.class, "each region's share of the research appropriation");

  private static final StandardRuleSet INSTANCE = build();

  /**
   * Returns the rule set.
   *
   * @return the rule set {@code pm-2024}
   */
  public static RuleSet ruleSet() {
    return INSTANCE;
  }

  private static StandardRuleSet build() {
    RuleSet baseline = Alf2014.ruleSet();
    Proposal2024Rules rules = new Proposal2024Rules(baseline);
    return StandardRuleSet.builder()
        .id(ID)
        .title("Proposed ALF agreement, PM U2024/01035 (2024)")
        .source(Proposal2024Sources.MEMORANDUM)
        .firstYear(baseline.firstYear())
        .referenceYear(START)
        .baseline(baseline)
        .parameters(baseline.parameters().overriddenBy(changes()))
        .rules(baseline.rules()
            .plus(RuleBook.builder().put(RESEARCH_SHARES, Proposal2024Rules::keyShares).build())
            .replacing(RuleBook.builder()
                .put(STUDENT_GROWTH, Proposal2024Rules::termTwelveGrowth)
                .put(Slots.MINIMUM_STUDENTS, rules.minimumRule())
                .put(Slots.EDUCATION_RATE, Proposal2024Rules::educationRate)
                .put(Slots.RESEARCH, rules.researchRule())
                .put(Slots.CLINICAL_RESEARCH, baseline.rules().get(Slots.CLINICAL_RESEARCH)
                    .with(Proposal2024Rules.PERMIT))
                .build()))
        .addAllStatements(statements(baseline))
        .build();
  }

  private static Parameters changes() {
    return Parameters.builder()
        .putFrom(NEW_AGREEMENT_FROM, Year.of(2015), START, Basis.ASSUMPTION,
            Proposal2024Sources.START)
        .putFrom(Keys.MINIMUM_ALIGNED_FROM.of(AlfRegion.OREBRO), Year.of(2015), Year.of(2026),
            Basis.AGREEMENT, Proposal2024Sources.MINIMUM)
        .putFrom(Keys.RAISE_FROM, Year.of(2015), Year.of(2026), Basis.AGREEMENT,
            Proposal2024Sources.RAISE)
        .putFrom(Keys.QUALIFYING_PERMITS, Year.of(2015),
            ImmutableSet.of(Permit.MEDICAL_PRODUCTS_AGENCY, Permit.ETHICAL_REVIEW_AUTHORITY),
            Basis.AGREEMENT, Proposal2024Sources.PERMIT)
        .putFrom(Keys.EVALUATION_INTERVAL, START, 4, Basis.AGREEMENT,
            Proposal2024Sources.EVALUATION)
        .putFrom(Keys.USV_EVALUATION_INTERVAL, START, 0, Basis.AGREEMENT,
            Proposal2024Sources.USV_ENDS.withNote(Proposal2024Sources.USV_ENDS.note().orElseThrow()
                + "; from " + START + ", the assumed start of the new agreement"))
        .build();
  }

  private static ImmutableList<Statement> statements(RuleSet baseline) {
    ImmutableList<Statement> changed = ImmutableList.of(
        Statement.of("name", "The agreement is renamed; the new name is not given in the sources"
            + " read", Proposal2024Sources.MEMORANDUM.withSection("5.2")),
        Statement.of("purpose", "The purpose (the parties' declaration of intent to cooperate)"
            + " and the regional ALF agreements are kept",
            Proposal2024Sources.MEMORANDUM.withSection("5.1")),
        Statement.of("parts", "ALF has two parts: support for the regions' work-integrated"
            + " learning (verksamhetsintegrerat lärande, VIL) in medical education, and"
            + " compensation for taking part in clinical research",
            Proposal2024Sources.MEMORANDUM.withSection("5.1, 6.1.1")),
        Statement.of("governance.national-body", "A new group for follow-up and national"
            + " cooperation, GUNS (Grupp för uppföljning och nationell samverkan), replaces the"
            + " national steering group; it follows up the agreement and sets up a simple model"
            + " for reporting each ALF region's use of ALF",
            Proposal2024Sources.MEMORANDUM.withSection("7.7, 7.8.1, 7.8.2")),
        Statement.of("usv", "The concept of university healthcare is reconsidered and"
            + " Socialstyrelsen's evaluation of it ends; UKÄ already assures the quality of"
            + " education", Proposal2024Sources.USV_ENDS.withSection("6.4, 7.3, 7.9.1")),
        Statement.of("research-steering", "ALF for clinical research is not steered centrally;"
            + " each ALF region uses it freely and decides its own strategic investments",
            Proposal2024Sources.MEMORANDUM.withSection("5.3.3, 7.4")),
        Statement.of("vil", "Work-integrated learning of high quality on equal terms at every"
            + " university's medical programme",
            Proposal2024Sources.MEMORANDUM.withSection("5.3.2")),
        Statement.of("cooperation", "The agreement should give incentives for cooperation"
            + " between ALF regions", Proposal2024Sources.MEMORANDUM.withSection("7.6")));
    ImmutableList.Builder<Statement> all = ImmutableList.builder();
    all.addAll(changed);
    baseline.statements().stream()
        .filter(b -> changed.stream().noneMatch(c -> c.id().equals(b.id())))
        .forEach(all::add);
    return all.build();
  }

  /** The {@link java.util.ServiceLoader} provider of this rule set. */
  @API(status = API.Status.INTERNAL, since = "0.1")
  public static final class Provider implements RuleSetProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public Provider() {}

    @Override
    public RuleSet get() {
      return INSTANCE;
    }
  }
}
