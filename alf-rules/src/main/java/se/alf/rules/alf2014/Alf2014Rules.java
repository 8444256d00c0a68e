package se.alf.rules.alf2014;

import com.google.common.collect.ImmutableMap;
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
import se.alf.research.ResearchProject;
import se.alf.rules.ConditionResult;
import se.alf.rules.EvaluationSchedule;
import se.alf.rules.InputRefusedException;
import se.alf.rules.Keys;
import se.alf.rules.explain.Explained;
import se.alf.rules.param.Key;
import se.alf.rules.spi.Condition;
import se.alf.rules.spi.EvaluationRounds;
import se.alf.rules.spi.Grades;
import se.alf.rules.spi.ResearchDistribution;
import se.alf.rules.spi.RuleContext;
import se.alf.rules.spi.Slots;
import se.alf.rules.spi.Step;
import se.alf.source.Citation;

/**
 * The rules of the 2014 agreement, one small method each, each citing the text it implements.
 * They are put into the rule book by {@link Alf2014}; the proposal and reforms reuse or replace
 * them slot by slot.
 */
final class Alf2014Rules {

  private Alf2014Rules() {}

  /** The minimum full-year students, as published per university and year. */
  static Explained<FullYearStudents> minimumStudents(RuleContext ctx, AlfRegion region) {
    Step s = ctx.step(label("Minimum full-year students", region, ctx), Alf2014Sources.MINIMUM_HST);
    return s.done(s.read(Keys.MINIMUM_HST.of(region)));
  }

  /**
   * The full-year students a region actually trains: the input {@code actual-hst} for the year
   * where given, used as it is; otherwise derived from the base {@code actual-hst.base}: the base
   * before the year term 12 is first given, the base × the rule set's growth with term 12
   * ({@link Slots#STUDENT_GROWTH}) from then on. A derived value says so in its step.
   */
  static Explained<FullYearStudents> actualStudents(RuleContext ctx, AlfRegion region) {
    Step s = ctx.step(label("Full-year students actually trained", region, ctx),
        Alf2014Sources.ACTUAL_HST);
    Key<FullYearStudents> given = Keys.ACTUAL_HST.of(region);
    Optional<FullYearStudents> input = s.find(given);
    if (input.isPresent()) {
      return s.formula(() -> "as given (" + given.id() + " for " + ctx.year() + ")")
          .done(input.get());
    }
    Year term12 = s.read(Keys.TERM_12_FROM);
    FullYearStudents base = s.read(Keys.BASE_HST.of(region));
    ctx.derivedInsteadOf(given, () -> "derived from " + Keys.BASE_HST.of(region).id()
        + (ctx.year().isBefore(term12) ? "" : " × the growth with term 12 from " + term12));
    java.util.function.Supplier<String> why =
        () -> ", because no input " + given.id() + " for " + ctx.year();
    if (ctx.year().isBefore(term12)) {
      return s.formula(
          () -> "actual derived: base (before term 12, first given " + term12 + ")" + why.get())
          .done(base);
    }
    Ratio growth = s.use(ctx.national(Slots.STUDENT_GROWTH));
    return s.formula(() -> "actual derived: base × growth of rule set " + ctx.ruleSet().id() + " = "
        + base + " × " + growth + " (term 12 from " + term12 + ")" + why.get())
        .done(base.times(growth));
  }

  /**
   * The growth in full-year students trained when term 12 is first given, under a rule set with
   * no rule on it: the programme's terms, 12/11 (an assumption, cited).
   */
  static Explained<Ratio> termsGrowth(RuleContext ctx) {
    int oldTerms = MedicalProgramme.ELEVEN_TERM.terms();
    int newTerms = MedicalProgramme.TWELVE_TERM.terms();
    return ctx.step("Growth in full-year students with term 12", Alf2014Sources.TERMS_GROWTH)
        .formula(
            () -> "terms of the 12-term programme / terms of the 11-term programme = " + newTerms
            + "/" + oldTerms + " [" + MedicalProgramme.TWELVE_TERM.citation().render() + "]")
        .done(Ratio.of(newTerms, oldTerms));
  }

  /** The students compensated: the actual number, at most the minimum ("för högst N"). */
  static Explained<FullYearStudents> compensatedStudents(RuleContext ctx, AlfRegion region) {
    Step s = ctx.step(label("Compensated full-year students", region, ctx),
        Alf2014Sources.MINIMUM_HST).formula("min(actual, minimum)");
    FullYearStudents minimum = s.use(ctx.regional(Slots.MINIMUM_STUDENTS, region));
    FullYearStudents actual = s.use(ctx.regional(Slots.ACTUAL_STUDENTS, region));
    return s.done(actual.compareTo(minimum) <= 0 ? actual : minimum);
  }

  /** Education compensation: the rate per full-year student × the students compensated. */
  static Explained<Sek> education(RuleContext ctx, AlfRegion region) {
    Step s = ctx.step(label("Education compensation", region, ctx), Alf2014Sources.EDUCATION)
        .formula(() -> "rate per full-year student × compensated full-year students, to the öre"
            + " (half even)");
    FullYearStudents students = s.use(ctx.regional(Slots.COMPENSATED_STUDENTS, region));
    Sek rate = s.use(ctx.national(Slots.EDUCATION_RATE));
    return s.done(rate.times(students.value()));
  }

  /** The rate per full-year student and year, one for all regions. */
  static Explained<Sek> educationRate(RuleContext ctx) {
    Step s = ctx.step(() -> "Rate per full-year student, " + ctx.year(), Alf2014Sources.EDUCATION);
    return s.done(s.read(Keys.EDUCATION_RATE));
  }

  /** No supplement: ALF has two parts only, research and education. */
  static Explained<Sek> noSupplement(RuleContext ctx, AlfRegion region) {
    return ctx.step(label("Supplement", region, ctx), Alf2014Sources.TWO_PARTS)
        .formula("none: ALF has two parts, research and education").done(Sek.ZERO);
  }

  /** The research appropriation of the year, as given. */
  static Explained<Sek> researchAppropriation(RuleContext ctx) {
    Step s = ctx.step(() -> "Research appropriation, " + ctx.year(), Alf2014Sources.QUALITY);
    return s.done(s.read(Keys.RESEARCH_APPROPRIATION));
  }

  /**
   * The research distribution: a base part by the fixed keys and a quality part by the model of
   * the year (none, bibliometric, evaluation); nothing is withheld.
   */
  static Explained<ResearchDistribution> research(RuleContext ctx) {
    Step s = ctx.step(() -> "Research distribution, " + ctx.year(), Alf2014Sources.QUALITY)
        .formula("base = (R − R × quality share) by keys; quality = R × quality share by quality"
            + " weights; each split to the öre by largest remainder");
    Explained<Sek> appropriation = ctx.national(Slots.RESEARCH_APPROPRIATION);
    Sek total = s.use(appropriation);
    Ratio share = s.read(Keys.QUALITY_SHARE);
    QualityBasis basis = s.read(Alf2014.QUALITY_BASIS);
    Sek qualityPool = total.times(share);
    Sek basePool = total.minus(qualityPool);
    Map<AlfRegion, Ratio> keys = new LinkedHashMap<>();
    for (AlfRegion r : AlfRegion.values()) {
      keys.put(r, s.read(Keys.RESEARCH_KEY.of(r)));
    }
    if (sum(keys).signum() == 0) {
      throw new InputRefusedException(Keys.RESEARCH_KEY.family() + "[*]", ctx.year(), "are all 0",
          "the appropriation is split by the fixed keys (ALF 2014 § 9), so at least one must be"
          + " more than 0");
    }
    Map<AlfRegion, Explained<Ratio>> weights = new LinkedHashMap<>();
    for (AlfRegion r : AlfRegion.values()) {
      weights.put(r, qualityWeight(ctx, basis, r, keys.get(r)));
    }
    Map<AlfRegion, Ratio> weightValues = new LinkedHashMap<>();
    weights.forEach((r, w) -> weightValues.put(r, w.value()));
    if (sum(weightValues).signum() == 0) {
      for (AlfRegion r : AlfRegion.values()) {
        weights.put(r, noScores(ctx, r, keys.get(r), weights.get(r)));
        weightValues.put(r, keys.get(r));
      }
    }
    Ratio keySum = sum(keys); // once here, not in each region's formula
    Ratio weightSum = sum(weightValues);
    ImmutableMap<AlfRegion, Sek> base = Split.byWeights(basePool, keys);
    ImmutableMap<AlfRegion, Sek> quality = Split.byWeights(qualityPool, weightValues);

    ResearchDistribution.Builder d = ResearchDistribution.builder();
    for (AlfRegion r : AlfRegion.values()) {
      Step b = ctx.step(label("Research base", r, ctx), Alf2014Sources.QUALITY)
          .formula(
              () -> "(R − R × quality share) × key / sum of keys = " + basePool.format() + " × "
              + keys.get(r) + " / " + keySum);
      b.use(appropriation);
      b.read(Keys.QUALITY_SHARE);
      b.read(Keys.RESEARCH_KEY.of(r));
      d.putBase(r, b.done(base.get(r)));
      Step q = ctx.step(label("Research quality", r, ctx), Alf2014Sources.QUALITY)
          .formula(
              () -> "R × quality share × weight / sum of weights = " + qualityPool.format() + " × "
              + weightValues.get(r) + " / " + weightSum);
      q.use(appropriation);
      q.read(Keys.QUALITY_SHARE);
      q.use(weights.get(r));
      d.putQuality(r, q.done(quality.get(r)));
    }
    d.returnedToState(nothingWithheld(ctx)).redistributed(nothingWithheld(ctx));
    return s.done(d.build());
  }

  private static Explained<Sek> nothingWithheld(RuleContext ctx) {
    return ctx.step(() -> "Withheld quality amounts, " + ctx.year(), Alf2014Sources.QUALITY)
        .formula("none: a lower grade lowers the quality weight, nothing is withheld")
        .done(Sek.ZERO);
  }

  /** No region scores any points: the quality part follows the keys (an assumption). */
  private static Explained<Ratio> noScores(RuleContext ctx, AlfRegion region, Ratio key,
      Explained<Ratio> zero) {
    Step s = ctx.step(label("Quality weight", region, ctx), Alf2014Sources.NO_SCORES)
        .formula("no region scores any points, so the quality part follows the keys");
    s.use(zero);
    s.read(Keys.RESEARCH_KEY.of(region));
    return s.done(key);
  }

  /** A region's quality weight under the year's model: its key, bibliometric weight or score. */
  private static Explained<Ratio> qualityWeight(RuleContext ctx, QualityBasis basis,
      AlfRegion region, Ratio key) {
    Step s = ctx.step(label("Quality weight", region, ctx), Alf2014Sources.QUALITY);
    switch (basis) {
      case BIBLIOMETRIC:
        return s.formula("weight in the bibliometric model")
            .done(s.read(Keys.BIBLIOMETRIC_WEIGHT.of(region)));
      case EVALUATION:
        Step e = ctx.step(label("Quality weight", region, ctx), Alf2014Sources.QUALITY_POINTS)
            .formula(() -> "key × Σ panel weight × points(grade); the points per grade are an"
                + " assumption");
        e.read(Keys.RESEARCH_KEY.of(region));
        return e.done(key.times(score(e, region)));
      default:
        return s.formula("no quality model: the key").done(key);
    }
  }

  /** The panel-weighted points of a region's grades: Σ panel weight × points(grade). */
  static Ratio score(Step s, AlfRegion region) {
    Ratio score = Ratio.ZERO;
    for (Map.Entry<Panel, Grade> g : Grades.read(s, region, "the 2014 quality model (ALF 2014"
        + " § 9)").entrySet()) {
      score = score.plus(g.getKey().weight().times(s.read(points(g.getValue()))));
    }
    return score;
  }

  private static Key<Ratio> points(Grade grade) {
    switch (grade) {
      case MYCKET_HOG: return Keys.POINTS_A;
      case GOD_HOG: return Keys.POINTS_B;
      default: return Keys.POINTS_C;
    }
  }

  private static Ratio sum(Map<AlfRegion, Ratio> weights) {
    return weights.values().stream().reduce(Ratio.ZERO, Ratio::plus);
  }

  /**
   * When the next evaluations are due: the first year after the last round in which the interval
   * in force that year has elapsed ({@link EvaluationRounds#dueAfter}), the same whatever year
   * is asked.
   */
  static Explained<EvaluationSchedule> evaluation(RuleContext ctx) {
    Step s = ctx.step(() -> "Evaluation schedule, as of " + ctx.year(), Alf2014Sources.EVALUATION)
        .formula("next = the first year Y after the last round with Y − last ≥ the interval in"
            + " force in Y");
    Year last = s.read(Keys.LAST_RESEARCH_EVALUATION);
    Year next = EvaluationRounds.dueAfter(s, Keys.EVALUATION_INTERVAL, last).orElseThrow();
    EvaluationSchedule.Builder b = EvaluationSchedule.builder().lastResearchEvaluation(last)
        .researchIntervalYears(s.read(Keys.EVALUATION_INTERVAL, next.atDay(1)))
        .nextResearchEvaluation(next);
    // The last USV round is needed where the evaluation is held in the year asked; where it is
    // not, a last round the scenario gives still dates the next one (if the interval resumes).
    Optional<Year> lastUsv = s.read(Keys.USV_EVALUATION_INTERVAL) > 0
        ? Optional.of(s.read(Keys.LAST_USV_EVALUATION)) : s.find(Keys.LAST_USV_EVALUATION);
    lastUsv.flatMap(l -> EvaluationRounds.dueAfter(s, Keys.USV_EVALUATION_INTERVAL, l))
        .ifPresent(b::nextUsvEvaluation);
    return s.done(b.build());
  }

  /** § 7: the research needs the healthcare system's structures and resources. */
  static final Condition USES_HEALTHCARE = condition(Condition.USES_HEALTHCARE_STRUCTURES,
      "requires the healthcare system's structures and resources (förutsätter vårdens strukturer"
          + " och resurser)",
      Alf2014Sources.DEFINITION, ResearchProject::usesHealthcareStructures,
      "the project uses the healthcare system's structures and resources",
      "the project does not need the healthcare system's structures and resources");

  /** § 7: the research aims to solve a health problem or find factors behind (ill) health. */
  static final Condition AIMS_AT_HEALTH = condition(Condition.AIMS_AT_HEALTH,
      "aims to solve a health problem or identify factors that lead to better health (mål att"
          + " lösa ett ohälsoproblem eller identifiera faktorer som leder till ökad hälsa)",
      Alf2014Sources.DEFINITION, ResearchProject::aimsAtHealthProblem,
      "the project aims at a health problem or the factors behind health",
      "the project does not aim at a health problem or the factors behind health");

  private static Condition condition(String id, String description, Citation citation,
      java.util.function.Predicate<ResearchProject> test, String yes, String no) {
    return new Condition() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public Citation citation() {
        return citation;
      }

      @Override
      public ConditionResult test(Step step, ResearchProject project) {
        boolean met = test.test(project);
        return ConditionResult.of(this, met, met ? yes : no);
      }
    };
  }

  static java.util.function.Supplier<String> label(String what, AlfRegion region,
      RuleContext ctx) {
    return () -> what + ", " + region.displayName() + ", " + ctx.year();
  }
}
