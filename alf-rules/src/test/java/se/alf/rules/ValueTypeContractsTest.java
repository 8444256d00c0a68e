package se.alf.rules;

import se.alf.rules.explain.Explained;
import se.alf.rules.explain.Explanation;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.rules.param.RegionKey;
import se.alf.rules.param.Setting;
import se.alf.rules.spi.Statement;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.Year;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.research.ResearchProject;
import se.alf.research.ResearchProjects;
import se.alf.rules.backtest.Backtest;
import se.alf.rules.compare.AmountComparison;
import se.alf.rules.compare.Comparison;
import se.alf.rules.provenance.Provenance;
import se.alf.rules.provenance.Stamp;
import se.alf.source.Citation;
import se.alf.time.DatedValue;

/**
 * Issue 10 §3: guava-testlib's {@link EqualsTester} and {@link NullPointerTester} over the public
 * value types of alf-rules. Each equality group holds two values computed or built apart from
 * each other, so that equality by value (not identity) is what is checked.
 */
class ValueTypeContractsTest {

  private static final Citation CITATION = Citation.alf2014("1 §");
  private static final RuleSet ALF_2014 = RuleSets.alf2014();
  private static final RuleSet PM_2024 = RuleSets.proposal2024();

  private static Scenario scenario(String name, long ore) {
    return Scenario.builder(name).input(Keys.RESEARCH_APPROPRIATION, Year.of(2021),
        Sek.ofOre(ore)).build();
  }

  private static Parameters parameters(long ore) {
    return Parameters.builder().putFrom(Keys.RESEARCH_APPROPRIATION, Year.of(2021),
        Sek.ofOre(ore), Basis.INPUT, CITATION).build();
  }

  private static Allocation allocation(int year) {
    return ALF_2014.allocate(Scenarios.published(), Year.of(year));
  }

  private static Comparison comparison() {
    return Comparison.of(ALF_2014, PM_2024).withProjects(ResearchProjects.all())
        .over(Scenarios.published(), Year.of(2027));
  }

  private static Finding finding(String check) {
    return Finding.builder().severity(Severity.WARNING).check(check).message("a message")
        .citation(CITATION).build();
  }

  private static ParameterRead read(Parameters p) {
    return ParameterRead.of(Keys.RESEARCH_APPROPRIATION,
        p.find(Keys.RESEARCH_APPROPRIATION, LocalDate.of(2021, 1, 1)).orElseThrow(), false);
  }

  /** Adds a group of two values, each from its own call of {@code make}. */
  private static <T> void group(EqualsTester t, Supplier<T> make) {
    t.addEqualityGroup(make.get(), make.get());
  }

  @Test
  void valueTypesAreEqualByValue() {
    EqualsTester t = new EqualsTester();
    group(t, () -> allocation(2021));
    group(t, () -> allocation(2022));
    group(t, () -> allocation(2021).region(AlfRegion.OREBRO));
    group(t, () -> allocation(2021).region(AlfRegion.STOCKHOLM));
    group(t, () -> allocation(2021).region(AlfRegion.OREBRO).education());
    group(t, () -> allocation(2021).region(AlfRegion.OREBRO).education().explanation());
    group(t, () -> finding("check-a"));
    group(t, () -> finding("check-b"));
    group(t, () -> ALF_2014.classify(ResearchProjects.drugTrial(), Year.of(2021)));
    group(t, () -> PM_2024.classify(ResearchProjects.drugTrial(), Year.of(2027)));
    group(t, () -> scenario("a", 1));
    group(t, () -> scenario("a", 2));
    group(t, () -> scenario("b", 1));
    group(t, () -> parameters(1));
    group(t, () -> parameters(2));
    group(t, () -> read(parameters(1)));
    group(t, () -> read(parameters(2)));
    group(t, () -> Key.of("contract.a", Ratio.class, "a key"));
    group(t, () -> Key.of("contract.b", Ratio.class, "a key"));
    group(t, () -> RegionKey.of("contract.c", Ratio.class, "a family"));
    group(t, () -> Setting.of(Ratio.ONE, Basis.INPUT));
    group(t, () -> Setting.of(Ratio.ONE, Basis.ASSUMPTION));
    group(t, () -> Statement.of("s-1", "a statement", CITATION));
    group(t, () -> Statement.of("s-2", "a statement", CITATION));
    group(t, () -> ALF_2014.evaluationSchedule(Scenarios.published(), Year.of(2021)));
    group(t, () -> AmountComparison.of(Sek.ofOre(1), Sek.ofOre(2)));
    group(t, () -> Comparison.of(ALF_2014, PM_2024).over(Scenarios.published(), Year.of(2027)));
    group(t, () -> comparison().money(AlfRegion.OREBRO, Year.of(2027), Line.EDUCATION));
    group(t, () -> comparison().students(AlfRegion.OREBRO, Year.of(2027),
        Line.MINIMUM_STUDENTS));
    group(t, () -> comparison().line(AlfRegion.OREBRO, Year.of(2027), Line.TOTAL));
    group(t, () -> comparison().national(Year.of(2027)));
    group(t, () -> comparison().parameterDifferences().get(0));
    group(t, () -> comparison().statementDifferences().get(0));
    group(t, () -> comparison().verdicts().get(0));
    group(t, () -> ALF_2014.parameters().list().get(0));
    group(t, () -> ALF_2014.parameters().list().get(1));
    group(t, () -> Provenance.of(allocation(2021)));
    group(t, () -> Provenance.of(allocation(2022)));
    group(t, () -> Backtest.run(ALF_2014, Scenarios.published()));
    group(t, () -> allocation(2021).stamp());
    group(t, () -> allocation(2022).stamp());
    t.testEquals();
  }

  private static NullPointerTester tester() {
    return tester(Line.EDUCATION);
  }

  /** A tester whose default line is {@code line} (a money or a student line). */
  private static NullPointerTester tester(Line line) {
    Parameters p = parameters(1);
    return new NullPointerTester()
        .setDefault(Key.class, Keys.QUALITY_SHARE)
        .setDefault(RegionKey.class, Keys.RESEARCH_KEY)
        .setDefault(Object.class, Ratio.of(1, 10))
        .setDefault(Class.class, Ratio.class)
        .setDefault(Ratio.class, Ratio.of(1, 10))
        .setDefault(Sek.class, Sek.ofOre(100))
        .setDefault(Year.class, Year.of(2021))
        .setDefault(LocalDate.class, LocalDate.of(2021, 1, 1))
        .setDefault(AlfRegion.class, AlfRegion.OREBRO)
        .setDefault(Citation.class, CITATION)
        .setDefault(String.class, "a-name")
        .setDefault(Scenario.class, Scenarios.published())
        .setDefault(Parameters.class, p)
        .setDefault(RuleSet.class, ALF_2014)
        .setDefault(ResearchProject.class, ResearchProjects.drugTrial())
        .setDefault(Basis.class, Basis.INPUT)
        // A money method refuses a student line (and the other way round) before it looks at
        // its other arguments: each is tested with a line of its kind.
        .setDefault(Line.class, line)
        .setDefault(Explanation.class,
            allocation(2021).region(AlfRegion.OREBRO).education().explanation())
        .setDefault(DatedValue.class,
            p.find(Keys.RESEARCH_APPROPRIATION, LocalDate.of(2021, 1, 1)).orElseThrow());
  }

  @Test
  void publicStaticFactoriesRefuseNull() {
    NullPointerTester t = tester();
    for (Class<?> c : new Class<?>[] {Scenario.class, Parameters.class, Key.class,
        RegionKey.class, Setting.class, Statement.class, ParameterRead.class, Explained.class,
        AmountComparison.class, Comparison.class, Provenance.class, Backtest.class,
        Stamp.class}) {
      t.testAllPublicStaticMethods(c);
    }
  }

  @Test
  void publicInstanceMethodsRefuseNull() throws NoSuchMethodException {
    NullPointerTester t = tester();
    Allocation a = allocation(2021);
    t.ignore(Comparison.class.getMethod("students", AlfRegion.class, Year.class, Line.class));
    for (Object o : new Object[] {a, a.region(AlfRegion.OREBRO), scenario("a", 1),
        parameters(1), Keys.RESEARCH_APPROPRIATION, Keys.RESEARCH_KEY, finding("check-a"),
        ALF_2014.classify(ResearchProjects.drugTrial(), Year.of(2021)),
        Comparison.of(ALF_2014, PM_2024), comparison(),
        comparison().money(AlfRegion.OREBRO, Year.of(2027), Line.EDUCATION),
        comparison().national(Year.of(2027)), comparison().parameterDifferences().get(0),
        Provenance.of(allocation(2021)), Backtest.run(ALF_2014, Scenarios.published()),
        allocation(2021).stamp(), Stamp.builder(), Scenario.builder("x"),
        Parameters.builder()}) {
      t.testAllPublicInstanceMethods(o);
    }
  }

  @Test
  void comparisonsStudentLinesRefuseNull() throws NoSuchMethodException {
    Comparison c = Comparison.of(ALF_2014, PM_2024).over(Scenarios.published(), Year.of(2027));
    NullPointerTester t = tester(Line.MINIMUM_STUDENTS);
    t.testMethod(c, Comparison.class.getMethod("students", AlfRegion.class, Year.class,
        Line.class));
  }
}
