package se.alf.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.alf.party.Region;

/** Seed 004's table 1 checked against itself. */
class MellansverigeTableTest {

  @Test
  void atPostsOf2022And2023GiveTheSamePopulationWithinRounding() {
    // posts ÷ (posts per 100 000) × 100 000 = inhabitants. With the rate published to one
    // decimal, the population lies in [n × 10⁵ / (r + 0.05), n × 10⁵ / (r − 0.05)]. The two
    // years' intervals must overlap, e.g. Dalarna: 62 / 21.55 → 287 703, 62 / 21.45 → 289 044;
    // 64 / 22.15 → 288 939, 64 / 22.05 → 290 250: they share 288 939–289 044.
    for (MellansverigeTable.Row r : MellansverigeTable.rows().values()) {
      long lo = Math.max(r.at2022().minPopulation(), r.at2023().minPopulation());
      long hi = Math.min(r.at2022().maxPopulation(), r.at2023().maxPopulation());
      assertTrue(lo <= hi, r.region() + ": 2022 gives " + r.at2022().minPopulation() + "–"
          + r.at2022().maxPopulation() + ", 2023 gives " + r.at2023().minPopulation() + "–"
          + r.at2023().maxPopulation());
    }
  }

  @Test
  void dalarnasIntervalsByHand() {
    // 62 × 100 000 / 21.55 = 287 703.0… → 287 703 (down); / 21.45 = 289 044.2… → 289 045 (up).
    PerInhabitants at2022 = MellansverigeTable.rows().get(Region.DALARNA).at2022();
    assertEquals(287_703, at2022.minPopulation());
    assertEquals(289_045, at2022.maxPopulation());
    // VFU weeks, a whole-number rate: 1500 × 100 000 / 520.5 = 288 184.4… → 288 184;
    // / 519.5 = 288 739.1… → 288 740.
    PerInhabitants vfu = MellansverigeTable.rows().get(Region.DALARNA).vfuWeeks2022();
    assertEquals(288_184, vfu.minPopulation());
    assertEquals(288_740, vfu.maxPopulation());
  }

  @Test
  void uppsalasBtCellIsTheKnownOddity() {
    // 12 / 3.25 × 10⁵ = 369 230.7 and 12 / 3.15 × 10⁵ = 380 952.4: below the 395 257–398 406 of
    // its AT cells (50 / 12.65 and 50 / 12.55). Entered as published; the javadoc says so.
    MellansverigeTable.Row u = MellansverigeTable.rows().get(Region.UPPSALA);
    assertTrue(u.bt2023().maxPopulation() < u.at2022().minPopulation());
  }

  @Test
  void theTableHasTheSevenRegionsAndTheNationalAverage() {
    assertEquals(7, MellansverigeTable.rows().size());
    assertEquals(new BigDecimal("15.35"), MellansverigeTable.NATIONAL_AT_PER_100K_2022);
    // VFU weeks: the two ALF regions carry the most (Uppsala 7600, Örebro 4923).
    assertEquals(7600, MellansverigeTable.rows().get(Region.UPPSALA).vfuWeeks2022().count());
    assertEquals(4923, MellansverigeTable.rows().get(Region.OREBRO).vfuWeeks2022().count());
    assertTrue(MellansverigeTable.CITATION.render().contains("Tabell 1"));
  }

  @Test
  void refusesANonPositiveRateNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PerInhabitants.of("0.0", 5));
    assertEquals("per100k: '0.0' must be positive", e.getMessage());
  }
}
