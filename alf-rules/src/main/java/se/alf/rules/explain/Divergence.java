package se.alf.rules.explain;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Why two explanations of the same quantity (e.g. Örebro's total in 2027 under two rule sets)
 * differ: the steps where their values part, each a {@link Fork} with the parameters read
 * differently there.
 *
 * <p>The walk: if the two roots have equal values there is no fork. Otherwise the steps beneath
 * them are paired by label (the i-th step labelled X on the left with the i-th labelled X on the
 * right); each pair whose values differ is walked in turn. A step is a fork when its values differ
 * and the difference starts there: it read a parameter differently, or it uses a step that only one
 * side has, or none of the paired steps beneath it differs (so its own rule differs). A step whose
 * values differ only because of a step beneath it is not a fork; that step is.
 *
 * <pre>{@code
 * Divergence why = Divergence.between(left.explanation(Line.TOTAL), right.explanation(Line.TOTAL));
 * why.reads();   // every parameter read differently, e.g. education.raised-rate-per-hst
 * }</pre>
 *
 * <p>Immutable and thread-safe if the values are.
 *
 * @param forks the steps where the values part, in the order of a depth-first walk (left to right)
 * @since 0.1
 */
public record Divergence(ImmutableList<Fork> forks) {

  /**
   * Copies the forks.
   *
   * @param forks the steps where the values part
   */
  public Divergence {
    forks = ImmutableList.copyOf(forks);
  }

  /**
   * {@return where {@code left} and {@code right} part; no fork if their values are equal}
   *
   * @param left one explanation
   * @param right the other explanation of the same quantity
   */
  public static Divergence between(Explanation left, Explanation right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    List<Fork> forks = new ArrayList<>();
    if (!sameValue(left, right)) {
      walk(left, right, ImmutableList.of(), forks);
    }
    return new Divergence(ImmutableList.copyOf(forks));
  }

  /** {@return whether the values do not part: no fork} */
  public boolean isEmpty() {
    return forks.isEmpty();
  }

  /** {@return every parameter read differently, over all forks, in the order met} */
  public ImmutableList<ReadDifference> reads() {
    return forks.stream().flatMap(f -> f.reads().stream()).distinct()
        .collect(ImmutableList.toImmutableList());
  }

  private static void walk(Explanation l, Explanation r, ImmutableList<String> above,
      List<Fork> out) {
    ImmutableList<String> path = ImmutableList.<String>builder().addAll(above).add(r.label())
        .build();
    List<Explanation> onlyLeft = new ArrayList<>();
    List<Explanation> onlyRight = new ArrayList<>();
    List<Explanation[]> differing = new ArrayList<>();
    pair(l.steps(), r.steps(), onlyLeft, onlyRight, differing);
    List<ParameterRead> readsLeft = new ArrayList<>(l.reads());
    List<ParameterRead> readsRight = new ArrayList<>(r.reads());
    onlyLeft.forEach(e -> readsLeft.addAll(e.allReads()));
    onlyRight.forEach(e -> readsRight.addAll(e.allReads()));
    ImmutableList<ReadDifference> reads = differences(readsLeft, readsRight);
    if (!reads.isEmpty() || !onlyLeft.isEmpty() || !onlyRight.isEmpty() || differing.isEmpty()) {
      out.add(new Fork(path, l, r, reads));
    }
    for (Explanation[] d : differing) {
      walk(d[0], d[1], path, out);
    }
  }

  /** Pairs the steps by label, in order; sorts them into one-sided and differing pairs. */
  private static void pair(List<Explanation> left, List<Explanation> right,
      List<Explanation> onlyLeft, List<Explanation> onlyRight, List<Explanation[]> differing) {
    Map<String, Deque<Explanation>> byLabel = new LinkedHashMap<>();
    left.forEach(e -> byLabel.computeIfAbsent(e.label(), k -> new ArrayDeque<>()).add(e));
    for (Explanation b : right) {
      Deque<Explanation> same = byLabel.get(b.label());
      Explanation a = same == null ? null : same.poll();
      if (a == null) {
        onlyRight.add(b);
      } else if (!sameValue(a, b)) {
        differing.add(new Explanation[] {a, b});
      }
    }
    byLabel.values().forEach(onlyLeft::addAll);
  }

  /** The reads of each key id, paired in order; those that differ in value or in presence. */
  private static ImmutableList<ReadDifference> differences(List<ParameterRead> left,
      List<ParameterRead> right) {
    Map<String, List<ParameterRead>> l = byId(left);
    Map<String, List<ParameterRead>> r = byId(right);
    Map<String, Boolean> ids = new LinkedHashMap<>();
    l.keySet().forEach(id -> ids.put(id, true));
    r.keySet().forEach(id -> ids.put(id, true));
    ImmutableList.Builder<ReadDifference> out = ImmutableList.builder();
    for (String id : ids.keySet()) {
      List<ParameterRead> a = l.getOrDefault(id, List.of());
      List<ParameterRead> b = r.getOrDefault(id, List.of());
      for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
        Optional<ParameterRead> x = i < a.size() ? Optional.of(a.get(i)) : Optional.empty();
        Optional<ParameterRead> y = i < b.size() ? Optional.of(b.get(i)) : Optional.empty();
        if (x.isEmpty() || y.isEmpty()
            || !x.get().typedValue().equals(y.get().typedValue())) {
          out.add(new ReadDifference(id, x, y));
        }
      }
    }
    return out.build();
  }

  /** Groups reads by key id, each id and date range once, in the order met. */
  private static Map<String, List<ParameterRead>> byId(List<ParameterRead> reads) {
    Map<String, List<ParameterRead>> m = new LinkedHashMap<>();
    for (ParameterRead r : reads) {
      List<ParameterRead> same = m.computeIfAbsent(r.id(), k -> new ArrayList<>());
      if (same.stream().noneMatch(x -> x.from().equals(r.from()) && x.until().equals(r.until()))) {
        same.add(r);
      }
    }
    return m;
  }

  private static boolean sameValue(Explanation a, Explanation b) {
    if (a == b) {
      return true;
    }
    Object x = a.typedValue();
    Object y = b.typedValue();
    return x == null || y == null ? x == y && a.value().equals(b.value()) : x.equals(y);
  }

  /** Returns one line per fork: {@code "label: left → right"}, or that the values do not part. */
  @Override
  public String toString() {
    return forks.isEmpty() ? "no difference"
        : forks.stream().map(Fork::toString).collect(java.util.stream.Collectors.joining("\n"));
  }
}
