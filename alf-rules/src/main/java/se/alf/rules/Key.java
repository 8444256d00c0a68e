package se.alf.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The typed name of a parameter of a rule set or of an input of a scenario, such as
 * {@code research.quality-share} ({@code Ratio}) or {@code actual-hst[orebro]}
 * ({@code FullYearStudents}).
 *
 * <p>Two keys are equal when their ids are equal. This class is immutable and thread-safe.
 *
 * @param <T> the type of the values the key names
 */
public final class Key<T> {

  private static final Pattern ID = Pattern.compile("[a-z0-9.\\-]+(\\[[a-z0-9\\-]+\\])?");

  private final String id;
  private final Class<T> type;
  private final String description;

  private Key(String id, Class<T> type, String description) {
    this.id = id;
    this.type = type;
    this.description = description;
  }

  /**
   * Returns the key {@code id} of values of {@code type}.
   *
   * @throws IllegalArgumentException if {@code id} is not lower-case words joined by dots or
   *     dashes, optionally followed by {@code [qualifier]}
   */
  public static <T> Key<T> of(String id, Class<T> type, String description) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    checkArgument(ID.matcher(id).matches(),
        "key id must be lower-case words joined by '.' or '-', optionally with [qualifier], was '%s'",
        id);
    return new Key<>(id, type, description);
  }

  public String id() {
    return id;
  }

  /** Returns the type of the values, checked when a value is put under this key. */
  public Class<T> type() {
    return type;
  }

  public String description() {
    return description;
  }

  /**
   * Returns {@code value} as a {@code T}.
   *
   * @throws IllegalArgumentException if {@code value} is not a {@code T}
   */
  public T cast(Object value) {
    Objects.requireNonNull(value, id);
    checkArgument(type.isInstance(value), "value of %s must be a %s, was %s (a %s)", id,
        type.getSimpleName(), value, value.getClass().getSimpleName());
    return type.cast(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Key && ((Key<?>) o).id.equals(id);
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
