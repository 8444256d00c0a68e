package se.alf.rules.explain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Setting;
import se.alf.source.Citation;
import se.alf.time.DatedValue;

/**
 * One parameter or input a rule read: its key, the typed value, the dates that value holds over,
 * what it rests on and where it comes from. A leaf of an {@link Explanation}.
 *
 * <p>A read is recorded cheaply while the rules run; its text ({@link #value()}, {@link #range()},
 * {@link #render()}) is rendered only when asked for. Instances are immutable and thread-safe if
 * the value is.
 *
 * @since 0.1
 */
public final class ParameterRead {

  private final Key<?> key;
  private final DatedValue<? extends Setting<?>> dated;
  private final boolean fromScenario;

  /**
   * {@return the record of reading {@code dated} under {@code key}, from a scenario or from a rule
   * set's own parameters ({@code fromScenario})}
   *
   * @param key the key read
   * @param dated the setting read
   * @param fromScenario whether the scenario supplied it
   */
  public static ParameterRead of(Key<?> key, DatedValue<? extends Setting<?>> dated,
      boolean fromScenario) {
    return new ParameterRead(Objects.requireNonNull(key, "key"),
        Objects.requireNonNull(dated, "dated"), fromScenario);
  }

  private ParameterRead(Key<?> key, DatedValue<? extends Setting<?>> dated, boolean fromScenario) {
    this.key = Objects.requireNonNull(key, "key");
    this.dated = Objects.requireNonNull(dated, "dated");
    this.fromScenario = fromScenario;
  }

  /** {@return the key read} */
  public Key<?> key() {
    return key;
  }

  /** {@return the key id, e.g. {@code research.quality-share}} */
  public String id() {
    return key.id();
  }

  /** {@return the value read, typed as the key says (e.g. {@code Sek}, {@code Ratio})} */
  public Object typedValue() {
    return dated.value().value();
  }

  /** {@return the value as text, rendered on demand (see {@link Formats#text})} */
  public String value() {
    return Formats.text(typedValue());
  }

  /** {@return the first date the value holds} */
  public LocalDate from() {
    return dated.from();
  }

  /** {@return the first date the value no longer holds, or empty if it holds from then on} */
  public Optional<LocalDate> until() {
    return dated.until();
  }

  /** {@return the half-open range of dates the value holds over, e.g. {@code [2019-01-01, …)}} */
  public String range() {
    return dated.rangeText();
  }

  /** {@return what the value rests on (law, agreement, published figure, assumption, …)} */
  public Basis basis() {
    return dated.value().basis();
  }

  /** {@return where the value comes from} */
  public Citation citation() {
    return dated.citation();
  }

  /** {@return whether the value read was a scenario's input rather than a rule-set parameter} */
  public boolean fromScenario() {
    return fromScenario;
  }

  /** {@return {@code "id = value [range] (citation)"}, marked when it is an assumption} */
  public String render() {
    StringBuilder b = new StringBuilder(96);
    render(b);
    return b.toString();
  }

  /** Appends {@link #render()} to {@code b}. */
  void render(StringBuilder b) {
    b.append(key.id()).append(" = ").append(value()).append(' ').append(dated.rangeText())
        .append(" (").append(basis().isAssumption() ? "ASSUMPTION; " : "")
        .append(citation().render()).append(')');
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ParameterRead other)) {
      return false;
    }
    return fromScenario == other.fromScenario && key.id().equals(other.key.id())
        && (dated == other.dated || dated.equals(other.dated));
  }

  @Override
  public int hashCode() {
    return 31 * key.id().hashCode() + dated.from().hashCode(); // cheap, and equal reads agree
  }

  @Override
  public String toString() {
    return render();
  }
}
