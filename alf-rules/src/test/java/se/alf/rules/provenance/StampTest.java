package se.alf.rules.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.research.ResearchProjects;
import se.alf.rules.Allocation;
import se.alf.rules.Keys;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.compare.Comparison;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;
import se.alf.rules.param.Setting;
import se.alf.rules.reform.Reform;
import se.alf.source.Citation;
import se.alf.time.DatedValue;

class StampTest {

  private static final RuleSet PROPOSAL = RuleSets.proposal2024();
  private static final Scenario PUBLISHED = Scenarios.published();
  private static final Citation TEST = Citation.of("test", "stamp");

  /** The published scenario with the caller's research appropriation of {@code ore} in 2027. */
  private static Scenario appropriation(long ore) {
    return PUBLISHED.with("mine", Parameters.builder()
        .putYears(Keys.RESEARCH_APPROPRIATION, Year.of(2027), Year.of(2027), Sek.ofOre(ore),
            Basis.INPUT, TEST).build());
  }

  @Test
  void aTinyCanonicalTextHashesToTheSha256ComputedByHand() {
    ParameterRead rate = ParameterRead.of(Keys.RESEARCH_APPROPRIATION, DatedValue.from(
        LocalDate.of(2016, 1, 1), Setting.of(Sek.ofKronor(1_750_000_000), Basis.ASSUMPTION),
        TEST), false);
    ParameterRead students = ParameterRead.of(Keys.ACTUAL_HST.of(AlfRegion.OREBRO),
        DatedValue.between(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1),
            Setting.of(FullYearStudents.of(Ratio.of(9600, 11)), Basis.INPUT), TEST), true);
    // Read in the other order: the lines are sorted, so the text is the same.
    Stamp.Builder b = Stamp.builder().ruleSet("alf-2014").year(Year.of(2027))
        .reads(List.of(rate, students));
    String text = "alf-stamp 1\n"
        + "rule-set\talf-2014\n"
        + "read\tactual-hst[orebro]\t2027-01-01\t2028-01-01\t9600/11 HST\n"
        + "read\tresearch.appropriation\t2016-01-01\topen\t175000000000 ore\n"
        + "year\t2027\n";
    assertEquals(text, b.canonicalText());
    // printf 'alf-stamp 1\nrule-set\talf-2014\nread\tactual-hst[orebro]\t2027-01-01\t2028-01-01\t
    // 9600/11 HST\nread\tresearch.appropriation\t2016-01-01\topen\t175000000000 ore\nyear\t2027
    // \n' | sha256sum   (one line, without the breaks of this comment)
    String byHand = "ec8315776c97fe800abc6efb2d383b7d37ee7e6cbf24a4bfa20028f45c3d1a5b";
    Stamp s = b.build();
    assertEquals(byHand, s.sha256());
    assertEquals(byHand, Stamp.builder().ruleSet("alf-2014").reads(List.of(students, rate))
        .reads(List.of(rate)).year(Year.of(2027)).build().sha256());
    // One assumption, one input: each counted once though read twice.
    assertEquals(new Provenance(0, 0, 1, 1), s.provenance());
    assertEquals("Stamp: alf " + s.libraryVersion() + " · alf-2014 · sha256 " + byHand, s.line());
  }

  @Test
  void theVersionIsTheProjectsAsMavenWroteItNeverUnknown() throws IOException {
    // kit.properties is a test resource Maven filters with ${project.version}: another path to
    // the same version than the one Stamp reads (the manifest, or version.properties).
    Properties kit = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/se/alf/rules/contract/kit.properties")) {
      kit.load(in);
    }
    String version = kit.getProperty("version");
    assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version);
    assertEquals(version, Stamp.alfVersion());
    assertEquals(version, PROPOSAL.allocate(PUBLISHED, Year.of(2027)).stamp().libraryVersion());
  }

  @Test
  void theSameScenarioGivesTheSameStampLazyOrEager() {
    Allocation lazy = PROPOSAL.allocate(PUBLISHED, Year.of(2027));
    Allocation eager = RuleSets.byId("pm-2024").allocateExplained(Scenarios.published(),
        Year.of(2027));
    assertEquals(lazy.stamp(), eager.stamp());
    assertEquals(ImmutableList.of("pm-2024"), lazy.stamp().ruleSetIds());
    // The stamp's counts are the allocation's provenance.
    assertEquals(Provenance.of(lazy), lazy.stamp().provenance());
    Comparison c = Comparison.of(RuleSets.alf2014(), PROPOSAL).withProjects(ResearchProjects.all())
        .over(PUBLISHED, Year.of(2026), Year.of(2027));
    Comparison again = Comparison.of(RuleSets.alf2014(), PROPOSAL)
        .withProjects(ResearchProjects.all()).over(Scenarios.published(), Year.of(2026),
            Year.of(2027));
    assertEquals(c.stamp(), again.stamp());
    assertEquals(ImmutableList.of("alf-2014", "pm-2024"), c.stamp().ruleSetIds());
  }

  @Test
  void aChangedInputValueChangesTheHash() {
    // By construction: the caller's appropriation for 2027 is a value the allocation reads, so
    // one öre more gives another read line, another canonical text and (SHA-256) another hash;
    // the same value twice gives the same.
    qt().withExamples(200).forAll(longs().between(0, 3_000_000_000_00L)).checkAssert(ore -> {
      Stamp s = PROPOSAL.allocate(appropriation(ore), Year.of(2027)).stamp();
      assertEquals(s, PROPOSAL.allocate(appropriation(ore), Year.of(2027)).stamp());
      assertNotEquals(s.sha256(),
          PROPOSAL.allocate(appropriation(ore + 1), Year.of(2027)).stamp().sha256());
    });
    // The caller's value replaces an assumption: one input more, one assumption fewer.
    Provenance mine = PROPOSAL.allocate(appropriation(1), Year.of(2027)).stamp().provenance();
    Provenance theirs = PROPOSAL.allocate(PUBLISHED, Year.of(2027)).stamp().provenance();
    assertEquals(theirs.inputs() + 1, mine.inputs());
    assertEquals(theirs.assumptions() - 1, mine.assumptions());
  }

  @Test
  void aChangedRuleSetChangesTheHash() {
    Year y = Year.of(2027);
    // Another rule set id is another "rule-set" line.
    assertNotEquals(RuleSets.alf2014().allocate(PUBLISHED, y).stamp().sha256(),
        PROPOSAL.allocate(PUBLISHED, y).stamp().sha256());
    // A reform of it: another id, and one value the rules read changed (term 12 from 2028).
    RuleSet later = Reform.of(PROPOSAL).id("pm-2024-term-12-later").title("term 12 later")
        .citation(TEST).set(Keys.TERM_12_FROM, Year.of(2015), Year.of(2028), Basis.ASSUMPTION,
            TEST).build();
    assertNotEquals(PROPOSAL.allocate(PUBLISHED, y).stamp().sha256(),
        later.allocate(PUBLISHED, y).stamp().sha256());
    // The order of a comparison's rule sets is part of it: right − left changes sign.
    assertNotEquals(Comparison.of(RuleSets.alf2014(), PROPOSAL).over(PUBLISHED, y).stamp(),
        Comparison.of(PROPOSAL, RuleSets.alf2014()).over(PUBLISHED, y).stamp());
  }

  @Test
  void aChangedYearOrYearRangeChangesTheHash() {
    // Each year computed is a "year" line, so one year more or another year is another text.
    assertNotEquals(PROPOSAL.allocate(PUBLISHED, Year.of(2028)).stamp().sha256(),
        PROPOSAL.allocate(PUBLISHED, Year.of(2029)).stamp().sha256());
    Comparison.Between b = Comparison.of(RuleSets.alf2014(), PROPOSAL);
    assertNotEquals(b.over(PUBLISHED, Year.of(2026), Year.of(2027)).stamp().sha256(),
        b.over(PUBLISHED, Year.of(2026), Year.of(2028)).stamp().sha256());
    // The projects classified are inputs of a comparison too.
    assertNotEquals(b.over(PUBLISHED, Year.of(2027)).stamp().sha256(),
        b.withProjects(ResearchProjects.all()).over(PUBLISHED, Year.of(2027)).stamp().sha256());
  }

  @Test
  void refusesWhatIsNotAStamp() {
    Provenance none = new Provenance(0, 0, 0, 0);
    String hex = "0".repeat(64);
    assertEquals("stamp: ruleSetIds must name at least one rule set",
        assertThrows(IllegalArgumentException.class,
            () -> new Stamp("0.1", ImmutableList.of(), hex, none)).getMessage());
    assertEquals("stamp: sha256 must be 64 lower-case hex digits, was 'ABC'",
        assertThrows(IllegalArgumentException.class,
            () -> new Stamp("0.1", ImmutableList.of("x"), "ABC", none)).getMessage());
    assertEquals("stamp: libraryVersion must not be blank; say 'unknown'",
        assertThrows(IllegalArgumentException.class,
            () -> new Stamp(" ", ImmutableList.of("x"), hex, none)).getMessage());
    assertEquals("Stamp: alf version unknown · x · sha256 " + hex,
        new Stamp(Stamp.UNKNOWN_VERSION, ImmutableList.of("x"), hex, none).line());
  }
}
