package se.alf.workforce;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Objects;
import se.alf.party.Region;
import se.alf.source.Citation;
import se.alf.source.Document;

/**
 * Seed 004's table 1 (Vårdkompetensråd Mellansverige, verksamhetsberättelse 2023, "Antal
 * utbildningsläkare och läkarstudenter i relation till befolkningstal i de mellansvenska
 * regionerna"): for the seven regions of Sjukvårdsregion Mellansverige, AT posts 2022 and 2023,
 * BT posts 2023, VFU student weeks 2022 and ST doctors 2022, each per 100 000 inhabitants and as a
 * count, as published; and the national AT average of 2022.
 *
 * <p>VFU student weeks (verksamhetsförlagd utbildning) are the only per-region measure of the
 * clinical-placement load of medical students in the sources: Uppsala 7 600 weeks and Örebro
 * 4 923 (the two ALF regions) against 642–1 890 in the five regions without a medical school.
 * A user comparing regionalised education (Region Västerbotten's regionalisation supplement,
 * PM U2024/01035 § 6.1.1) can weigh a region's supplement against them.
 *
 * <p>Known oddity: Uppsala's BT cell, 3,2 per 100 000 (12 posts), implies 369 000–381 000
 * inhabitants where its other cells imply about 397 000; the cell is entered as published.
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class MellansverigeTable {

  private MellansverigeTable() {}

  /** Where the table is: seed 004, table 1. */
  public static final Citation CITATION = Citation.of(Document.MELLANSVERIGE_REPORT, "Tabell 1");

  /**
   * One region's row of the table.
   *
   * @param region the region
   * @param at2022 AT posts 2022
   * @param at2023 AT posts 2023
   * @param bt2023 BT posts 2023
   * @param vfuWeeks2022 VFU student weeks 2022 (medical students' clinical placement)
   * @param st2022 ST doctors 2022
   */
  public record Row(Region region, PerInhabitants at2022, PerInhabitants at2023,
      PerInhabitants bt2023, PerInhabitants vfuWeeks2022, PerInhabitants st2022) {

    /**
     * Checks that nothing is null.
     *
     * @param region the region
     * @param at2022 AT posts 2022
     * @param at2023 AT posts 2023
     * @param bt2023 BT posts 2023
     * @param vfuWeeks2022 VFU student weeks 2022
     * @param st2022 ST doctors 2022
     */
    public Row {
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(at2022, "at2022");
      Objects.requireNonNull(at2023, "at2023");
      Objects.requireNonNull(bt2023, "bt2023");
      Objects.requireNonNull(vfuWeeks2022, "vfuWeeks2022");
      Objects.requireNonNull(st2022, "st2022");
    }
  }

  /** The national average of AT posts in 2022: "15,35 per 100 000 inv." (seed 004). */
  public static final BigDecimal NATIONAL_AT_PER_100K_2022 = new BigDecimal("15.35");

  private static final ImmutableMap<Region, Row> ROWS = ImmutableMap.<Region, Row>builder()
      .put(Region.DALARNA, row(Region.DALARNA, "21.5", 62, "22.1", 64, "4.9", 14, "520", 1500,
          "110", 318))
      .put(Region.SODERMANLAND, row(Region.SODERMANLAND, "20.8", 63, "19.9", 60, "13.2", 40,
          "213", 642, "128", 386))
      .put(Region.OREBRO, row(Region.OREBRO, "18.6", 56, "19.2", 58, "6.6", 20, "1604", 4923,
          "103", 315))
      .put(Region.VARMLAND, row(Region.VARMLAND, "18.0", 51, "16.9", 48, "4.3", 12, "666", 1890,
          "92", 260))
      .put(Region.GAVLEBORG, row(Region.GAVLEBORG, "20.3", 58, "20.3", 58, "1.8", 5, "260", 750,
          "109", 311))
      .put(Region.VASTMANLAND, row(Region.VASTMANLAND, "17.6", 48, "17.6", 48, "2.9", 8, "350",
          975, "98", 273))
      .put(Region.UPPSALA, row(Region.UPPSALA, "12.6", 50, "12.6", 50, "3.2", 12, "1900", 7600,
          "116", 465))
      .build();

  private static Row row(Region r, String at22, long at22n, String at23, long at23n, String bt,
      long btn, String vfu, long vfun, String st, long stn) {
    return new Row(r, PerInhabitants.of(at22, at22n), PerInhabitants.of(at23, at23n),
        PerInhabitants.of(bt, btn), PerInhabitants.of(vfu, vfun), PerInhabitants.of(st, stn));
  }

  /** {@return the seven rows, in the table's order} */
  public static ImmutableMap<Region, Row> rows() {
    return ROWS;
  }
}
