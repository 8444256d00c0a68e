package se.alf.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CitationTest {

  @Test
  void rendersTheShortForm() {
    assertEquals("ALF 2014 § 9", Citation.alf2014("§ 9").render());
    assertEquals("ALF 2014 § 9", Citation.of("ALF 2014", "§ 9").render());
    // the memorandum as restated in Region Västerbotten's response: document, section, then the
    // document that restates it, by the name a reader can look up (never the seed file)
    assertEquals("PM U2024/01035 6.1.2 (Region Västerbotten, remissvar)",
        Citation.pm2024("6.1.2").render());
    // a seed citation names the document held in the seed file, once
    assertEquals("LiU–Region Östergötland slides, slide 1",
        Citation.seed("001_5fd3045e73aeef0c.txt", "slide 1").render());
    assertEquals("Framtidens vårdkompetens, PM 2018-10-24, table",
        Citation.of(Document.HEALTHCARE_REGIONS_MEMO, "table").render());
    // a web page: the document only; the address is kept but not rendered
    Citation web = Citation.web("Socialstyrelsen, USV", "https://www.socialstyrelsen.se/");
    assertEquals("Socialstyrelsen, USV", web.render());
    assertEquals(Optional.of("https://www.socialstyrelsen.se/"), web.url());
    // document alone; document with a seed but no section; a note is never rendered
    assertEquals("ALF 2014", Citation.builder().document("ALF 2014").build().render());
    assertEquals("ALF 2014 (Framtidens vårdkompetens, PM 2018-10-24)", Citation.builder()
        .document("ALF 2014").seedFile(Sources.SEED_HEALTHCARE_REGIONS).build().render());
    assertEquals("ALF 2014 § 9", Citation.alf2014("§ 9").withNote("read from table 1").render());
  }

  @Test
  void factoriesFillTheParts() {
    Citation pm = Citation.pm2024("6.1.2");
    assertEquals("PM U2024/01035", pm.document());
    assertEquals(Optional.of("6.1.2"), pm.section());
    assertEquals(Optional.of("000_13ed2d48ae91e5ee.txt"), pm.seedFile());
    assertEquals(Optional.empty(), pm.url());
    assertEquals(Optional.empty(), pm.note());
    Citation seed = Citation.seed("001_5fd3045e73aeef0c.txt", "slide 1");
    assertEquals("LiU–Region Östergötland slides", seed.document());
    assertEquals(Optional.of("001_5fd3045e73aeef0c.txt"), seed.seedFile());
    assertEquals(Optional.empty(), Citation.alf2014("§ 9").seedFile());
  }

  @Test
  void theFullReferenceNamesPublisherTitleDateAndSeedFile() {
    // The memorandum (no reachable copy: no URL, no seed file) as restated in the response
    // (undated: no date; held in seed file 000).
    Citation pm = Citation.pm2024("7.2");
    assertEquals(java.util.List.of(Document.PM_2024, Document.VASTERBOTTEN_RESPONSE),
        pm.documents());
    assertEquals("PM U2024/01035 7.2 (Region Västerbotten, remissvar) — "
        + "Regeringskansliet; author Bertil Lindahl: Hållbar och högkvalitativ läkarutbildning "
        + "och klinisk forskning – förslag till ett reviderat ALF-avtal (promemoria U2024/01035), "
        + "2024-04-04; "
        + "Region Västerbotten: Remissvar: Hållbar och högkvalitativ läkarutbildning och klinisk "
        + "forskning – förslag till ett reviderat ALF-avtal, promemoria U2024/01035 "
        + "[seed file 000_13ed2d48ae91e5ee.txt]", pm.reference());
    // a web page: short form and address, no listed document
    Citation web = Citation.web("Läkartidningen 2021-12", "https://lakartidningen.se/x");
    assertEquals(java.util.List.of(), web.documents());
    assertEquals("Läkartidningen 2021-12 <https://lakartidningen.se/x>", web.reference());
  }

  @Test
  void everyListedDocumentHasATitleAndAPublisherAndIsFoundByItsNames() {
    for (Document d : Document.values()) {
      assertFalse(d.title().isBlank(), d + " has a title");
      assertFalse(d.publisher().isBlank(), d + " has a publisher");
      assertFalse(d.shortName().isBlank(), d + " has a short name");
      assertEquals(Optional.of(d), Document.byShortName(d.shortName()));
      d.seedFile().ifPresent(f -> assertEquals(Optional.of(d), Document.bySeedFile(f)));
      assertTrue(d.reference().startsWith(d.publisher() + ": " + d.title()), d.reference());
      assertFalse(d.reference().contains("facts.md") || d.reference().contains("shared/"),
          d.reference());
    }
    // the five seed files, each held by one document
    assertEquals(5, java.util.Arrays.stream(Document.values())
        .filter(d -> d.seedFile().isPresent()).count());
    assertEquals(Optional.of(Document.USV_APPENDIX),
        Document.bySeedFile(Sources.SEED_USV_APPENDIX));
  }

  @Test
  void refusesAFileNameAsTheDocument() {
    // issue 7 §5: a citation names a document a user can find, not a file of the project
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Citation.of("seed 001_5fd3045e73aeef0c.txt", "slide 1"));
    assertTrue(e.getMessage().contains("'seed 001_5fd3045e73aeef0c.txt' is a file name"),
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Citation.of("facts.md", "§ 2.7"));
    assertThrows(IllegalArgumentException.class,
        () -> Citation.builder().document("003_3f344534afb64a8d.txt").build());
    e = assertThrows(IllegalArgumentException.class,
        () -> Citation.alf2014("§ 9").withSeedFile("999_unknown.txt"));
    assertTrue(e.getMessage().contains("'999_unknown.txt' of ALF 2014 is not one of the listed"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Citation.seed("999_unknown.txt", "p. 1"));
    assertTrue(e.getMessage().contains("'999_unknown.txt' is not one of the listed documents"),
        e.getMessage());
  }

  @Test
  void rejectsBlankDocumentAndSection() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Citation.builder().document(" ").build());
    assertTrue(e.getMessage().contains("document must not be blank"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Citation.builder().document("").build());
    e = assertThrows(IllegalArgumentException.class, () -> Citation.of("ALF 2014", " "));
    assertTrue(e.getMessage().contains("section of ALF 2014 must not be blank"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Citation.alf2014(""));
    // copies are checked too
    assertThrows(IllegalArgumentException.class, () -> Citation.alf2014("§ 9").withSection("\t"));
    assertThrows(IllegalArgumentException.class, () -> Citation.alf2014("§ 9").withDocument(""));
    // the document is required
    assertThrows(IllegalStateException.class, () -> Citation.builder().section("§ 9").build());
  }

  @Test
  void withCopiesChangeOnePart() {
    Citation c9 = Citation.alf2014("§ 9");
    Citation c7 = c9.withSection("§ 7");
    assertEquals("ALF 2014 § 7", c7.render());
    assertEquals("ALF 2014 § 9", c9.render());
    assertEquals(Citation.alf2014("§ 7"), c7);
    Citation noted = c9.withNote("the fixed amount per full-year student");
    assertEquals(Optional.of("the fixed amount per full-year student"), noted.note());
    assertEquals(Optional.empty(), c9.note());
    assertEquals(c9, noted.withNote(Optional.empty()));
    assertEquals("PM U2024/01035 6.1.2 (Region Västerbotten, remissvar)",
        Citation.of(Sources.PM_2024, "6.1.2").withSeedFile(Sources.SEED_VASTERBOTTEN_RESPONSE)
            .render());
    assertEquals("ALF 2014", c9.withSection(Optional.empty()).render());
    assertEquals(Optional.of("https://example.org/"), c9.withUrl("https://example.org/").url());
    assertEquals("PM U2024/01035 § 9", c9.withDocument(Sources.PM_2024).render());
    // an unchanged copy is the same object
    assertSame(c9, c9.withSection("§ 9"));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Citation.alf2014("§ 9"), Citation.of("ALF 2014", "§ 9"),
            Citation.builder().document("ALF 2014").section("§ 9").build(),
            Citation.alf2014("§ 7").withSection("§ 9"))
        .addEqualityGroup(Citation.alf2014("§ 7"))
        .addEqualityGroup(Citation.alf2014("§ 9").withNote("n"))
        .addEqualityGroup(Citation.alf2014("§ 9").withUrl("https://example.org/"))
        .addEqualityGroup(Citation.builder().document("ALF 2014").build())
        .addEqualityGroup(Citation.pm2024("6.1.2"),
            Citation.builder().from(Citation.of(Sources.PM_2024, "6.1.2"))
                .seedFile("000_13ed2d48ae91e5ee.txt").build())
        .addEqualityGroup(Citation.of(Sources.PM_2024, "6.1.2"))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(String.class, "x")
        .setDefault(Citation.class, Citation.alf2014("§ 9"));
    tester.testAllPublicStaticMethods(Citation.class);
    tester.testAllPublicInstanceMethods(Citation.pm2024("6.1.2"));
    tester.testAllPublicInstanceMethods(Citation.builder());
  }
}
