package se.alf.party;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import se.alf.time.NoValueOnDateException;
import se.alf.time.Timeline;

/**
 * One of Sweden's 21 regions (region; until 2019 most were called landsting, county council),
 * identified by its official county code (länskod), which never changes while names do.
 *
 * <p>The codes follow SCB's county codes: "01" Stockholm … "25" Norrbotten (there is no 02, 11,
 * 15 or 16 since the 1997–1998 mergers). Names over time are in {@link RegionNames}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Region {
  /** Region Stockholm, county code 01. */
  STOCKHOLM("01", "Region Stockholm"),
  /** Region Uppsala, county code 03. */
  UPPSALA("03", "Region Uppsala"),
  /** Region Sörmland, county code 04. */
  SODERMANLAND("04", "Region Sörmland"),
  /** Region Östergötland, county code 05. */
  OSTERGOTLAND("05", "Region Östergötland"),
  /** Region Jönköpings län, county code 06. */
  JONKOPING("06", "Region Jönköpings län"),
  /** Region Kronoberg, county code 07. */
  KRONOBERG("07", "Region Kronoberg"),
  /** Region Kalmar län, county code 08. */
  KALMAR("08", "Region Kalmar län"),
  /** Region Gotland, county code 09. */
  GOTLAND("09", "Region Gotland"),
  /** Region Blekinge, county code 10. */
  BLEKINGE("10", "Region Blekinge"),
  /** Region Skåne, county code 12. */
  SKANE("12", "Region Skåne"),
  /** Region Halland, county code 13. */
  HALLAND("13", "Region Halland"),
  /** Västra Götalandsregionen, county code 14. */
  VASTRA_GOTALAND("14", "Västra Götalandsregionen"),
  /** Region Värmland, county code 17. */
  VARMLAND("17", "Region Värmland"),
  /** Region Örebro län, county code 18. */
  OREBRO("18", "Region Örebro län"),
  /** Region Västmanland, county code 19. */
  VASTMANLAND("19", "Region Västmanland"),
  /** Region Dalarna, county code 20. */
  DALARNA("20", "Region Dalarna"),
  /** Region Gävleborg, county code 21. */
  GAVLEBORG("21", "Region Gävleborg"),
  /** Region Västernorrland, county code 22. */
  VASTERNORRLAND("22", "Region Västernorrland"),
  /** Region Jämtland Härjedalen, county code 23. */
  JAMTLAND_HARJEDALEN("23", "Region Jämtland Härjedalen"),
  /** Region Västerbotten, county code 24. */
  VASTERBOTTEN("24", "Region Västerbotten"),
  /** Region Norrbotten, county code 25. */
  NORRBOTTEN("25", "Region Norrbotten");

  private final String countyCode;
  private final String currentName;

  Region(String countyCode, String currentName) {
    this.countyCode = countyCode;
    this.currentName = currentName;
  }

  /** {@return the two-digit county code (länskod), e.g. {@code "18"} for Örebro} */
  public String countyCode() {
    return countyCode;
  }

  /** {@return the name the region has today, e.g. {@code "Region Örebro län"}} */
  public String currentName() {
    return currentName;
  }

  /**
   * {@return the names of this region over time, each with its citation; see {@link RegionNames}}
   */
  public Timeline<String> names() {
    return RegionNames.of(this);
  }

  /**
   * {@return the name this region had on {@code date}, e.g. {@code "Stockholms läns landsting"} on
   * 2014-09-11 and {@code "Region Stockholm"} from 2019-01-01}
   *
   * @param date the day asked about
   * @throws NoValueOnDateException if {@code date} is before the first name the sources give for
   *     this region (see {@link RegionNames})
   */
  public String nameOn(LocalDate date) {
    return RegionNames.nameOn(this, date);
  }

  /**
   * {@return the region with county code {@code code}}
   *
   * @param code the two-digit county code (länskod), e.g. {@code "01"}
   * @throws UnknownCountyCodeException if no region has that code
   */
  public static Region ofCountyCode(String code) {
    Objects.requireNonNull(code, "code");
    return Arrays.stream(values())
        .filter(r -> r.countyCode.equals(code.trim()))
        .findFirst()
        .orElseThrow(() -> new UnknownCountyCodeException(code));
  }

  @Override
  public String toString() {
    return currentName;
  }
}
