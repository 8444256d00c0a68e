package se.alf.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import se.alf.party.AlfRegion;

/**
 * A family of {@link Key keys}, one per ALF region: {@code minimum-hst[orebro]}.
 *
 * @param <T> the type of the values
 */
public final class RegionKey<T> {

  private final String family;
  private final Class<T> type;
  private final String description;
  private final UnaryOperator<Key<T>> constrain;

  private RegionKey(String family, Class<T> type, String description,
      UnaryOperator<Key<T>> constrain) {
    this.family = family;
    this.type = type;
    this.description = description;
    this.constrain = constrain;
  }

  /** Returns the family {@code family} of values of {@code type}. */
  public static <T> RegionKey<T> of(String family, Class<T> type, String description) {
    RegionKey<T> key = new RegionKey<>(Objects.requireNonNull(family, "family"),
        Objects.requireNonNull(type, "type"), Objects.requireNonNull(description, "description"),
        UnaryOperator.identity());
    key.of(AlfRegion.STOCKHOLM); // validates the id form once
    return key;
  }

  /** Returns a copy whose keys are constrained by {@code constrain} (see {@link Key#requiring}). */
  RegionKey<T> constrained(UnaryOperator<Key<T>> constrain) {
    return new RegionKey<>(family, type, description, constrain);
  }

  /** Returns the key of {@code region}, e.g. {@code minimum-hst[vastra-gotaland]}. */
  public Key<T> of(AlfRegion region) {
    Objects.requireNonNull(region, "region");
    return constrain.apply(Key.of(family + "[" + qualifier(region) + "]", type,
        description + " (" + region.displayName() + ")"));
  }

  public String family() {
    return family;
  }

  /** Returns the qualifier of {@code region} in key ids: {@code vastra-gotaland}. */
  public static String qualifier(AlfRegion region) {
    Objects.requireNonNull(region, "region");
    return region.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return family + "[region]";
  }
}
