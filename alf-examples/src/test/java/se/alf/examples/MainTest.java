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
    assertTrue(text.contains("    signed: 2017-03-23; in force from: unknown, not before "
        + "2017-03-23; status: unknown"), text);
    assertTrue(text.contains("    - Region Jönköpings län; healthcare region: Sydöstra "
        + "sjukvårdsregionen; bound to the RALF: unknown"), text);
    // seed 003: Halland in two healthcare regions, with its municipalities.
    assertTrue(text.contains("Region Halland"), text);
    assertTrue(text.contains("Region Gotland (today's name; no source for the name then)"),
        text);
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
    assertEquals(2, run("2017-02-30"));
    assertEquals("alf: date argument '2017-02-30' is not a date of the form YYYY-MM-DD\n",
        err().replace("\r\n", "\n"));
    assertEquals("", out());
  }

  @Test
  void tooManyArgumentsIsAnError() {
    assertEquals(2, run("2017-03-22", "x"));
    assertFalse(err().isEmpty());
    assertEquals(1, err().lines().count());
  }

  @Test
  void reportIsAPureFunctionOfTheDate() {
    LandscapeReport r = new LandscapeReport(AgreementLandscape.sweden());
    LocalDate d = LocalDate.of(2019, 1, 1);
    assertEquals(r.render(d), r.render(d));
    assertTrue(r.render(d).contains("Region Halland; ") || r.render(d).contains("Region Halland"));
    assertTrue(r.render(d).contains("Regions no RALF binds on 2019-01-01: "));
  }
}
