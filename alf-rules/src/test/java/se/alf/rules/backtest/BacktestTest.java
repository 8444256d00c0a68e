package se.alf.rules.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;

class BacktestTest {

  private static final RuleSet ALF_2014 = RuleSets.byId("alf-2014");
  private static final Backtest B = Backtest.run(ALF_2014, Scenarios.published());

  private static Backtest.Row row(Optional<AlfRegion> region, int year, Measure m) {
    return B.rows().stream().filter(r -> r.actual().region().equals(region)
        && r.actual().year().equals(Year.of(year)) && r.actual().measure() == m)
        .findFirst().orElseThrow();
  }

  @Test
  void national2021EducationByHand() {
    // UKÄ 2021, education: 789 690 tkr = 789 690 000 kr. Model: the 2014 rule set pays the
    // compensated students, min(actual, minimum): Örebro min(800, 715) = 715, the others their
    // minimum: 2130 + 1404 + 1420 + 1226 + 1275 + 968 + 715 = 9138 HST × 79 547 kr
    // = 726 900 486 kr. Difference −62 789 514 kr; −62 789 514 / 789 690 000 × 100
    // = −7.951… → −8.0 %.
    Backtest.Row r = row(Optional.empty(), 2021, Measure.EDUCATION);
    assertEquals(Sek.ofKronor(789_690_000L), r.actual().amount());
    assertEquals(Sek.ofKronor(726_900_486L), r.model());
    assertEquals(Sek.ofKronor(-62_789_514L), r.difference());
    assertEquals(new BigDecimal("-8.0"), r.percentage());
    assertTrue(r.restsOnAssumptions());
  }

  @Test
  void meanAbsoluteErrorOfEducationByHand() {
    // |model − published| of the eight education rows, model 726 900 486 nationally, 77 001 496
    // for Östergötland (968 × 79 547) and 111 683 988 for Västra Götaland (1404 × 79 547):
    // 2017 21 310 486; 2018 18 846 514; 2019 27 153 514; 2020 49 570 514; 2021 62 789 514;
    // Östergötland 2020 86 000 000 − 77 001 496 = 8 998 504; VGR 2024 3 683 988; VGR 2025
    // 683 988. Sum 193 037 022 / 8 = 24 129 627,75 kr.
    assertEquals(Optional.of(Sek.ofOre(2_412_962_775L)), B.meanAbsoluteError(Measure.EDUCATION));
    assertEquals(8, B.rows().stream().filter(r -> r.actual().measure() == Measure.EDUCATION)
        .count());
  }

  @Test
  void everyActualInTheDataFileIsComparedOrListedAsSkipped() throws IOException {
    long dataRows;
    try (var in = PublishedActuals.class.getResourceAsStream(PublishedActuals.RESOURCE)) {
      dataRows = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines().skip(1).filter(l -> !l.isEmpty()).count();
    }
    assertEquals(dataRows, B.rows().size() + B.skipped().size());
    assertEquals(dataRows, PublishedActuals.all().size());
    // alf-2014 begins in 2015, the earliest year in the file: nothing is skipped.
    assertTrue(B.skipped().isEmpty());
  }

  @Test
  void thePublishedFiguresComeFromTheDataNotFromTheCode() throws IOException {
    // Change one figure in a copy of the data: the backtest follows the data.
    List<String> lines = new ArrayList<>();
    try (var in = PublishedActuals.class.getResourceAsStream(PublishedActuals.RESOURCE)) {
      new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .forEach(lines::add);
    }
    List<String> changed = lines.stream()
        .map(l -> l.startsWith("national,2021,education,789690000,")
            ? l.replace(",789690000,", ",1000000000,") : l).toList();
    assertFalse(changed.equals(lines), "the 2021 education row is in the data");
    Backtest b = Backtest.run(ALF_2014, Scenarios.published(), PublishedActuals.parse(changed));
    Backtest.Row r = b.rows().stream().filter(x -> x.actual().region().isEmpty()
        && x.actual().year().equals(Year.of(2021)) && x.actual().measure() == Measure.EDUCATION)
        .findFirst().orElseThrow();
    assertEquals(Sek.ofKronor(1_000_000_000L), r.actual().amount());
    // And no published amount is written in the backtest's code.
    try (Stream<Path> files = Files.list(Path.of("src/main/java/se/alf/rules/backtest"))) {
      for (Path f : files.toList()) {
        String code = Files.readString(f);
        for (String figure : List.of("789690", "789 690", "789_690", "2719084", "232000000",
            "232_000_000", "108_000_000", "108000000", "1929394", "1_929_394")) {
          assertFalse(code.contains(figure), f + " contains " + figure);
        }
      }
    }
  }

  @Test
  void aBadDataRowIsRefusedNamingLineFieldAndValue() {
    String header = "scope,year,line,amount_sek,as_published,source,url,caveat";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PublishedActuals.parse(List.of(header, "national,2021,education,128 490,x,s,u,")));
    assertEquals("published_actuals.csv line 2 amount_sek: '128 490' is not a whole number of"
        + " kronor (digits only)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> PublishedActuals.parse(List.of(header, "gotland,2021,education,1,x,s,u,")));
    assertTrue(e.getMessage().startsWith("published_actuals.csv line 2 scope: 'gotland'"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> PublishedActuals.parse(List.of(header, "national,2021,salary,1,x,s,u,")));
    assertTrue(e.getMessage().contains("'salary' is not a measure"), e.getMessage());
  }

  @Test
  void anActualBeforeTheRuleSetsFirstYearIsSkippedNotDropped() {
    String header = "scope,year,line,amount_sek,as_published,source,url,caveat";
    Backtest b = Backtest.run(ALF_2014, Scenarios.published(), PublishedActuals.parse(List.of(
        header, "national,2014,total,2200000000,\"drygt 2,2 miljarder\",s,u,",
        "orebro,2015,research,35000000,35 miljoner,s,u,")));
    assertEquals(1, b.skipped().size());
    assertEquals(Year.of(2014), b.skipped().get(0).year());
    assertEquals(1, b.rows().size());
  }

  @Test
  void quotedFieldsKeepTheirCommas() {
    assertEquals(List.of("a", "b, c", "d \"e\"", ""),
        PublishedActuals.fields("a,\"b, c\",\"d \"\"e\"\"\",", "t"));
  }

  @Test
  void provenanceCountsTheModelsReads() {
    assertTrue(B.provenance().assumptions() > 0);
    assertTrue(B.provenance().agreementOrPublished() > 0);
    assertEquals(0, B.provenance().inputs());
  }
}
