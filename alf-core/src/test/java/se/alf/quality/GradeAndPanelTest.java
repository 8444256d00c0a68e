package se.alf.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import se.alf.number.Ratio;

class GradeAndPanelTest {

  @Test
  void threeGradesWithLettersAndSwedishNames() {
    // facts.md § 2.7 (KI, LU 2018): A = mycket hög, B = god–hög, C = undermålig kvalitet;
    // seed 000_13ed2d48ae91e5ee.txt § 7.10: "undermålig, god-hög, respektive mycket hög kvalitet".
    assertEquals("A", Grade.MYCKET_HOG.letter());
    assertEquals("B", Grade.GOD_HOG.letter());
    assertEquals("C", Grade.UNDERMALIG.letter());
    assertEquals("mycket hög kvalitet", Grade.MYCKET_HOG.swedishName());
    assertEquals("god–hög kvalitet", Grade.GOD_HOG.swedishName());
    assertEquals("undermålig kvalitet", Grade.UNDERMALIG.swedishName());
    assertEquals(Grade.GOD_HOG, Grade.ofLetter("B"));
    assertEquals(Grade.MYCKET_HOG, Grade.ofLetter(" a "));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Grade.ofLetter("D"));
    assertEquals("grade letter must be A, B or C, was 'D'", e.getMessage());
  }

  @Test
  void panelWeightsAreFiftyTwentyFiveTwentyFive() {
    // facts.md § 2.7 (LU 2018): panel 1 50 %, panel 2 25 %, panel 3 25 %.
    assertEquals(Ratio.of(1, 2), Panel.SCIENTIFIC_QUALITY.weight());
    assertEquals(Ratio.of(1, 4), Panel.CLINICAL_SIGNIFICANCE.weight());
    assertEquals(Ratio.of(1, 4), Panel.PREREQUISITES.weight());
    // 1/2 + 1/4 + 1/4 = 1.
    assertEquals(Ratio.ONE, Arrays.stream(Panel.values()).map(Panel::weight)
        .reduce(Ratio.ZERO, Ratio::plus));
    assertEquals(1, Panel.SCIENTIFIC_QUALITY.number());
    assertEquals(3, Panel.PREREQUISITES.number());
    assertEquals(Panel.CLINICAL_SIGNIFICANCE, Panel.ofNumber(2));
    assertEquals("forskningens kliniska betydelse och samhällsnytta",
        Panel.CLINICAL_SIGNIFICANCE.swedishName());
    assertEquals("den vetenskapliga produktionens kvalitet",
        Panel.SCIENTIFIC_QUALITY.swedishName());
    assertEquals("forskningens förutsättningar", Panel.PREREQUISITES.swedishName());
    for (Panel p : Panel.values()) {
      assertEquals("https://www.med.lu.se/nyheter/180328_kliniskforskning",
          p.citation().url().orElseThrow());
    }
    assertThrows(IllegalArgumentException.class, () -> Panel.ofNumber(4));
  }
}
