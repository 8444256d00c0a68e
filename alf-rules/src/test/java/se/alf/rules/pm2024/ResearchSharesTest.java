package se.alf.rules.pm2024;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.explain.Explained;
import se.alf.rules.explain.Explanation;

class ResearchSharesTest {

  private static Explained<Sek> share(long kronor) {
    Sek v = Sek.ofKronor(kronor);
    return Explained.of(v, Explanation.builder().label("share").value(v).build());
  }

  /** Region i (in declaration order) gets i + 1 kronor, plus {@code extra} for Örebro. */
  private static Map<AlfRegion, Explained<Sek>> shares(long extra) {
    Map<AlfRegion, Explained<Sek>> m = new EnumMap<>(AlfRegion.class);
    for (AlfRegion r : AlfRegion.values()) {
      m.put(r, share(r.ordinal() + 1 + (r == AlfRegion.OREBRO ? extra : 0)));
    }
    return m;
  }

  @Test
  void coversEveryRegionAndSaysWhichIsMissing() {
    Map<AlfRegion, Explained<Sek>> m = shares(0);
    m.remove(AlfRegion.UPPSALA);
    assertEquals("research shares must cover every ALF region; Uppsala has none",
        assertThrows(IllegalArgumentException.class, () -> ResearchShares.of(m)).getMessage());
  }

  @Test
  void equalByTheirSharesAndPrintedInRegionOrder() {
    new EqualsTester()
        .addEqualityGroup(ResearchShares.of(shares(0)), ResearchShares.of(shares(0)))
        .addEqualityGroup(ResearchShares.of(shares(5)))
        .testEquals();
    // 1..7 kronor in the order of AlfRegion, each region by its display name; Sek.format writes
    // "1,00 kr".
    assertEquals("{Stockholm=1,00 kr, Västra Götaland=2,00 kr, Skåne=3,00 kr, Uppsala=4,00 kr,"
        + " Västerbotten=5,00 kr, Östergötland=6,00 kr, Örebro=7,00 kr}",
        ResearchShares.of(shares(0)).toString());
    assertEquals(Sek.ofKronor(3), ResearchShares.of(shares(0)).of(AlfRegion.values()[2]).value());
  }
}
