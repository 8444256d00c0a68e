package se.alf.rules.reform;

import com.google.common.collect.ImmutableMap;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import se.alf.money.Sek;
import se.alf.money.Split;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.InputRefusedException;
import se.alf.rules.Keys;
import se.alf.rules.RuleSet;
import se.alf.rules.explain.Explained;
import se.alf.rules.pm2024.Proposal2024;
import se.alf.rules.pm2024.ResearchShares;
import se.alf.rules.spi.NationalRule;
import se.alf.rules.spi.RegionRule;
import se.alf.rules.spi.RuleContext;
import se.alf.rules.spi.Slots;
import se.alf.rules.spi.Step;

/**
 * The rules Region Västerbotten's response changes, one small method each. Where a rule applies
 * only from a year, it hands the earlier years to the baseline's rule in the same slot.
 */
final class VasterbottenRules {

  private final RuleSet baseline;

  VasterbottenRules(RuleSet baseline) {
    this.baseline = baseline;
  }

  /**
   * Seed 000 § 6.1.2: the growth in full-year students the regions take when term 12 is first
   * given is that of the clinical terms, not of all terms ("inte ... en elftedel fler studenter,
   * utan en femtedel"): term 12 adds one clinical term to the n mainly clinical terms of the
   * 11-term programme, so (n + 1)/n, with n the parameter {@code programme.clinical-terms} (5:
   * 6/5). It grows both the minimum and the students actually trained, so the demand is costed.
   */
  static Explained<Ratio> clinicalGrowth(RuleContext ctx) {
    Step s = ctx.step("Growth in full-year students with term 12 (clinical terms)",
        VasterbottenResponse.GROWTH);
    int clinical = s.read(Keys.CLINICAL_TERMS);
    return s.formula(
        () -> "clinical terms with term 12 / clinical terms of the 11-term programme = ("
        + clinical + " + 1)/" + clinical).done(Ratio.of(clinical + 1, clinical));
  }

  /**
   * Seed 000 § 6.1.1: a flat supplement (schablonbelopp) for each ALF region that regionalises its
   * medical education, "som skrivs upp i samma takt som de övriga ALF-ersättningen". The amount is
   * the caller's, for the base year; it is uprated with the research appropriation: amount ×
   * appropriation(year) / appropriation(base year). Before the base year, the baseline's rule.
   */
  Explained<Sek> supplement(RuleContext ctx, AlfRegion region) {
    Step s = ctx.step(
        () -> "Regionalisation supplement, " + region.displayName() + ", " + ctx.year(),
        VasterbottenResponse.SUPPLEMENT_SOURCE);
    Year base = s.read(VasterbottenResponse.SUPPLEMENT_BASE_YEAR);
    if (ctx.year().isBefore(base)) {
      s.formula(() -> "the baseline's supplement, before the supplement starts in " + base);
      return s.done(s.use(baseline.rules().get(Slots.SUPPLEMENT).apply(ctx, region)));
    }
    boolean regionalises = s.read(VasterbottenResponse.REGIONALISES.of(region));
    if (!regionalises) {
      s.formula(
          () -> "none: " + region.displayName() + " does not regionalise its medical education");
      return s.done(Sek.ZERO);
    }
    Sek amount = s.read(VasterbottenResponse.SUPPLEMENT, base.atDay(1))
        .requireNonNegative(VasterbottenResponse.SUPPLEMENT.id());
    Sek now = s.use(ctx.national(Slots.RESEARCH_APPROPRIATION));
    Sek then = s.use(ctx.atYear(base).national(Slots.RESEARCH_APPROPRIATION));
    if (then.signum() <= 0) {
      throw new InputRefusedException(Keys.RESEARCH_APPROPRIATION.id(), base, "is " + then,
          "the regionalisation supplement (" + VasterbottenResponse.ID + ", response § 6.1.1) is"
          + " uprated by the appropriation relative to its base year " + base + ", which must be"
          + " more than 0");
    }
    s.formula(() -> "amount in " + base + " × research appropriation " + ctx.year() + " / research"
        + " appropriation " + base + " = " + amount.format() + " × " + now.format() + " / "
        + then.format() + ", to the öre (half even) [uprating: ASSUMPTION, see "
        + VasterbottenResponse.SUPPLEMENT_BASE_YEAR.id() + "]");
    return s.done(amount.times(now.toRatio().dividedBy(then.toRatio())));
  }

  /**
   * Seed 000 § 7.5.1 (with § 6.1.1): the proposal's shares (the current percentage keys) until the
   * switch year; from then on the whole appropriation, unchanged or increased, by each region's
   * share of the full-year students compensated. The proposal's research model (PM 7.10, which the
   * response supports) then divides each share into base and quality amounts.
   */
  Explained<ResearchShares> studentShares(RuleContext ctx) {
    Step s = ctx.step(() -> "Research shares, " + ctx.year(), VasterbottenResponse.KEYS_UNTIL);
    Year from = s.read(VasterbottenResponse.STUDENT_SHARE_FROM);
    if (ctx.year().isBefore(from)) {
      s.formula(() -> "the proposal's shares (the current percentage keys) until " + from);
      return s.done(s.use(baseline.rules().get(Proposal2024.RESEARCH_SHARES).apply(ctx)));
    }
    Explained<Sek> appropriation = ctx.national(Slots.RESEARCH_APPROPRIATION);
    Map<AlfRegion, Ratio> students = new LinkedHashMap<>();
    Ratio total = Ratio.ZERO;
    for (AlfRegion r : AlfRegion.values()) {
      FullYearStudents hst = ctx.regional(Slots.COMPENSATED_STUDENTS, r).value();
      students.put(r, hst.value());
      total = total.plus(hst.value());
    }
    if (total.signum() <= 0) {
      throw new InputRefusedException("compensated full-year students (minimum-hst[*],"
          + " actual-hst[*])", ctx.year(), "sum to " + total, "from " + from + " research ALF is"
          + " distributed by each region's share of them (" + VasterbottenResponse.ID
          + ", response § 7.5.1), which needs a sum more than 0");
    }
    Ratio sum = total;
    s.formula(() -> "research appropriation × compensated full-year students / all compensated"
        + " full-year students (" + sum + "), to the öre by largest remainder");
    ImmutableMap<AlfRegion, Sek> split = Split.byWeights(s.use(appropriation), students);
    Map<AlfRegion, Explained<Sek>> shares = new LinkedHashMap<>();
    for (AlfRegion r : AlfRegion.values()) {
      Step b = ctx.step(() -> "Research share, " + r.displayName() + ", " + ctx.year(),
          VasterbottenResponse.KEYS_UNTIL)
          .formula(() -> "appropriation × " + students.get(r) + " / " + sum);
      b.use(appropriation);
      b.use(ctx.regional(Slots.COMPENSATED_STUDENTS, r));
      shares.put(r, b.done(split.get(r)));
    }
    return s.done(ResearchShares.of(shares));
  }

  RegionRule<Sek> supplementRule() {
    return this::supplement;
  }

  NationalRule<ResearchShares> sharesRule() {
    return this::studentShares;
  }
}
