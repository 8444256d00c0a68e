package se.alf.rules.pm2024;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.explain.Explained;

/**
 * Each ALF region's share of the research appropriation, each explained: what the proposal's
 * research model (PM 7.10) divides into base and quality amounts. The proposal takes the shares
 * from the current keys and highly cited articles (7.5.1, 7.5.2); a reform may take them from
 * elsewhere by replacing the rule in {@link Proposal2024#RESEARCH_SHARES}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ResearchShares {

  private final ImmutableMap<AlfRegion, Explained<Sek>> shares;

  private ResearchShares(ImmutableMap<AlfRegion, Explained<Sek>> shares) {
    this.shares = shares;
  }

  /**
   * {@return the shares}
   *
   * @param shares each ALF region's share, explained
   * @throws IllegalArgumentException if an ALF region has no share
   */
  public static ResearchShares of(Map<AlfRegion, Explained<Sek>> shares) {
    for (AlfRegion r : AlfRegion.values()) {
      checkArgument(shares.containsKey(r), "research shares must cover every ALF region; %s has"
          + " none", r);
    }
    return new ResearchShares(ImmutableMap.copyOf(shares));
  }

  /**
   * {@return the share of {@code region}, with its explanation}
   *
   * @param region the ALF region
   */
  public Explained<Sek> of(AlfRegion region) {
    return shares.get(region);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResearchShares other && other.shares.equals(shares);
  }

  @Override
  public int hashCode() {
    return shares.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("{");
    shares.forEach((r, v) -> s.append(s.length() > 1 ? ", " : "").append(r).append('=')
        .append(v.value().format()));
    return s.append('}').toString();
  }
}
