package se.alf.rules.spi;

import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.explain.Explained;

/**
 * How the research appropriation is distributed in one year: each ALF region's base and quality
 * amounts, and what was withheld (a quality amount lost for an undermålig grade) and where it went.
 * The base and quality amounts of all regions plus {@link #returnedToState()} equal the research
 * appropriation to the öre.
 *
 * <p>Immutable and thread-safe (an Immutables value); its builder is for one thread.
 *
 * @since 0.1
 */
@Value.Immutable
public interface ResearchDistribution {

  /** {@return each ALF region's research base amount, explained} */
  ImmutableMap<AlfRegion, Explained<Sek>> base();

  /** {@return each ALF region's research quality amount, explained} */
  ImmutableMap<AlfRegion, Explained<Sek>> quality();

  /**
   * Quality amounts withheld from regions and paid back to the state (not paid out).
   *
   * @return the sum returned to the state, explained
   */
  Explained<Sek> returnedToState();

  /**
   * Quality amounts withheld from some regions and paid to the others instead.
   *
   * @return the sum redistributed, explained
   */
  Explained<Sek> redistributed();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResearchDistribution}. */
  final class Builder extends ImmutableResearchDistribution.Builder {
    Builder() {}
  }
}
