package se.alf.rules.reform;

import java.time.LocalDate;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.source.Citation;

/**
 * One value of a parameter a reform sets, as given: any field but {@code key} and {@code from}
 * may be null until {@link ReformValidator} has checked it.
 *
 * @param until the end (exclusive), or null for open-ended
 */
record ParameterChange(Key<?> key, LocalDate from, LocalDate until, Object value, Basis basis,
    Citation citation) {

  /** Returns whether this change and {@code o} hold on some common date. */
  boolean overlaps(ParameterChange o) {
    boolean thisEndsFirst = until != null && !until.isAfter(o.from);
    boolean otherEndsFirst = o.until != null && !o.until.isAfter(from);
    return !thisEndsFirst && !otherEndsFirst;
  }

  /** Returns the range as text, e.g. {@code [2026-01-01, …)}. */
  String range() {
    return "[" + from + ", " + (until == null ? "…" : until.toString()) + ")";
  }
}
