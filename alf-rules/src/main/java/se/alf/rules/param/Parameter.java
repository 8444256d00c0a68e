package se.alf.rules.param;

import java.util.Objects;
import se.alf.time.Timeline;

/**
 * A named value of a rule set or a scenario over time: its {@link Key} and the timeline of its
 * settings, each dated and cited.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the values
 * @since 0.1
 */
public final class Parameter<T> {

  private final Key<T> key;
  private final Timeline<Setting<T>> timeline;

  Parameter(Key<T> key, Timeline<Setting<T>> timeline) {
    this.key = Objects.requireNonNull(key, "key");
    this.timeline = Objects.requireNonNull(timeline, "timeline");
  }

  /** {@return the key} */
  public Key<T> key() {
    return key;
  }

  /** {@return the dated values of the key} */
  public Timeline<Setting<T>> timeline() {
    return timeline;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Parameter<?> other && other.timeline.equals(timeline);
  }

  @Override
  public int hashCode() {
    return timeline.hashCode();
  }

  /** Returns one line per dated value: {@code id [from, until) value (citation)}. */
  @Override
  public String toString() {
    return timeline.toString();
  }
}
