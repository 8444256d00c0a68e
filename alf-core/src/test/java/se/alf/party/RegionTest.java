package se.alf.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.NullPointerTester;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegionTest {

  // SCB's county codes (länskoder), as the design names them: "01" Stockholm … "25" Norrbotten;
  // there is no 02, 11, 15 or 16 since the mergers of 1997–1998.
  private static final ImmutableMap<String, Region> CODES = ImmutableMap.<String, Region>builder()
      .put("01", Region.STOCKHOLM).put("03", Region.UPPSALA).put("04", Region.SODERMANLAND)
      .put("05", Region.OSTERGOTLAND).put("06", Region.JONKOPING).put("07", Region.KRONOBERG)
      .put("08", Region.KALMAR).put("09", Region.GOTLAND).put("10", Region.BLEKINGE)
      .put("12", Region.SKANE).put("13", Region.HALLAND).put("14", Region.VASTRA_GOTALAND)
      .put("17", Region.VARMLAND).put("18", Region.OREBRO).put("19", Region.VASTMANLAND)
      .put("20", Region.DALARNA).put("21", Region.GAVLEBORG).put("22", Region.VASTERNORRLAND)
      .put("23", Region.JAMTLAND_HARJEDALEN).put("24", Region.VASTERBOTTEN)
      .put("25", Region.NORRBOTTEN)
      .build();

  @Test
  void twentyOneRegionsByCountyCode() {
    assertEquals(21, Region.values().length);
    CODES.forEach((code, region) -> {
      assertSame(region, Region.ofCountyCode(code), code);
      assertEquals(code, region.countyCode());
    });
    assertSame(Region.OREBRO, Region.ofCountyCode(" 18 "));
  }

  @Test
  void unknownCountyCodeNamesTheCodeAndTheValidOnes() {
    UnknownCountyCodeException e =
        assertThrows(UnknownCountyCodeException.class, () -> Region.ofCountyCode("02"));
    assertEquals("02", e.code());
    assertEquals("countyCode '02' is not the county code of a Swedish region; the codes are "
        + "01, 03, 04, 05, 06, 07, 08, 09, 10, 12, 13, 14, 17, 18, 19, 20, 21, 22, 23, 24, 25",
        e.getMessage());
    for (String bad : new String[] {"11", "15", "16", "26", "1", ""}) {
      assertThrows(UnknownCountyCodeException.class, () -> Region.ofCountyCode(bad), bad);
    }
  }

  @Test
  void codesAreUnique() {
    assertEquals(21, Arrays.stream(Region.values()).map(Region::countyCode)
        .collect(Collectors.toSet()).size());
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Region.class);
    for (Region r : Region.values()) {
      new NullPointerTester().testAllPublicInstanceMethods(r);
    }
  }
}
