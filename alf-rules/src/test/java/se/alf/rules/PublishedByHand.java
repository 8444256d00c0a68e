package se.alf.rules;

import se.alf.number.Ratio;
import se.alf.party.AlfRegion;

/**
 * The published scenario's minimum full-year students, derived by hand (not read from
 * {@link Scenarios}), for tests that compute expected values from them.
 */
public final class PublishedByHand {

  private PublishedByHand() {}

  /**
   * Östergötland 968 (Linköping's published 2015 minimum); Örebro 715 (65 a term × 11 terms);
   * the other five 968 × (their autumn-2006 places, Läkartidningen 2006-05) ÷ 60 (Linköping's),
   * to whole students: Stockholm 968 × 132/60 = 2129.6 → 2130; Västra Götaland 968 × 87/60 =
   * 1403.6 → 1404; Skåne 968 × 88/60 = 1419.73 → 1420; Uppsala 968 × 76/60 = 1226.13 → 1226;
   * Västerbotten 968 × 79/60 = 1274.53 → 1275.
   */
  public static Ratio minimum(AlfRegion r) {
    return Ratio.of(switch (r) {
      case OREBRO -> 715;
      case OSTERGOTLAND -> 968;
      case STOCKHOLM -> 2130;
      case VASTRA_GOTALAND -> 1404;
      case SKANE -> 1420;
      case UPPSALA -> 1226;
      case VASTERBOTTEN -> 1275;
    });
  }
}
