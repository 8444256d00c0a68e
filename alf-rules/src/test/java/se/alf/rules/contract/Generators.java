package se.alf.rules.contract;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.quality.Grade;
import se.alf.rules.Horizon;
import se.alf.rules.RuleSet;

/** QuickTheories generators of ALF inputs, for the contract kit and a rule set's own tests. */
public final class Generators {

  private static final int REGIONS = AlfRegion.values().length;

  private Generators() {}

  /** Research appropriations from 0 to 5 000 000 000,00 kr, any öre (odd ones included). */
  public static Gen<Sek> appropriations() {
    return longs().between(0, 500_000_000_000L).map(Sek::ofOre);
  }

  /** Percentage-style research keys, one per ALF region, each 1 to 1000 (any sum). */
  public static Gen<ImmutableMap<AlfRegion, Ratio>> keys() {
    return perRegion(integers().between(1, 1000).map(i -> Ratio.of(i)));
  }

  /** Actual full-year students, 0 to 3000 per region. */
  public static Gen<ImmutableMap<AlfRegion, FullYearStudents>> fullYearStudents() {
    return perRegion(integers().between(0, 3000).map(i -> FullYearStudents.of(i)));
  }

  /** One grade. */
  public static Gen<Grade> grade() {
    return Generate.enumValues(Grade.class);
  }

  /** Three panel grades per region. */
  public static Gen<ImmutableMap<AlfRegion, ImmutableList<Grade>>> grades() {
    return perRegion(lists().of(grade()).ofSize(3).map(ImmutableList::copyOf));
  }

  /** Counts of highly cited articles, 0 to 5000 per region. */
  public static Gen<ImmutableMap<AlfRegion, Ratio>> articleCounts() {
    return perRegion(integers().between(0, 5000).map(i -> Ratio.of(i)));
  }

  /** Years {@code ruleSet} applies to: its first year to 15 years later. */
  public static Gen<Year> years(RuleSet ruleSet) {
    int first = ruleSet.firstYear().getValue();
    return integers().between(first, Math.min(Horizon.LAST, first + 15)).map(Year::of);
  }

  /**
   * Years outside {@code ruleSet}: the century before its first year, the century after alf's
   * horizon.
   */
  public static Gen<Year> yearsOutside(RuleSet ruleSet) {
    int first = ruleSet.firstYear().getValue();
    return Generate.oneOf(integers().between(first - 100, first - 1),
        integers().between(Horizon.LAST + 1, Horizon.LAST + 100)).map(Year::of);
  }

  /** One ALF region. */
  public static Gen<AlfRegion> region() {
    return Generate.enumValues(AlfRegion.class);
  }

  /** The ALF regions in a random order. */
  public static Gen<ImmutableList<AlfRegion>> regionOrders() {
    return longs().all().map(seed -> {
      List<AlfRegion> order = new ArrayList<>(List.of(AlfRegion.values()));
      Collections.shuffle(order, new Random(seed));
      return ImmutableList.copyOf(order);
    });
  }

  /** Whole cases for {@code ruleSet}: a year it applies to and every varying input. */
  public static Gen<GeneratedCase> cases(RuleSet ruleSet) {
    return years(ruleSet).zip(appropriations(), fullYearStudents(), grades(), articleCounts(),
        GeneratedCase::new);
  }

  private static <V> Gen<ImmutableMap<AlfRegion, V>> perRegion(Gen<V> one) {
    return lists().of(one).ofSize(REGIONS).map(values -> {
      ImmutableMap.Builder<AlfRegion, V> b = ImmutableMap.builder();
      for (AlfRegion r : AlfRegion.values()) {
        b.put(r, values.get(r.ordinal()));
      }
      return b.buildOrThrow();
    });
  }
}
