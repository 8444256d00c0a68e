package se.alf.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import se.alf.agreement.AgreementLandscape;

class MainTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-06-01T12:00:00Z"),
      ZoneOffset.UTC);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheLandscapeOnTheDayOfTheAffiliationAgreement() {
    assertEquals(0, run("2017-03-23"));
    String text = out();
    assertEquals("", err());
    assertTrue(text.startsWith("ALF agreement landscape on 2017-03-23\n"), text);
    // seed 001: national agreement signed 2014-09-11, in force 2015-01-01.
    assertTrue(text.contains("  signed: 2014-09-11; in force from: 2015-01-01; status: in force"),
        text);
    // seed 003 (2018 names hold in 2017 too): Stockholms läns landsting + KI.
    assertTrue(text.contains(
        "ALF region Stockholm: Stockholms läns landsting + Karolinska institutet"), text);
    // seed 001: RALF 2015-03-24; anknytningsavtal 2017-03-23 with Jönköping and Kalmar.
    assertTrue(text.contains("    signed: 2015-03-24;"), text);
    assertTrue(text.contains("    signed: 2017-03-23; in force from: unknown, between "
        + "2017-03-23 and 2018-10-24; status: unknown"), text);
    assertTrue(text.contains("    - Region Jönköpings län; healthcare region: Sydöstra "
        + "sjukvårdsregionen; bound to the RALF: unknown"), text);
    // seed 003: Halland in two healthcare regions, with its municipalities: southern Halland
    // (Halmstad, Laholm, Hylte) in Södra, the north (Falkenberg, Kungsbacka, Varberg) in Västra.
    // No RALF binds it, and its name is known only from seed 003 (2018-10-24) on.
    assertTrue(text.contains("\n  - Region Halland (today's name; no source gives the name on"
        + " 2017-03-23); healthcare region: Södra sjukvårdsregionen (Halmstad, Laholm, Hylte)"
        + " and Västra sjukvårdsregionen (Falkenberg, Kungsbacka, Varberg)\n"), text);
    assertTrue(text.contains("\n  - Region Gotland (today's name; no source gives the name on"
        + " 2017-03-23); healthcare region: Stockholms sjukvårdsregion\n"), text);
    assertFalse(text.contains("no source for the name then"), text);
    // The RALFs no source dates and none describes as current, once, at the end.
    assertTrue(text.endsWith("\nKnown unknowns (no source dates them and none describes them as"
        + " current, so whether they are in force is not known on any date):\n"
        + "  - ralf-vastra-gotaland\n  - ralf-uppsala\n  - ralf-orebro\n"), text);
  }

  @Test
  void todaysNamesAreMarkedEverywhereIncludingTheNationalParties() {
    // No source gives any region's name in 1900: every region shows today's name, marked, in the
    // national agreement's parties as in the ALF regions' lines.
    assertEquals(0, run("1900-01-01"));
    String text = out();
    String m = " (today's name; no source gives the name on 1900-01-01)";
    assertTrue(text.contains("\n  parties: svenska staten, Region Stockholm" + m
        + ", Västra Götalandsregionen" + m + ", Region Skåne" + m + ", Region Uppsala" + m
        + ", Region Västerbotten" + m + ", Region Östergötland" + m + ", Region Örebro län" + m
        + "\n"), text);
    assertTrue(text.contains("\nALF region Stockholm: Region Stockholm" + m
        + " + Karolinska institutet\n"), text);
    // Where a source gives the name, it is shown unmarked: the 2014 names on the signing day.
    assertEquals(0, run("2014-09-11"));
    assertTrue(out().contains("\n  parties: svenska staten, Stockholms läns landsting,"
        + " Västra Götalandsregionen, Region Skåne, Landstinget i Uppsala län,"
        + " Västerbottens läns landsting, Landstinget i Östergötland, Örebro läns landsting\n"),
        out());
  }

  @Test
  void theDayBeforeJonkopingIsNotBound() {
    assertEquals(0, run("2017-03-22"));
    assertTrue(out().contains("    - Region Jönköpings län; healthcare region: Sydöstra "
        + "sjukvårdsregionen; bound to the RALF: no"), out());
  }

  @Test
  void defaultsToToday() {
    assertEquals(0, run());
    assertTrue(out().startsWith("ALF agreement landscape on 2020-06-01\n"), out());
    assertTrue(out().contains("ALF region Stockholm: Region Stockholm + Karolinska institutet"));
  }

  @Test
  void badDateIsOneLineNamingItWithStatus2() {
    // alf DATE is alf landscape DATE, with the landscape command's message.
    assertEquals(2, run("2017-02-30"));
    assertEquals("alf: landscape: DATE must be a date like 2027-01-01, was '2017-02-30'\n",
        err().replace("\r\n", "\n"));
    assertEquals("", out());
  }

  @Test
  void aDateFirstTakesTheLandscapeOptions() {
    assertEquals(0, run("2017-03-23", "--format", "csv"));
    assertTrue(out().startsWith("ALF region,kind,agreement,title,parties,signed,in force from,"
        + "status,source\r\n,national,alf-2014,"), out());
  }

  @Test
  void tooManyArgumentsIsAnError() {
    assertEquals(2, run("2017-03-22", "x"));
    // picocli counts the arguments: DATE is optional, so the second is one too many.
    assertEquals("alf: landscape: expected [DATE], got 2 arguments: 'x' is too many"
        + " (alf landscape --help)\n", err().replace("\r\n", "\n"));
    assertEquals("", out());
  }

  @Test
  void reportIsAPureFunctionOfTheDate() {
    LandscapeReport r = new LandscapeReport(AgreementLandscape.sweden());
    LocalDate d = LocalDate.of(2019, 1, 1);
    // Two reports of equal landscapes render the same text: nothing but the date enters.
    String text = new LandscapeReport(AgreementLandscape.sweden()).render(d);
    assertEquals(text, r.render(d));
    // Seed 003 names Region Halland (from 2018-10-24); no RALF binds it in 2019.
    int unbound = text.indexOf("\nRegions no RALF binds on 2019-01-01:\n");
    assertTrue(unbound > 0, text);
    assertTrue(text.substring(unbound).contains("\n  - Region Halland; healthcare region:"
        + " Södra sjukvårdsregionen (Halmstad, Laholm, Hylte) and Västra sjukvårdsregionen"
        + " (Falkenberg, Kungsbacka, Varberg)\n"), text);
    assertFalse(text.contains("today's name"), text);
  }
}
