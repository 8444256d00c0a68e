package se.alf.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.alf.party.AlfRegion;
import se.alf.rules.Line;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;

/**
 * A deferred explanation ({@link Explanation#deferred}): nothing is built until it is read, the
 * source runs once however many ask, and from then on it is the explanation it stands for.
 */
class DeferredExplanationTest {

  /** Örebro's education in 2027 under the proposal: a label, value, citation, formula, reads. */
  private static final Explanation EDUCATION = RuleSets.proposal2024()
      .allocateExplained(Scenarios.published(), Year.of(2027)).region(AlfRegion.OREBRO)
      .explanation(Line.EDUCATION);

  /** A source that counts its calls. */
  private static final class Counting implements Supplier<Explanation> {
    final AtomicInteger calls = new AtomicInteger();
    private final Explanation built;

    Counting(Explanation built) {
      this.built = built;
    }

    @Override
    public Explanation get() {
      calls.incrementAndGet();
      return built;
    }
  }

  @Test
  void nothingIsBuiltUntilReadThenOnceForEveryRead() {
    Counting source = new Counting(EDUCATION);
    Explanation deferred = Explanation.deferred(source);
    assertEquals(0, source.calls.get());
    assertEquals(EDUCATION.label(), deferred.label());
    assertEquals(1, source.calls.get());
    deferred.render();
    deferred.allReads();
    deferred.steps();
    deferred.hashCode();
    assertEquals(1, source.calls.get());
  }

  @Test
  void readsAsTheExplanationItStandsFor() {
    Explanation deferred = Explanation.deferred(() -> EDUCATION);
    // the proposal's education has every part: guard that the comparisons below compare something
    assertTrue(EDUCATION.citation().isPresent() && EDUCATION.formula().isPresent()
        && !EDUCATION.steps().isEmpty() && !EDUCATION.allReads().isEmpty(), EDUCATION::render);
    assertEquals(EDUCATION.label(), deferred.label());
    assertEquals(EDUCATION.value(), deferred.value());
    assertEquals(EDUCATION.typedValue(), deferred.typedValue());
    assertEquals(EDUCATION.citation(), deferred.citation());
    assertEquals(EDUCATION.formula(), deferred.formula());
    assertEquals(EDUCATION.reads(), deferred.reads());
    assertEquals(EDUCATION.steps(), deferred.steps());
    assertEquals(EDUCATION.allReads(), deferred.allReads());
    assertEquals(EDUCATION.assumptions(), deferred.assumptions());
    assertEquals(EDUCATION.render(), deferred.render());
    assertEquals(EDUCATION.render(), deferred.toString());
  }

  @Test
  void equalToTheExplanationItStandsForAndOnlyToThose() {
    Explanation other = Explanation.builder().label("Education").value(1).build();
    new EqualsTester()
        .addEqualityGroup(EDUCATION, Explanation.deferred(() -> EDUCATION),
            Explanation.deferred(() -> Explanation.deferred(() -> EDUCATION)))
        .addEqualityGroup(other, Explanation.deferred(() -> other))
        .testEquals();
  }

  @Test
  void aDeferredStepIsPartOfItsTree() {
    Explanation step = Explanation.builder().label("a").value(1).formula("given").build();
    Explanation tree = Explanation.builder().label("total").value(2)
        .steps(ImmutableList.of(Explanation.deferred(() -> step), EDUCATION)).build();
    // by hand: the step indented once, its formula beneath it twice, then the education's tree
    assertTrue(tree.render().startsWith("total: 2\n  a: 1\n    = given\n  "
        + EDUCATION.label()), tree::render);
    assertEquals(EDUCATION.allReads(), tree.allReads());
  }

  @Test
  void builtOnceWhenManyThreadsAskAtTheSameTime() throws InterruptedException {
    Counting source = new Counting(EDUCATION);
    Explanation deferred = Explanation.deferred(source);
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    List<String> rendered = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 8; i++) {
      Thread t = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        rendered.add(deferred.render());
      });
      t.start();
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(1, source.calls.get());
    assertEquals(8, rendered.size());
    rendered.forEach(r -> assertEquals(EDUCATION.render(), r));
  }

  @Test
  void aSourceThatGivesNothingIsRefusedByName() {
    NullPointerException none = assertThrows(NullPointerException.class,
        () -> Explanation.deferred(null));
    assertEquals("source", none.getMessage());
    Explanation empty = Explanation.deferred(() -> null);
    NullPointerException e = assertThrows(NullPointerException.class, empty::label);
    assertEquals("a deferred explanation's source returned null", e.getMessage());
  }

  @Test
  void aSourceThatAsksForWhatItBuildsIsRefusedNotOverflowed() {
    Explanation[] self = new Explanation[1];
    self[0] = Explanation.deferred(() -> self[0]);
    Explanation[] pair = new Explanation[2];
    pair[0] = Explanation.deferred(() -> pair[1]);
    pair[1] = Explanation.deferred(() -> pair[0]);
    for (Explanation cyclic : List.of(self[0], pair[0], pair[1])) {
      IllegalStateException e = assertThrows(IllegalStateException.class, cyclic::label);
      assertEquals("the source of an explanation built on first use asked for that same"
          + " explanation while building it (a cycle)", e.getMessage());
    }
    AtomicReference<Explained<Integer>> lazy = new AtomicReference<>();
    lazy.set(Explained.lazy(1, () -> lazy.get().explanation()));
    assertThrows(IllegalStateException.class, lazy.get()::explanation);
    assertFalse(lazy.get().hasExplanation());
  }

  @Test
  void aSourceThatFailsIsAskedAgainAndNothingIsKept() {
    AtomicInteger calls = new AtomicInteger();
    Explanation flaky = Explanation.deferred(() -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("not yet");
      }
      return EDUCATION;
    });
    assertEquals("not yet", assertThrows(IllegalStateException.class, flaky::render)
        .getMessage());
    assertEquals(EDUCATION.render(), flaky.render());
    assertEquals(EDUCATION, flaky);
    assertEquals(2, calls.get());
    AtomicInteger lazyCalls = new AtomicInteger();
    Explained<Integer> lazy = Explained.lazy(1, () -> {
      if (lazyCalls.incrementAndGet() == 1) {
        throw new IllegalStateException("not yet");
      }
      return EDUCATION;
    });
    assertThrows(IllegalStateException.class, lazy::explanation);
    assertFalse(lazy.hasExplanation());
    assertSame(EDUCATION, lazy.explanation());
    assertTrue(lazy.hasExplanation());
  }

  @Test
  void aDeferredExplanationOfADeferredOneIsTheBuiltOne() {
    Explanation inner = Explanation.deferred(() -> EDUCATION);
    Explanation outer = Explanation.deferred(() -> inner);
    assertSame(EDUCATION.steps(), outer.steps());
  }
}
