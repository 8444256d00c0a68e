package se.alf.rules.param;

import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import se.alf.party.AlfRegion;

/**
 * A family of {@link Key keys}, one per ALF region: {@code minimum-hst[orebro]}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type of the values
 * @since 0.1
 */
public final class RegionKey<T> {

  private final String family;
  private final Class<T> type;
  private final String description;
  private final UnaryOperator<Key<T>> constrain;
  private final java.util.EnumMap<AlfRegion, Key<T>> keys =
      new java.util.EnumMap<>(AlfRegion.class);

  private RegionKey(String family, Class<T> type, String description,
      UnaryOperator<Key<T>> constrain) {
    this.family = family;
    this.type = type;
    this.description = description;
    this.constrain = constrain;
    for (AlfRegion r : AlfRegion.values()) { // made once: a rule asks for them on every read
      keys.put(r, constrain.apply(Key.of(family + "[" + qualifier(r) + "]", type,
          description + " (" + r.displayName() + ")")));
    }
  }

  /**
   * {@return the family {@code family} of values of {@code type}}
   *
   * @param <T> the type of the values
   * @param family the family's id, e.g. {@code minimum-hst}; each region's key adds {@code
   *     [region]}
   * @param type the class of the values
   * @param description what the value is, in words
   */
  public static <T> RegionKey<T> of(String family, Class<T> type, String description) {
    RegionKey<T> key = new RegionKey<>(Objects.requireNonNull(family, "family"),
        Objects.requireNonNull(type, "type"), Objects.requireNonNull(description, "description"),
        UnaryOperator.identity());
    return key;
  }

  /**
   * {@return a copy whose keys are constrained by {@code constrain} (see {@link Key#requiring})}
   *
   * @param constrain what to do to each region's key, e.g. {@code Key::share}
   */
  public RegionKey<T> constrained(UnaryOperator<Key<T>> constrain) {
    return new RegionKey<>(family, type, description,
        Objects.requireNonNull(constrain, "constrain"));
  }

  /**
   * {@return the key of {@code region}, e.g. {@code minimum-hst[vastra-gotaland]}}
   *
   * @param region the ALF region
   */
  public Key<T> of(AlfRegion region) {
    return keys.get(java.util.Objects.requireNonNull(region, "region"));
  }

  /** {@return the family id, e.g. {@code actual-hst}} */
  public String family() {
    return family;
  }

  /**
   * {@return the qualifier of {@code region} in key ids: {@code vastra-gotaland}}
   *
   * @param region the ALF region
   */
  public static String qualifier(AlfRegion region) {
    Objects.requireNonNull(region, "region");
    return region.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Two families are equal when their family ids are, as their keys are ({@link Key#equals}
   * compares ids).
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof RegionKey<?> other && other.family.equals(family);
  }

  @Override
  public int hashCode() {
    return family.hashCode();
  }

  @Override
  public String toString() {
    return family + "[region]";
  }
}
