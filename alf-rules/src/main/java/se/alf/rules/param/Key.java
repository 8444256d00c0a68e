package se.alf.rules.param;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.programme.FullYearStudents;

/**
 * The typed name of a parameter of a rule set or of an input of a scenario, such as
 * {@code research.quality-share} ({@code Ratio}) or {@code actual-hst[orebro]}
 * ({@code FullYearStudents}).
 *
 * <p>Two keys are equal when their ids are equal. This class is immutable and thread-safe.
 *
 * @param <T> the type of the values the key names
 * @since 0.1
 */
public final class Key<T> {

  private static final Pattern ID = Pattern.compile("[a-z0-9.\\-]+(\\[[a-z0-9\\-]+\\])?");

  private final String id;
  private final Class<T> type;
  private final String description;
  private final Predicate<? super T> constraint;
  private final String rule;

  private Key(String id, Class<T> type, String description, Predicate<? super T> constraint,
      String rule) {
    this.id = id;
    this.type = type;
    this.description = description;
    this.constraint = constraint;
    this.rule = rule;
  }

  /**
   * {@return the key {@code id} of values of {@code type}}
   *
   * @param <T> the type of the values
   * @param id the key's id, e.g. {@code research.quality-share}
   * @param type the class of the values
   * @param description what the value is, in words
   * @throws IllegalArgumentException if {@code id} is not lower-case words joined by dots or
   *     dashes, optionally followed by {@code [qualifier]}
   */
  public static <T> Key<T> of(String id, Class<T> type, String description) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    checkArgument(ID.matcher(id).matches(),
        "key id must be lower-case words joined by '.' or '-', optionally with [qualifier], was"
            + " '%s'",
        id);
    return new Key<>(id, type, description, v -> true, "");
  }

  /**
   * {@return a copy of this key whose values must satisfy {@code constraint}, described by
   * {@code rule} (e.g. {@code "must be between 0 and 1"}); {@link #cast} checks it, so a bad value
   * fails where it is put into a rule set or a scenario}
   *
   * @param constraint the test every value must pass
   * @param rule the rule in words, for messages
   */
  public Key<T> requiring(Predicate<? super T> constraint, String rule) {
    Objects.requireNonNull(constraint, "constraint");
    Objects.requireNonNull(rule, "rule");
    return new Key<>(id, type, description, constraint, rule);
  }

  /**
   * {@return this key for a share: a ratio between 0 and 1}
   *
   * @param key a key of ratios
   */
  public static Key<Ratio> share(Key<Ratio> key) {
    Objects.requireNonNull(key, "key");
    return key.requiring(r -> r.signum() >= 0 && r.compareTo(Ratio.ONE) <= 0,
        "must be a share between 0 and 1");
  }

  /**
   * {@return this key for a ratio that is not negative}
   *
   * @param key a key of ratios
   */
  public static Key<Ratio> nonNegativeRatio(Key<Ratio> key) {
    Objects.requireNonNull(key, "key");
    return key.requiring(r -> r.signum() >= 0, "must be >= 0");
  }

  /** The most full-year students {@link #plausibleStudents} lets one region have. */
  public static final FullYearStudents MOST_STUDENTS = FullYearStudents.of(100_000);

  /**
   * {@return this key for a region's full-year students: at most {@link #MOST_STUDENTS}} Not a
   * rule of any agreement but a guard against typos (a value of {@code 1e30} or a misplaced
   * separator): no Swedish university trains a tenth of that many medical students.
   *
   * @param key a key of full-year students
   */
  public static Key<FullYearStudents> plausibleStudents(Key<FullYearStudents> key) {
    Objects.requireNonNull(key, "key");
    return key.requiring(s -> s.compareTo(MOST_STUDENTS) <= 0,
        "must be at most 100 000 full-year students (a guard against typos)");
  }

  /**
   * {@return this key for an amount that is not negative}
   *
   * @param key a key of amounts
   */
  public static Key<Sek> nonNegativeSek(Key<Sek> key) {
    Objects.requireNonNull(key, "key");
    return key.requiring(a -> a.signum() >= 0, "must be >= 0 SEK");
  }

  /** {@return the id, e.g. {@code education.rate-per-hst}} */
  public String id() {
    return id;
  }

  /** {@return the type of the values, checked when a value is put under this key} */
  public Class<T> type() {
    return type;
  }

  /** {@return what the key's value is, in words} */
  public String description() {
    return description;
  }

  /**
   * {@return {@code value} as a {@code T}}
   *
   * @param value the value to check
   * @throws IllegalArgumentException if {@code value} is not a {@code T}, or breaks the key's
   *     constraint (e.g. a share above 1), naming the key, the rule and the value
   */
  public T cast(Object value) {
    Objects.requireNonNull(value, id);
    checkArgument(type.isInstance(value), "value of %s must be a %s, was %s (a %s)", id,
        type.getSimpleName(), value, value.getClass().getSimpleName());
    T typed = type.cast(value);
    checkArgument(constraint.test(typed), "value of %s %s, was %s", id, rule, typed);
    return typed;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Key<?> other && other.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
