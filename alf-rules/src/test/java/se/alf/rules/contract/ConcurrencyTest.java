package se.alf.rules.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.quality.Grade;
import se.alf.rules.Allocation;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;

/**
 * Issue 10 §3: {@value #THREADS} threads evaluating a rule set at once get exactly the results of
 * sequential evaluation, explanations included ({@link Allocation#equals} compares every line's
 * explanation as rendered, with its typed values and reads).
 *
 * <p>Each thread runs {@link #EVALUATIONS} evaluations (system property {@code
 * alf.concurrency.evaluations}; the build runs 1 000 per thread, the 10 000 with {@code
 * -Dalf.concurrency.evaluations=10000}, to keep the build under its time budget on two cores),
 * cycling through {@value #INPUTS} generated inputs in a different order per thread.
 */
class ConcurrencyTest {

  static final int THREADS = 8;
  static final int INPUTS = 64;
  static final int EVALUATIONS = Integer.getInteger("alf.concurrency.evaluations", 1_000);

  static Stream<RuleSet> ruleSets() {
    return RuleSets.all().values().stream();
  }

  private static Scenario base(RuleSet rules) {
    return rules.id().equals("vasterbotten-2024")
        ? new VasterbottenContractTest().scenario() : Scenarios.published();
  }

  /** A case like {@link Generators#cases}'s, drawn from {@code random}. */
  private static GeneratedCase randomCase(RuleSet rules, Random random) {
    ImmutableMap.Builder<AlfRegion, FullYearStudents> students = ImmutableMap.builder();
    ImmutableMap.Builder<AlfRegion, ImmutableList<Grade>> grades = ImmutableMap.builder();
    ImmutableMap.Builder<AlfRegion, Ratio> articles = ImmutableMap.builder();
    Grade[] g = Grade.values();
    for (AlfRegion r : AlfRegion.values()) {
      students.put(r, FullYearStudents.of(random.nextInt(3001)));
      grades.put(r, ImmutableList.of(g[random.nextInt(3)], g[random.nextInt(3)],
          g[random.nextInt(3)]));
      articles.put(r, Ratio.of(random.nextInt(5001)));
    }
    Year year = rules.firstYear().plusYears(random.nextInt(16));
    return new GeneratedCase(year, Sek.ofOre(Math.floorMod(random.nextLong(), 500_000_000_001L)),
        students.buildOrThrow(), grades.buildOrThrow(), articles.buildOrThrow());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleSets")
  void eightThreadsGetTheSequentialResults(RuleSet rules) throws Exception {
    Random random = new Random(20_261_202L);
    Scenario base = base(rules);
    List<Scenario> scenarios = new ArrayList<>();
    List<Year> years = new ArrayList<>();
    List<Allocation> sequential = new ArrayList<>();
    for (int i = 0; i < INPUTS; i++) {
      GeneratedCase c = randomCase(rules, random);
      scenarios.add(c.applyTo(base));
      years.add(c.year());
      sequential.add(rules.allocate(scenarios.get(i), c.year()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int stride = 2 * t + 1; // odd, so every thread visits every input, each in its own order
        results.add(pool.submit(() -> {
          start.await();
          for (int n = 0; n < EVALUATIONS; n++) {
            int i = (n * stride) % INPUTS;
            Allocation a = rules.allocate(scenarios.get(i), years.get(i));
            if (!a.equals(sequential.get(i))) {
              return "input " + i + " differs: " + a + " vs " + sequential.get(i);
            }
          }
          return "";
        }));
      }
      start.countDown();
      String problems = results.stream().map(f -> {
        try {
          return f.get();
        } catch (Exception e) {
          return e.toString();
        }
      }).filter(s -> !s.isEmpty()).collect(Collectors.joining("\n"));
      assertEquals("", problems);
    } finally {
      pool.shutdownNow();
    }
  }
}
