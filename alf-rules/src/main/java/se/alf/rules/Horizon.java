package se.alf.rules;

import java.time.Year;
import java.util.Objects;

/**
 * The years alf models: from {@value #FIRST} (the first year of the 2014 agreement's payments) to
 * {@value #LAST}, far enough for any plan. Every year a caller or a file gives is checked against
 * it, so that a typo such as 9999 or 0000 is refused rather than answered with plausible money (or
 * with years of work for a range that long).
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class Horizon {

  /** The first year alf models. */
  public static final int FIRST = 2015;
  /** The last year alf models. */
  public static final int LAST = 2100;

  private Horizon() {}

  /**
   * {@return whether {@code year} is from {@value #FIRST} to {@value #LAST}}
   *
   * @param year the year
   */
  public static boolean contains(Year year) {
    Objects.requireNonNull(year, "year");
    return year.getValue() >= FIRST && year.getValue() <= LAST;
  }

  /**
   * {@return {@code year} if it is within the horizon}
   *
   * @param field what the year is, for the message, e.g. {@code "YEAR"} or {@code "inputs[0].from"}
   * @param year the year
   * @throws IllegalArgumentException naming {@code field}, the year and the range, if it is not
   */
  public static Year check(String field, Year year) {
    Objects.requireNonNull(field, "field");
    if (!contains(year)) {
      throw new IllegalArgumentException(field + ": year " + year + " is outside the years alf"
          + " models, " + FIRST + " to " + LAST);
    }
    return year;
  }
}
