package se.alf.rules.contract;

import java.util.concurrent.atomic.AtomicLong;
import org.quicktheories.QuickTheory;

/**
 * Counts the examples a contract test ran, for the {@link CertificationSummary}. A property calls
 * {@link #ran()} once per generated case.
 */
public final class Examples {

  private static final ThreadLocal<AtomicLong> COUNT = ThreadLocal.withInitial(AtomicLong::new);

  /** How many generated cases each contract property runs (at least 10 000). */
  public static final int PER_PROPERTY = 10_000;

  private Examples() {}

  /**
   * Returns a QuickTheories theory that runs at least {@link #PER_PROPERTY} cases (fewer only
   * where the generators have fewer distinct values, e.g. the years of a rule set). QuickTheories
   * 0.26 ran one case fewer than asked for a single generator, so one more is asked.
   */
  public static QuickTheory theory() {
    return QuickTheory.qt().withExamples(PER_PROPERTY + 1);
  }

  /** Records that one generated case ran on this thread. */
  public static void ran() {
    COUNT.get().incrementAndGet();
  }

  /** Returns the count on this thread and resets it. */
  static long takeCount() {
    long n = COUNT.get().get();
    COUNT.get().set(0);
    return n;
  }
}
