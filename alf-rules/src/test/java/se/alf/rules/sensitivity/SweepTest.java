package se.alf.rules.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.Keys;
import se.alf.rules.Line;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;
import se.alf.source.Citation;

class SweepTest {

  private static final RuleSet ALF_2014 = RuleSets.alf2014();
  private static final RuleSet PM_2024 = RuleSets.proposal2024();
  private static final Citation TEST = Citation.of("test", "sweep");

  /** Örebro trains {@code students} full-year students in 2024 (the caller's input). */
  private static Scenario orebroTrains(long students) {
    return Scenarios.published().with("orebro-" + students, Parameters.builder()
        .putYear(Keys.ACTUAL_HST.of(AlfRegion.OREBRO), Year.of(2024),
            FullYearStudents.of(students), Basis.INPUT, TEST).build());
  }

  /** Scenario {@code i}: Örebro trains 600 + i students, the appropriation grows by i kronor. */
  private static Scenario generated(int i) {
    return Scenarios.published().with("generated-" + i, Parameters.builder()
        .putYear(Keys.ACTUAL_HST.of(AlfRegion.OREBRO), Year.of(2024),
            FullYearStudents.of(600 + i % 300), Basis.INPUT, TEST)
        .putYear(Keys.RESEARCH_APPROPRIATION, Year.of(2024),
            Sek.ofKronor(1_750_000_000L + i), Basis.INPUT, TEST).build());
  }

  @Test
  void keepsEachScenariosAmountsAsComputedByHand() {
    // alf-2014, 2024: education = 79 547 kr × min(actual, minimum 715).
    // 700 students: 700 × 79 547 = 55 682 900,00 kr; 800: capped at 715 × 79 547 = 56 876 105,00.
    SweepResult r = Sweep.of(Year.of(2024), ALF_2014).regions(AlfRegion.OREBRO)
        .lines(Line.EDUCATION).run(List.of(orebroTrains(700), orebroTrains(800)));
    assertEquals(Sek.ofKronor(55_682_900), r.amount(0, 0, AlfRegion.OREBRO, Line.EDUCATION));
    assertEquals(Sek.ofKronor(56_876_105), r.amount(1, 0, AlfRegion.OREBRO, Line.EDUCATION));
    assertEquals(5_568_290_000L, r.ore(0, 0, AlfRegion.OREBRO, Line.EDUCATION));
    assertArrayEquals(new long[] {5_568_290_000L}, r.ore(0, 0));
    assertEquals(2, r.scenarioCount());
    assertEquals("orebro-700", r.scenarioName(0));
    assertEquals(0, r.failureCount());
    assertEquals(List.of("alf-2014"), r.ruleSetIds());
    assertEquals(Year.of(2024), r.year());
  }

  @Test
  void laysOutRegionsThenLinesInTheirOrder() {
    // Given out of order, kept in the order of AlfRegion and Line.
    SweepResult r = Sweep.of(Year.of(2024), ALF_2014, PM_2024)
        .regions(AlfRegion.OREBRO, AlfRegion.STOCKHOLM).lines(Line.TOTAL, Line.EDUCATION)
        .run(List.of(orebroTrains(700)));
    assertEquals(List.of(AlfRegion.STOCKHOLM, AlfRegion.OREBRO), r.regions());
    assertEquals(List.of(Line.EDUCATION, Line.TOTAL), r.lines());
    long[] row = r.ore(0, 1);
    assertEquals(4, row.length);
    assertEquals(r.ore(0, 1, AlfRegion.STOCKHOLM, Line.EDUCATION), row[0]);
    assertEquals(r.ore(0, 1, AlfRegion.STOCKHOLM, Line.TOTAL), row[1]);
    assertEquals(r.ore(0, 1, AlfRegion.OREBRO, Line.EDUCATION), row[2]);
    assertEquals(5_568_290_000L, row[2]); // pm-2024 gives the 2014 results before 2026
    assertEquals(List.of("alf-2014", "pm-2024"), r.ruleSetIds());
    IllegalArgumentException notKept = assertThrows(IllegalArgumentException.class,
        () -> r.ore(0, 0, AlfRegion.SKANE, Line.TOTAL));
    assertTrue(notKept.getMessage().contains("region Skåne is not in the sweep"),
        notKept.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> r.ore(0, 0, AlfRegion.OREBRO, Line.SUPPLEMENT));
    assertThrows(IndexOutOfBoundsException.class, () -> r.ore(1, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> r.ore(0, 2));
  }

  @Test
  void parallelRunsEqualTheSequentialRunInTheOrderOfTheScenarios() {
    Sweep sweep = Sweep.of(Year.of(2024), ALF_2014, PM_2024).lines(Line.EDUCATION, Line.TOTAL);
    SweepResult sequential = sweep.run(1000, SweepTest::generated);
    for (int threads : new int[] {2, 3, 8}) {
      SweepResult parallel = sweep.threads(threads).run(1000, SweepTest::generated);
      assertEquals(sequential, parallel, threads + " threads");
      assertEquals(sequential.hashCode(), parallel.hashCode());
    }
    assertEquals(sequential, sweep.parallel().run(1000, SweepTest::generated));
    // scenario 5: Örebro trains 605 students: 605 × 79 547 kr = 48 125 935,00 kr
    assertEquals(Sek.ofKronor(48_125_935), sequential.amount(5, 0, AlfRegion.OREBRO,
        Line.EDUCATION));
    assertEquals("generated-999", sequential.scenarioName(999));
  }

  @Test
  void parallelEqualsSequentialForAnySizeAndThreads() {
    Sweep sweep = Sweep.of(Year.of(2024), ALF_2014).regions(AlfRegion.OREBRO);
    qt().withExamples(40).forAll(integers().between(0, 400), integers().between(1, 6))
        .checkAssert((count, threads) -> assertEquals(sweep.run(count, SweepTest::generated),
            sweep.threads(threads).run(count, SweepTest::generated)));
  }

  @Test
  void recordsAFailingScenarioAndGoesOn() {
    Scenario empty = Scenario.empty();
    SweepResult r = Sweep.of(Year.of(2024), ALF_2014, PM_2024).threads(2)
        .run(List.of(orebroTrains(700), empty, orebroTrains(800)));
    assertEquals(2, r.failureCount());
    assertTrue(r.failure(0, 0).isEmpty());
    assertTrue(r.failure(1, 1).orElseThrow().startsWith("MissingInputException: "),
        r.failure(1, 1).orElseThrow());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> r.amount(1, 0, AlfRegion.OREBRO, Line.TOTAL));
    assertTrue(e.getMessage().startsWith("scenario #1 (empty) under rule set alf-2014 has no"
        + " amounts: MissingInputException"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> r.ore(1, 1));
    // the scenarios after the failing one are evaluated: 800 students are capped at 715, so
    // Örebro's total is 700's plus (715 − 700) × 79 547 kr = 1 193 205,00 kr
    assertEquals(Sek.ofKronor(1_193_205), r.amount(2, 0, AlfRegion.OREBRO, Line.TOTAL)
        .minus(r.amount(0, 0, AlfRegion.OREBRO, Line.TOTAL)));
  }

  @Test
  void recordsAScenarioTheGeneratorCouldNotMake() {
    SweepResult r = Sweep.of(Year.of(2024), ALF_2014).run(3, i -> {
      if (i == 1) {
        throw new IllegalArgumentException("no scenario 1");
      }
      return orebroTrains(700);
    });
    assertEquals(1, r.failureCount());
    assertEquals("#1", r.scenarioName(1));
    assertEquals("the scenario could not be made: IllegalArgumentException: no scenario 1",
        r.failure(1, 0).orElseThrow());
    SweepResult nulls = Sweep.of(Year.of(2024), ALF_2014).run(1, i -> null);
    assertTrue(nulls.failure(0, 0).orElseThrow().contains("NullPointerException"));
  }

  @Test
  void refusesWhatItCannotKeep() {
    Sweep sweep = Sweep.of(Year.of(2024), ALF_2014);
    IllegalArgumentException students = assertThrows(IllegalArgumentException.class,
        () -> sweep.lines(Line.MINIMUM_STUDENTS));
    assertEquals("line MINIMUM_STUDENTS counts full-year students, not kronor; a sweep and a"
        + " sensitivity analysis take a money line: EDUCATION, RESEARCH_BASE, RESEARCH_QUALITY,"
        + " SUPPLEMENT or TOTAL", students.getMessage());
    assertThrows(IllegalArgumentException.class, () -> sweep.threads(0));
    assertThrows(IllegalArgumentException.class, () -> sweep.threads(257));
    assertEquals(256, sweep.threads(256).threadCount());
    assertThrows(IllegalArgumentException.class, () -> sweep.regions());
    assertThrows(IllegalArgumentException.class, () -> sweep.lines());
    assertThrows(IllegalArgumentException.class, () -> Sweep.of(Year.of(2024)));
    assertThrows(IllegalArgumentException.class, () -> sweep.run(-1, i -> orebroTrains(1)));
    assertEquals(0, sweep.run(List.of()).scenarioCount());
  }

  @Test
  void aResultDiffersWhenItsAmountsOrFailuresDo() {
    Sweep sweep = Sweep.of(Year.of(2024), ALF_2014).regions(AlfRegion.OREBRO);
    SweepResult a = sweep.run(List.of(orebroTrains(700)));
    assertEquals(a, sweep.run(List.of(orebroTrains(700))));
    assertNotEquals(a, sweep.run(List.of(orebroTrains(701))));
    assertNotEquals(a, sweep.run(List.of(Scenario.empty())));
    assertNotEquals(a, sweep.year(Year.of(2025)).run(List.of(orebroTrains(700))));
    assertNotEquals(a, sweep.lines(Line.EDUCATION).run(List.of(orebroTrains(700))));
    assertNotEquals(a, Sweep.of(Year.of(2024), PM_2024).regions(AlfRegion.OREBRO)
        .run(List.of(orebroTrains(700))));
    assertFalse(a.equals("a sweep"));
    assertEquals("SweepResult [alf-2014] 2024: 1 scenario, 1 region × [TOTAL], 0 failures",
        a.toString());
    assertEquals("SweepResult [alf-2014] 2024: 2 scenarios, 1 region × [TOTAL], 1 failure",
        sweep.run(List.of(orebroTrains(700), Scenario.empty())).toString());
    assertEquals("Sweep of [alf-2014] in 2024: 1 region × [TOTAL], 1 thread", sweep.toString());
    assertEquals("Sweep of [alf-2014] in 2024: 7 regions × [EDUCATION, TOTAL], 2 threads",
        Sweep.of(Year.of(2024), ALF_2014).lines(Line.TOTAL, Line.EDUCATION).threads(2)
            .toString());
  }

  @Test
  void runsOnItsOwnThreadsAndLetsThemGo() throws InterruptedException {
    Thread caller = Thread.currentThread();
    java.util.Set<Thread> used = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Sweep sweep = Sweep.of(Year.of(2024), ALF_2014).regions(AlfRegion.OREBRO);
    sweep.threads(2).run(1000, i -> {
      used.add(Thread.currentThread());
      return orebroTrains(700);
    });
    assertFalse(used.contains(caller), "a parallel sweep evaluates on its pool's threads");
    for (Thread t : used) {
      t.join(10_000);
      assertFalse(t.isAlive(), t + " still runs: the pool was not shut down");
    }
    // one thread, or a single chunk (64 scenarios): on the caller's thread
    for (Sweep s : List.of(sweep, sweep.threads(2))) {
      used.clear();
      s.run(s.threadCount() == 1 ? 1000 : 64, i -> {
        used.add(Thread.currentThread());
        return orebroTrains(700);
      });
      assertEquals(java.util.Set.of(caller), used);
    }
  }

  @Test
  void namesWhatIsMissing() {
    Sweep sweep = Sweep.of(Year.of(2024), ALF_2014);
    assertEquals("a sweep needs at least one region", assertThrows(
        IllegalArgumentException.class, () -> sweep.regions()).getMessage());
    assertEquals("a sweep needs at least one line", assertThrows(
        IllegalArgumentException.class, () -> sweep.lines()).getMessage());
    assertEquals("threads must be from 1 to 256, was 0", assertThrows(
        IllegalArgumentException.class, () -> sweep.threads(0)).getMessage());
    SweepResult a = sweep.run(List.of(orebroTrains(700)));
    assertNotEquals(a.hashCode(), sweep.run(List.of(orebroTrains(701))).hashCode());
  }
}
