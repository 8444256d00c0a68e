package se.alf.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.quality.Grade;
import se.alf.quality.RegionEvaluation;
import se.alf.research.Permit;
import se.alf.source.Citation;

/** How an explanation writes each kind of value. */
class FormatsTest {

  @Test
  void eachKindOfValue() {
    assertEquals("1 234,50 kr", Formats.text(Sek.ofOre(123_450)));
    assertEquals("Läkemedelsverket", Formats.text(Permit.MEDICAL_PRODUCTS_AGENCY));
    // Grades by panel letter: A mycket hög, B god–hög, C undermålig.
    assertEquals("grades A/B/C (panels 1/2/3)", Formats.text(RegionEvaluation.of(
        AlfRegion.OREBRO, Grade.MYCKET_HOG, Grade.GOD_HOG, Grade.UNDERMALIG,
        Citation.of("test", "1"))));
    assertEquals("{1,00 kr, Läkemedelsverket}",
        Formats.text(List.of(Sek.ofKronor(1), Permit.MEDICAL_PRODUCTS_AGENCY)));
    assertEquals("{a=2,00 kr}", Formats.text(ImmutableMap.of("a", Sek.ofKronor(2))));
    assertEquals("7", Formats.text(7));
  }
}
