package se.alf.rules.pm2024;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.alf.money.Sek;
import se.alf.money.Split;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.programme.MedicalProgramme;
import se.alf.quality.Grade;
import se.alf.quality.Panel;
import se.alf.research.Permit;
import se.alf.research.ResearchProject;
import se.alf.rules.ConditionResult;
import se.alf.rules.InputRefusedException;
import se.alf.rules.Keys;
import se.alf.rules.QualityLoss;
import se.alf.rules.RuleSet;
import se.alf.rules.WithheldDestination;
import se.alf.rules.explain.Explained;
import se.alf.rules.spi.Condition;
import se.alf.rules.spi.Grades;
import se.alf.rules.spi.NationalRule;
import se.alf.rules.spi.RegionRule;
import se.alf.rules.spi.ResearchDistribution;
import se.alf.rules.spi.RuleContext;
import se.alf.rules.spi.Slots;
import se.alf.rules.spi.Step;
import se.alf.source.Citation;

/**
 * The rules the memorandum U2024/01035 changes, one small method each; every other rule is the
 * 2014 agreement's, taken from its rule book.
 */
final class Proposal2024Rules {

  private final RuleSet baseline;

  Proposal2024Rules(RuleSet baseline) {
    this.baseline = baseline;
  }

  /**
   * The growth in full-year students when term 12 is first given: the 12-term programme's terms
   * over the 11-term programme's (PM 6.1.2: "en elftedel"), from the programme model. It grows
   * both the minimum and the students actually trained.
   */
  static Explained<Ratio> termTwelveGrowth(RuleContext ctx) {
    int oldTerms = MedicalProgramme.ELEVEN_TERM.terms();
    int newTerms = MedicalProgramme.TWELVE_TERM.terms();
    return ctx.step("Growth in full-year students with term 12", Proposal2024Sources.MINIMUM)
        .formula(
            () -> "terms of the 12-term programme / terms of the 11-term programme = " + newTerms
            + "/" + oldTerms + " [" + MedicalProgramme.TWELVE_TERM.citation().render() + "]")
        .done(Ratio.of(newTerms, oldTerms));
  }

  /**
   * The minimum full-year students: the 2014 minimum kept; a region aligned to the number it
   * actually trains from a year (Örebro, 2026) takes that number where it is higher (the
   * memorandum calls it an increase, "utökning"); everyone's grows with term 12 from the year it is
   * first given ({@code programme.term-12-from}, 2027). A number trained in a year from which
   * term 12 is given already includes the growth and is not grown again.
   */
  Explained<FullYearStudents> minimumStudents(RuleContext ctx, AlfRegion region) {
    Step s = ctx.step(
        () -> "Minimum full-year students, " + region.displayName() + ", " + ctx.year(),
        Proposal2024Sources.MINIMUM);
    Year year = ctx.year();
    FullYearStudents kept = s.use(baseline.rules().get(Slots.MINIMUM_STUDENTS)
        .apply(ctx, region));
    Year term12 = s.read(Keys.TERM_12_FROM);
    boolean grows = !year.isBefore(term12);
    Ratio growth = grows ? s.use(ctx.national(Proposal2024.STUDENT_GROWTH)) : Ratio.ONE;
    String grown = grows ? " × growth" : "";
    FullYearStudents level = kept.times(growth);
    String formula = "the 2014 minimum, kept" + grown;
    Optional<Year> aligned = s.find(Keys.MINIMUM_ALIGNED_FROM.of(region));
    if (aligned.isPresent() && !year.isBefore(aligned.get())) {
      FullYearStudents trained = s.use(ctx.atYear(aligned.get())
          .regional(Slots.ACTUAL_STUDENTS, region));
      boolean trainedBefore = aligned.get().isBefore(term12);
      FullYearStudents now = trainedBefore ? trained.times(growth) : trained;
      formula = "max(the 2014 minimum" + grown + ", full-year students actually trained in "
          + aligned.get() + (trainedBefore ? grown : "") + ")";
      level = now.compareTo(level) > 0 ? now : level;
    }
    if (grows) {
      formula = formula + "; growth from " + term12 + ", when term 12 is first given";
    }
    return s.formula(formula).done(level);
  }

  /**
   * The rate per full-year student: one equal rate for all regions (6.1.1), raised from a year
   * (2026) for the 6-year programme (6.2.1).
   */
  static Explained<Sek> educationRate(RuleContext ctx) {
    Step s = ctx.step(() -> "Rate per full-year student, " + ctx.year(),
        Proposal2024Sources.EQUAL_RATE);
    Year raiseFrom = s.read(Keys.RAISE_FROM);
    boolean raised = !ctx.year().isBefore(raiseFrom);
    s.formula(
        () -> raised ? "the raised rate, from " + raiseFrom + " (PM 6.2.1), equal for all regions"
        : "the rate, equal for all regions; raised from " + raiseFrom);
    return s.done(s.read(raised ? Keys.RAISED_EDUCATION_RATE : Keys.EDUCATION_RATE));
  }

  /**
   * Each region's share of the research appropriation (7.5.1, 7.5.2): the appropriation less the
   * part of an increase distributed by highly cited articles goes by the current keys; that part
   * by the articles.
   */
  static Explained<ResearchShares> keyShares(RuleContext ctx) {
    Step s = ctx.step(() -> "Research shares, " + ctx.year(), Proposal2024Sources.KEYS)
        .formula("(appropriation − cited part) by keys + cited part by highly cited articles");
    Explained<Sek> appropriationRead = ctx.national(Slots.RESEARCH_APPROPRIATION);
    Sek appropriation = s.use(appropriationRead);
    Explained<Sek> cited = citedPart(ctx, appropriationRead);
    Sek citedPart = s.use(cited);
    Map<AlfRegion, Ratio> keys = new LinkedHashMap<>();
    Map<AlfRegion, Ratio> articles = new LinkedHashMap<>();
    for (AlfRegion r : AlfRegion.values()) {
      keys.put(r, s.read(Keys.RESEARCH_KEY.of(r)));
      if (citedPart.signum() > 0) {
        articles.put(r, s.read(Keys.HIGHLY_CITED_ARTICLES.of(r)));
      }
    }
    if (citedPart.signum() > 0
        && articles.values().stream().allMatch(a -> a.signum() == 0)) {
      throw new InputRefusedException(Keys.HIGHLY_CITED_ARTICLES.family() + "[*]", ctx.year(),
          "are all 0", citedPart.format() + " of the increase is to be distributed by highly"
          + " cited articles (PM 7.5.2); give the counts in the scenario");
    }
    if (keys.values().stream().allMatch(k -> k.signum() == 0)) {
      throw new InputRefusedException(Keys.RESEARCH_KEY.family() + "[*]", ctx.year(), "are all 0",
          "the appropriation is split by the current keys (PM 7.5.1), so at least one must be"
          + " more than 0");
    }
    ImmutableMap<AlfRegion, Sek> byKeys = Split.byWeights(appropriation.minus(citedPart), keys);
    ImmutableMap<AlfRegion, Sek> byArticles = citedPart.signum() > 0
        ? Split.byWeights(citedPart, articles) : zeros();
    ImmutableMap.Builder<AlfRegion, Explained<Sek>> shares = ImmutableMap.builder();
    for (AlfRegion r : AlfRegion.values()) {
      Step b = ctx.step(() -> "Research share, " + r.displayName() + ", " + ctx.year(),
          Proposal2024Sources.KEYS).formula(
              () -> "by keys " + byKeys.get(r).format() + " + by highly cited"
              + " articles " + byArticles.get(r).format());
      b.use(cited);
      b.read(Keys.RESEARCH_KEY.of(r));
      if (citedPart.signum() > 0) {
        b.read(Keys.HIGHLY_CITED_ARTICLES.of(r));
      }
      shares.put(r, b.done(byKeys.get(r).plus(byArticles.get(r))));
    }
    return s.done(ResearchShares.of(shares.buildOrThrow()));
  }

  /**
   * Research: the 2014 distribution until the new agreement; then each region's share (slot
   * {@link Proposal2024#RESEARCH_SHARES}) as a base amount plus a quality amount that an
   * undermålig panel loses (7.10).
   */
  Explained<ResearchDistribution> research(RuleContext ctx) {
    Step s = ctx.step(() -> "Research distribution, " + ctx.year(), Proposal2024Sources.QUALITY);
    Year from = s.read(Proposal2024.NEW_AGREEMENT_FROM);
    if (ctx.year().isBefore(from)) {
      s.formula(() -> "the 2014 distribution, before the new agreement (" + from + ")");
      return s.done(s.use(baseline.rules().get(Slots.RESEARCH).apply(ctx)));
    }
    s.formula("each region's share = base + quality amount; undermålig panels lose their slice");
    ResearchShares shares = s.use(ctx.national(Proposal2024.RESEARCH_SHARES));
    Ratio qualityShare = s.read(Keys.QUALITY_AMOUNT_SHARE);
    Map<AlfRegion, Explained<Sek>> base = new LinkedHashMap<>();
    Map<AlfRegion, Sek> quality = new LinkedHashMap<>();
    Map<AlfRegion, Explained<Sek>> withheld = new LinkedHashMap<>();
    for (AlfRegion r : AlfRegion.values()) {
      Explained<Sek> share = shares.of(r);
      Sek qualityAmount = share.value().times(qualityShare);
      Step b = ctx.step(() -> "Research base, " + r.displayName() + ", " + ctx.year(),
          Proposal2024Sources.QUALITY).formula(() -> "share " + share.value().format()
              + " × (1 − quality share " + qualityShare + ")");
      b.use(share);
      b.read(Proposal2024.NEW_AGREEMENT_FROM);
      b.read(Keys.QUALITY_AMOUNT_SHARE);
      base.put(r, b.done(share.value().minus(qualityAmount)));
      Explained<Sek> lost = withheldQuality(ctx, r, qualityAmount);
      withheld.put(r, lost);
      quality.put(r, qualityAmount.minus(lost.value()));
    }
    return s.done(distribute(ctx, base, quality, withheld, shares));
  }

  /** The part of an increase over the unchanged level distributed by highly cited articles. */
  private static Explained<Sek> citedPart(RuleContext ctx, Explained<Sek> appropriation) {
    Step s = ctx.step(() -> "Part by highly cited articles, " + ctx.year(),
            Proposal2024Sources.CITED)
        .formula("max(0, appropriation − unchanged level) × share of the increase (7.5.1, 7.5.2)");
    Sek increase = s.use(appropriation).minus(s.read(Keys.UNCHANGED_RESEARCH_LEVEL));
    if (increase.signum() <= 0) {
      return s.formula("no increase over the unchanged level: the current keys only (7.5.1)")
          .done(Sek.ZERO);
    }
    return s.done(increase.times(s.read(Keys.CITED_SHARE)));
  }

  /**
   * The part of a region's quality amount it loses for undermålig grades (7.10): the whole amount
   * for any undermålig panel, or each such panel's slice by panel weight, as the input
   * {@code research.quality-loss} says.
   */
  private static Explained<Sek> withheldQuality(RuleContext ctx, AlfRegion region, Sek amount) {
    Step s = ctx.step(() -> "Quality amount withheld, " + region.displayName() + ", " + ctx.year(),
        Proposal2024Sources.QUALITY);
    ImmutableMap<Panel, Grade> grades = Grades.read(s, region, "the quality amount (PM 7.10)");
    QualityLoss loss = s.read(Keys.QUALITY_LOSS);
    if (loss == QualityLoss.WHOLE_AMOUNT) {
      boolean failed = grades.containsValue(Grade.UNDERMALIG);
      s.formula(() -> "the whole quality amount " + amount.format() + " if any panel is graded"
          + " undermålig; god–hög and mycket hög earn it alike");
      return s.done(failed ? amount : Sek.ZERO);
    }
    s.formula(() -> "the quality amount " + amount.format() + " in slices by panel weight"
        + " (50/25/25); the slice of a panel graded undermålig is withheld, god–hög and mycket"
        + " hög earn it alike");
    Map<Panel, Ratio> weights = new LinkedHashMap<>();
    for (Panel p : Panel.values()) {
      weights.put(p, p.weight());
    }
    ImmutableMap<Panel, Sek> slices = Split.byWeights(amount, weights);
    Sek lost = Sek.ZERO;
    for (Panel p : Panel.values()) {
      if (grades.get(p) == Grade.UNDERMALIG) {
        lost = lost.plus(slices.get(p));
      }
    }
    return s.done(lost);
  }

  /**
   * Where withheld quality amounts go: back to the state, or to the regions that kept theirs in
   * proportion to their research shares.
   */
  private static ResearchDistribution distribute(RuleContext ctx,
      Map<AlfRegion, Explained<Sek>> base, Map<AlfRegion, Sek> quality,
      Map<AlfRegion, Explained<Sek>> withheld, ResearchShares shares) {
    Step s = ctx.step(() -> "Withheld quality amounts, " + ctx.year(), Proposal2024Sources.QUALITY);
    WithheldDestination destination = s.read(Keys.WITHHELD_DESTINATION);
    Sek total = Sek.ZERO;
    Map<AlfRegion, Ratio> keepers = new LinkedHashMap<>();
    for (AlfRegion r : AlfRegion.values()) {
      s.use(withheld.get(r));
      total = total.plus(withheld.get(r).value());
      if (withheld.get(r).value().isZero()) {
        keepers.put(r, shares.of(r).value().toRatio());
      }
    }
    boolean redistribute = destination == WithheldDestination.REDISTRIBUTED
        && total.signum() > 0 && keepers.values().stream().anyMatch(w -> w.signum() > 0);
    ImmutableMap<AlfRegion, Sek> extra = redistribute ? Split.byWeights(total, keepers) : zeros();
    ResearchDistribution.Builder d = ResearchDistribution.builder();
    for (AlfRegion r : AlfRegion.values()) {
      d.putBase(r, base.get(r));
      Sek bonus = extra.getOrDefault(r, Sek.ZERO);
      Step q = ctx.step(() -> "Research quality, " + r.displayName() + ", " + ctx.year(),
          Proposal2024Sources.QUALITY).formula(() -> "quality amount " + quality.get(r).plus(
              withheld.get(r).value()).format() + " − withheld " + withheld.get(r).value().format()
              + (bonus.isZero() ? "" : " + redistributed " + bonus.format()));
      q.read(Proposal2024.NEW_AGREEMENT_FROM);
      q.read(Keys.QUALITY_AMOUNT_SHARE);
      q.use(withheld.get(r));
      d.putQuality(r, q.done(quality.get(r).plus(bonus)));
    }
    Sek withheldSum = total;
    Explained<Sek> withheldTotal = s.formula(() -> destination + ": " + withheldSum.format())
        .done(total);
    Step m = ctx.step(() -> "Withheld quality amounts redistributed, " + ctx.year(),
        Proposal2024Sources.QUALITY).formula("redistributed to the regions that kept theirs, by"
            + " their research shares");
    m.use(withheldTotal);
    Explained<Sek> moved = m.done(redistribute ? total : Sek.ZERO);
    Step ret = ctx.step(() -> "Returned to the state, " + ctx.year(), Proposal2024Sources.QUALITY)
        .formula("withheld quality amounts not redistributed");
    ret.use(withheldTotal);
    Explained<Sek> returned = ret.done(redistribute ? Sek.ZERO : total);
    return d.returnedToState(returned).redistributed(moved).build();
  }

  private static ImmutableMap<AlfRegion, Sek> zeros() {
    ImmutableMap.Builder<AlfRegion, Sek> b = ImmutableMap.builder();
    for (AlfRegion r : AlfRegion.values()) {
      b.put(r, Sek.ZERO);
    }
    return b.buildOrThrow();
  }

  /** PM 7.2: the research requires a permit from Läkemedelsverket or Etikprövningsmyndigheten. */
  static final Condition PERMIT = new Condition() {
    @Override
    public String id() {
      return Condition.PERMIT;
    }

    @Override
    public String description() {
      return "requires a permit (kräver tillstånd) from one of the qualifying authorities";
    }

    @Override
    public Citation citation() {
      return Proposal2024Sources.PERMIT;
    }

    @Override
    public ConditionResult test(Step step, ResearchProject project) {
      Year from = step.read(Proposal2024.NEW_AGREEMENT_FROM);
      if (step.year().isBefore(from)) {
        return ConditionResult.of(this, true, "no permit clause before " + from
            + ", when the new agreement is taken to apply");
      }
      @SuppressWarnings("unchecked") // the key holds a set of permits
      ImmutableSet<Permit> qualifying = (ImmutableSet<Permit>) step.read(Keys.QUALIFYING_PERMITS);
      ImmutableSet<Permit> held = project.permits().stream().filter(qualifying::contains)
          .collect(ImmutableSet.toImmutableSet());
      if (!held.isEmpty()) {
        return ConditionResult.of(this, true, "the project holds " + names(held));
      }
      return ConditionResult.of(this, false, "the project holds no permit from "
          + names(qualifying) + (project.permits().isEmpty() ? ""
              : " (it holds " + names(project.permits()) + ", which do not qualify)")
          );
    }
  };

  private static String names(ImmutableSet<Permit> permits) {
    return permits.stream().map(Permit::swedishName)
        .collect(java.util.stream.Collectors.joining(" or "));
  }

  RegionRule<FullYearStudents> minimumRule() {
    return this::minimumStudents;
  }

  NationalRule<ResearchDistribution> researchRule() {
    return this::research;
  }
}
