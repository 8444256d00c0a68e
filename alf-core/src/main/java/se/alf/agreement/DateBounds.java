package se.alf.agreement;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the sources tell about a date (<i>datum</i>), e.g. when an agreement was signed: the exact
 * day, only the year, or neither, possibly with a sourced earliest and latest bound.
 *
 * <p>Examples: {@code on(2015-03-24)}; {@code inYear(2015)} for "tecknades 2015";
 * {@code unknownNotBefore(2014-09-11)} for a regional agreement of which nothing is known but that
 * it cannot precede the national agreement; {@code between(2015-01-01, 2018-10-24)} for an
 * agreement that a source of 2018-10-24 describes as existing. An unknown day is never replaced by
 * a guess. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public interface DateBounds {

  /** {@return the exact day, when known} */
  Optional<LocalDate> day();

  /** {@return the year, when only the year is known} */
  Optional<Year> year();

  /** {@return a sourced earliest bound on the date, when the day is not known} */
  Optional<LocalDate> notBefore();

  /** {@return a sourced latest bound on the date, when the day is not known} */
  Optional<LocalDate> notAfter();

  /**
   * {@return the date {@code day}}
   *
   * @param day the known date
   */
  static DateBounds on(LocalDate day) {
    return builder().day(day).build();
  }

  /**
   * {@return a date of which only the year is known}
   *
   * @param year the known year
   */
  static DateBounds inYear(Year year) {
    return builder().year(year).build();
  }

  /** {@return a date of which nothing is known} */
  static DateBounds unknown() {
    return builder().build();
  }

  /**
   * {@return an unknown date that is on or after {@code earliest}}
   *
   * @param earliest the earliest day it can be
   */
  static DateBounds unknownNotBefore(LocalDate earliest) {
    return builder().notBefore(earliest).build();
  }

  /**
   * {@return an unknown date on or after {@code earliest} and on or before {@code latest}}
   *
   * @param earliest the earliest day it can be
   * @param latest the latest day it can be, not before {@code earliest}
   */
  static DateBounds between(LocalDate earliest, LocalDate latest) {
    return builder().notBefore(earliest).notAfter(latest).build();
  }

  /** {@return the earliest day the date can be, or empty if it has no lower bound} */
  default Optional<LocalDate> earliest() {
    if (day().isPresent()) {
      return day();
    }
    Optional<LocalDate> fromYear = year().map(y -> y.atDay(1));
    if (fromYear.isPresent() && notBefore().isPresent()) {
      return Optional.of(later(fromYear.get(), notBefore().get()));
    }
    return fromYear.isPresent() ? fromYear : notBefore();
  }

  /** {@return the latest day the date can be, or empty if it has no upper bound} */
  default Optional<LocalDate> latest() {
    if (day().isPresent()) {
      return day();
    }
    Optional<LocalDate> fromYear = year().map(y -> y.atMonth(12).atEndOfMonth());
    if (fromYear.isPresent() && notAfter().isPresent()) {
      return Optional.of(earlier(fromYear.get(), notAfter().get()));
    }
    return fromYear.isPresent() ? fromYear : notAfter();
  }

  /** {@return whether the exact day is known} */
  default boolean isExact() {
    return day().isPresent();
  }

  /**
   * {@return the bounds as text: {@code "2015-03-24"}, {@code "2015 (day unknown)"},
   * {@code "unknown"}, {@code "unknown, not before 2014-09-11"} or
   * {@code "unknown, between 2015-01-01 and 2018-10-24"}}
   */
  default String describe() {
    if (day().isPresent()) {
      return day().get().toString();
    }
    String bounds = notBefore().isPresent() && notAfter().isPresent()
        ? "between " + notBefore().get() + " and " + notAfter().get()
        : notBefore().map(d -> "not before " + d)
            .or(() -> notAfter().map(d -> "not after " + d)).orElse("");
    if (year().isPresent()) {
      return year().get() + " (day unknown" + (bounds.isEmpty() ? "" : ", " + bounds) + ")";
    }
    return bounds.isEmpty() ? "unknown" : "unknown, " + bounds;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /**
   * Checks this value's invariants; Immutables calls it whenever a value is built or copied, so no
   * instance breaks them. Not for callers.
   */
  @Value.Check
  default void check() {
    checkArgument(day().isEmpty() || (year().isEmpty() && notBefore().isEmpty()
            && notAfter().isEmpty()),
        "date bounds with an exact day %s must not also give a year or bounds, were year %s, "
            + "notBefore %s, notAfter %s", day().orElse(null), year(), notBefore(), notAfter());
    if (notBefore().isPresent() && notAfter().isPresent()) {
      checkArgument(!notAfter().get().isBefore(notBefore().get()),
          "notAfter %s must not be before notBefore %s", notAfter().get(), notBefore().get());
    }
    year().ifPresent(y -> {
      notBefore().ifPresent(d -> checkArgument(Year.from(d).compareTo(y) <= 0,
          "notBefore %s must not be after the year %s", d, y));
      notAfter().ifPresent(d -> checkArgument(Year.from(d).compareTo(y) >= 0,
          "notAfter %s must not be before the year %s", d, y));
    });
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DateBounds}; every attribute is optional. */
  final class Builder extends ImmutableDateBounds.Builder {
    Builder() {}
  }
}
