package se.alf.programme;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Year;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A term of a calendar year (termin): {@code VT 2027} (vårtermin, spring) or {@code HT 2021}
 * (hösttermin, autumn). Semesters are ordered in time; {@code HT 2021} is followed by
 * {@code VT 2022}.
 *
 * <p>Years run from 1 to 9999. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Semester implements Comparable<Semester> {

  /** The first year a semester may have. */
  public static final int MIN_YEAR = 1;
  /** The last year a semester may have. */
  public static final int MAX_YEAR = 9999;

  private static final Pattern TEXT = Pattern.compile("\\s*(VT|HT)\\s*([0-9]{1,4})\\s*");

  private final Season season;
  private final int year;

  private Semester(Season season, int year) {
    this.season = season;
    this.year = year;
  }

  /**
   * {@return the semester of {@code season} in {@code year}}
   *
   * @param season spring (VT) or autumn (HT)
   * @param year the year, 1..9999
   * @throws IllegalArgumentException if {@code year} is outside 1..9999
   */
  public static Semester of(Season season, int year) {
    Objects.requireNonNull(season, "season");
    checkArgument(year >= MIN_YEAR && year <= MAX_YEAR,
        "year of semester %s must be in %s..%s, was %s", season, MIN_YEAR, MAX_YEAR, year);
    return new Semester(season, year);
  }

  /**
   * {@return the semester of {@code season} in {@code year}; see {@link #of(Season, int)}}
   *
   * @param season spring (VT) or autumn (HT)
   * @param year the year, 1..9999
   */
  public static Semester of(Season season, Year year) {
    return of(season, Objects.requireNonNull(year, "year").getValue());
  }

  /**
   * {@return the spring term (vårtermin) of {@code year}}
   *
   * @param year the year, 1..9999
   * @throws IllegalArgumentException if {@code year} is outside 1..9999
   */
  public static Semester vt(int year) {
    return of(Season.VT, year);
  }

  /**
   * {@return the autumn term (hösttermin) of {@code year}}
   *
   * @param year the year, 1..9999
   * @throws IllegalArgumentException if {@code year} is outside 1..9999
   */
  public static Semester ht(int year) {
    return of(Season.HT, year);
  }

  /** The most characters {@link #parse} reads, blanks included. */
  public static final int MAX_TEXT_LENGTH = 32;

  /**
   * Parses {@code "VT 2027"}, {@code "HT2021"} or {@code "vt 2027"}: the season, in either case,
   * then the year (one to four ASCII digits 0-9), with or without a space between, and blanks
   * around; at most {@value #MAX_TEXT_LENGTH} characters in all.
   *
   * @param text the semester as written
   * @return the semester
   * @throws IllegalArgumentException if {@code text} is not of that form or the year is outside
   *     1..9999
   */
  public static Semester parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    checkArgument(text.length() <= MAX_TEXT_LENGTH,
        "semester '%s…' (%s characters) is too long: a semester is written in at most %s"
            + " characters, like \"VT 2027\"", text.subSequence(0, Math.min(text.length(), 16)),
        text.length(), MAX_TEXT_LENGTH);
    Matcher m = TEXT.matcher(text.toString().toUpperCase(Locale.ROOT));
    checkArgument(m.matches(),
        "semester must be VT or HT followed by a year, like \"VT 2027\", was \"%s\"", text);
    return of(Season.valueOf(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** {@return the season: VT (spring) or HT (autumn)} */
  public Season season() {
    return season;
  }

  /** {@return the calendar year} */
  public Year year() {
    return Year.of(year);
  }

  /**
   * {@return the semester after this one}
   *
   * @throws IllegalArgumentException if it would fall after HT 9999
   */
  public Semester next() {
    return plusTerms(1);
  }

  /**
   * {@return the semester {@code terms} terms later (earlier if negative): {@code HT 2021}
   * plus 11 terms is {@code VT 2027}}
   *
   * @param terms the number of terms to move, any sign
   * @throws IllegalArgumentException if the result would fall outside the years 1..9999
   */
  public Semester plusTerms(int terms) {
    long index = index() + terms;
    checkArgument(index >= (long) MIN_YEAR * 2 && index <= (long) MAX_YEAR * 2 + 1,
        "%s plus %s terms falls outside the years %s..%s", this, terms, MIN_YEAR, MAX_YEAR);
    return of(Season.values()[(int) (index % 2)], (int) (index / 2));
  }

  /**
   * {@return the number of terms from this semester to {@code other}: 11 from {@code HT 2021} to
   * {@code VT 2027}, negative if {@code other} is earlier, 0 if it is this semester}
   *
   * @param other the other semester
   */
  public int termsUntil(Semester other) {
    Objects.requireNonNull(other, "other");
    return Math.toIntExact(other.index() - index());
  }

  /**
   * {@return whether this semester is before {@code other}}
   *
   * @param other the other semester
   */
  public boolean isBefore(Semester other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) < 0;
  }

  /**
   * {@return whether this semester is after {@code other}}
   *
   * @param other the other semester
   */
  public boolean isAfter(Semester other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) > 0;
  }

  private long index() {
    return (long) year * 2 + season.ordinal();
  }

  @Override
  public int compareTo(Semester other) {
    Objects.requireNonNull(other, "other");
    return Long.compare(index(), other.index());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Semester other && other.year == year && other.season == season;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(index());
  }

  /** Returns {@code "VT 2027"}. */
  @Override
  public String toString() {
    return season + " " + year;
  }
}
