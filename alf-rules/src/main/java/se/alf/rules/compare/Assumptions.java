package se.alf.rules.compare;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import se.alf.rules.explain.ParameterRead;

/** Collects assumptions in one deterministic order: by key id, range, value, citation. */
final class Assumptions {

  private Assumptions() {}

  static final Comparator<ParameterRead> ORDER = Comparator.comparing(ParameterRead::id)
      .thenComparing(ParameterRead::range)
      .thenComparing(ParameterRead::value)
      .thenComparing(r -> r.citation().render())
      .thenComparing(r -> r.citation().note().orElse(""))
      .thenComparing(ParameterRead::fromScenario);

  /** Returns the assumptions among {@code reads}, each once, sorted. */
  static ImmutableList<ParameterRead> union(Iterable<? extends Iterable<ParameterRead>> reads) {
    Set<ParameterRead> seen = new LinkedHashSet<>();
    for (Iterable<ParameterRead> some : reads) {
      for (ParameterRead r : some) {
        if (r.basis().isAssumption()) {
          seen.add(r);
        }
      }
    }
    return seen.stream().sorted(ORDER).collect(ImmutableList.toImmutableList());
  }
}
