package se.alf.rules.compare;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.research.ResearchProject;
import se.alf.rules.Allocation;
import se.alf.rules.Finding;
import se.alf.rules.Line;
import se.alf.rules.RegionAllocation;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.explain.Explanation;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.param.Parameter;
import se.alf.rules.param.Parameters;
import se.alf.rules.spi.Statement;

/**
 * Computes a {@link Comparison}: allocates each year on both sides (a rule set on a scenario),
 * pairs their lines, sums the national totals, and diffs the parameters, scenario inputs,
 * statements and verdicts. Every diff by id is one algorithm ({@link #byId}); the result is a
 * plain value. A {@link MultiComparison} allocates each side once and pairs the first with each
 * other.
 */
final class ComparisonEngine {

  private ComparisonEngine() {}

  /** One side of a comparison: a rule set on a scenario. */
  record Side(RuleSet ruleSet, Scenario scenario) {
    Side {
      Objects.requireNonNull(ruleSet, "ruleSet");
      Objects.requireNonNull(scenario, "scenario");
    }
  }

  /** Compares {@code left} with {@code right}, {@code from}–{@code to}. */
  static Comparison compare(Side left, Side right, Year from, Year to,
      ImmutableList<ResearchProject> projects) {
    return pair(left, allocate(left, from, to), right, allocate(right, from, to), from, to,
        projects);
  }

  /**
   * Allocates {@code side} in every year from {@code from} to {@code to}, without recording: the
   * explanations are built when first asked for (see {@link RuleSet#allocate}), so a comparison
   * read for its figures evaluates each year once, and one read line by line records only the
   * years whose explanations are read.
   */
  static ImmutableList<Allocation> allocate(Side side, Year from, Year to) {
    ImmutableList.Builder<Allocation> out = ImmutableList.builder();
    for (Year year = from; !year.isAfter(to); year = year.plusYears(1)) {
      out.add(side.ruleSet().allocate(side.scenario(), year));
    }
    return out.build();
  }

  /** Pairs the allocations {@code a} of {@code left} with {@code b} of {@code right}, by year. */
  static Comparison pair(Side left, List<Allocation> a, Side right, List<Allocation> b, Year from,
      Year to, ImmutableList<ResearchProject> projects) {
    ImmutableMap.Builder<Year, NationalComparison> national = ImmutableMap.builder();
    Set<Finding> warnings = new LinkedHashSet<>();
    for (int i = 0; i < a.size(); i++) {
      national.put(a.get(i).year(), national(a.get(i).year(), a.get(i), b.get(i)));
      warnings.addAll(a.get(i).warnings());
      warnings.addAll(b.get(i).warnings());
    }
    // the lines in their order (by region, year, line) as they are built: nothing to sort
    Line[] kinds = Line.values();
    ImmutableList.Builder<LineComparison> lines = ImmutableList.builderWithExpectedSize(
        AlfRegion.values().length * a.size() * kinds.length);
    for (AlfRegion region : AlfRegion.values()) {
      for (int i = 0; i < a.size(); i++) {
        RegionAllocation l = a.get(i).region(region);
        RegionAllocation r = b.get(i).region(region);
        for (Line line : kinds) {
          lines.add(line(l, r, line));
        }
      }
    }
    ImmutableList<ParameterDifference> parameters = parameterDifferences(
        left.ruleSet().parameters(), right.ruleSet().parameters());
    ImmutableList<ParameterDifference> inputs = left.scenario().equals(right.scenario())
        ? ImmutableList.of()
        : parameterDifferences(left.scenario().inputs(), right.scenario().inputs());
    return new Comparison(left, right, from, to, lines.build(), national.buildOrThrow(),
        parameters, inputs, statementDifferences(left.ruleSet(), right.ruleSet()),
        verdicts(left.ruleSet(), right.ruleSet(), projects),
        Suppliers.memoize(() -> nationalReads(a, b)), ImmutableList.copyOf(warnings));
  }

  /**
   * {@return every value the national figures of {@code a} and {@code b} read (appropriation,
   * amounts returned and redistributed), each once in the order met} Reading them builds the
   * explanations, so a comparison asks only when a caller wants its reads or assumptions.
   */
  private static ImmutableList<ParameterRead> nationalReads(List<Allocation> a,
      List<Allocation> b) {
    Set<ParameterRead> reads = new LinkedHashSet<>();
    for (int i = 0; i < a.size(); i++) {
      for (Allocation x : ImmutableList.of(a.get(i), b.get(i))) {
        reads.addAll(x.researchAppropriation().explanation().allReads());
        reads.addAll(x.returnedToState().explanation().allReads());
        reads.addAll(x.redistributed().explanation().allReads());
      }
    }
    return ImmutableList.copyOf(reads);
  }

  /**
   * Pairs {@code line} of one region under both rule sets, typed by what the line counts; the
   * explanations are {@linkplain Explanation#deferred deferred} until read.
   */
  static LineComparison line(RegionAllocation a, RegionAllocation b, Line line) {
    Explanation left = Explanation.deferred(new LineExplanation(a, line));
    Explanation right = Explanation.deferred(new LineExplanation(b, line));
    return switch (line) {
      case MINIMUM_STUDENTS -> new StudentLine(a.region(), a.year(), line,
          a.minimumStudents().value(), b.minimumStudents().value(), left, right);
      case COMPENSATED_STUDENTS -> new StudentLine(a.region(), a.year(), line,
          a.compensatedStudents().value(), b.compensatedStudents().value(), left, right);
      default -> new MoneyLine(a.region(), a.year(), line, a.amount(line), b.amount(line), left,
          right);
    };
  }

  /** Builds the explanation of {@code line} of {@code region} when a comparison line's is read. */
  private record LineExplanation(RegionAllocation region, Line line)
      implements Supplier<Explanation> {
    @Override
    public Explanation get() {
      return region.explanation(line);
    }
  }

  private static NationalComparison national(Year year, Allocation a, Allocation b) {
    ImmutableMap.Builder<Line, AmountComparison> lines = ImmutableMap.builder();
    for (Line line : NationalComparison.MONEY_LINES) {
      lines.put(line, AmountComparison.of(a.national(line), b.national(line)));
    }
    return new NationalComparison(year, lines.buildOrThrow(),
        amounts(a, b, x -> x.researchAppropriation().value()),
        amounts(a, b, x -> x.returnedToState().value()));
  }

  private static AmountComparison amounts(Allocation a, Allocation b,
      Function<Allocation, Sek> amount) {
    return AmountComparison.of(amount.apply(a), amount.apply(b));
  }

  /**
   * Returns, for every id in either map (sorted), the difference {@code make} builds from the
   * left and right item, skipping ids present on both sides whose items are {@code same}.
   */
  private static <T, D> ImmutableList<D> byId(Map<String, T> left, Map<String, T> right,
      BiPredicate<T, T> same, DifferenceMaker<T, D> make) {
    TreeSet<String> ids = new TreeSet<>(left.keySet());
    ids.addAll(right.keySet());
    ImmutableList.Builder<D> out = ImmutableList.builder();
    for (String id : ids) {
      Optional<T> a = Optional.ofNullable(left.get(id));
      Optional<T> b = Optional.ofNullable(right.get(id));
      if (a.isPresent() && b.isPresent() && same.test(a.get(), b.get())) {
        continue;
      }
      Change change = a.isEmpty() ? Change.ONLY_RIGHT : b.isEmpty() ? Change.ONLY_LEFT
          : Change.CHANGED;
      out.add(make.make(id, change, a, b));
    }
    return out.build();
  }

  /** Builds one difference of {@link #byId}. */
  private interface DifferenceMaker<T, D> {
    D make(String id, Change change, Optional<T> left, Optional<T> right);
  }

  private static <T> Map<String, T> index(Iterable<T> items, Function<T, String> id) {
    Map<String, T> m = new LinkedHashMap<>();
    items.forEach(x -> m.putIfAbsent(id.apply(x), x));
    return m;
  }

  /**
   * The parameters of {@code left} and {@code right} whose timelines differ, by id: those whose
   * values differ on some date as {@link Change#CHANGED} (or one-sided), those with the same
   * values cited, dated or based differently as {@link Change#RECITED}.
   */
  static ImmutableList<ParameterDifference> parameterDifferences(Parameters left,
      Parameters right) {
    return byId(index(left.list(), p -> p.key().id()), index(right.list(), p -> p.key().id()),
        (a, b) -> a.timeline().values().equals(b.timeline().values()),
        (id, change, a, b) -> {
          ImmutableList<ParameterValue> l = values(a);
          ImmutableList<ParameterValue> r = values(b);
          Change c = change == Change.CHANGED && !ParameterDifference.valuesDiffer(l, r)
              ? Change.RECITED : change;
          return new ParameterDifference(id, a.or(() -> b).orElseThrow().key().description(), c,
              l, r);
        });
  }

  private static ImmutableList<ParameterValue> values(Optional<Parameter<?>> p) {
    return p.map(x -> x.timeline().values().stream().map(ParameterValue::of)
        .collect(ImmutableList.toImmutableList())).orElse(ImmutableList.of());
  }

  static ImmutableList<StatementDifference> statementDifferences(RuleSet left, RuleSet right) {
    return byId(index(left.statements(), Statement::id), index(right.statements(), Statement::id),
        (a, b) -> a.text().equals(b.text()),
        StatementDifference::new);
  }

  static ImmutableList<VerdictComparison> verdicts(RuleSet left, RuleSet right,
      ImmutableList<ResearchProject> projects) {
    return projects.stream()
        .map(p -> new VerdictComparison(p, left.classify(p), right.classify(p)))
        .collect(ImmutableList.toImmutableList());
  }

  static ImmutableList<ResearchProject> copy(Iterable<ResearchProject> projects) {
    Objects.requireNonNull(projects, "projects");
    ImmutableList.Builder<ResearchProject> b = ImmutableList.builder();
    int i = 0;
    for (ResearchProject p : projects) {
      b.add(Objects.requireNonNull(p, "projects[" + i + "]"));
      i++;
    }
    return b.build();
  }
}
