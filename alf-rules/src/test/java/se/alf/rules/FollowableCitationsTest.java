package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.alf.agreement.AgreementLandscape;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.research.ResearchProject;
import se.alf.research.ResearchProjects;
import se.alf.rules.compare.Comparison;
import se.alf.rules.param.Parameter;
import se.alf.rules.reform.Reforms;
import se.alf.rules.reform.VasterbottenResponse;
import se.alf.rules.report.Detail;
import se.alf.rules.report.Format;
import se.alf.rules.spi.Statement;
import se.alf.source.Citation;
import se.alf.source.Document;

/**
 * Issue 7 §5: every citation a user sees names a document they can find (publisher, title, date,
 * address), never a file of the project: no "seed 000_…", no "facts.md", nothing under "shared/".
 * The seed file name may appear only in a full reference, marked as "seed file".
 */
class FollowableCitationsTest {

  /** A seed file's name, e.g. 000_13ed2d48ae91e5ee.txt. */
  private static final Pattern SEED_FILE = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");

  private static final Year[] YEARS = {Year.of(2015), Year.of(2019), Year.of(2026),
      Year.of(2027), Year.of(2030)};

  private final List<String> failures = new ArrayList<>();

  @Test
  void noCitationOfAnyRuleSetParameterStatementInputVerdictOrFindingNamesAProjectFile() {
    Scenario published = Scenarios.published();
    // vasterbotten-2024 runs from 2026 only with the caller's supplement
    Scenario withSupplement = VasterbottenResponse.withSupplement(published,
        Sek.ofKronor(10_000_000));
    for (Parameter<?> p : published.inputs().list()) {
      p.timeline().values().forEach(v -> citation("input " + p.key().id(), v.citation()));
    }
    for (RuleSet rs : ruleSets().values()) {
      String id = rs.id();
      citation(id + " source", rs.source());
      for (Parameter<?> p : rs.parameters().list()) {
        p.timeline().values().forEach(v -> citation(id + " " + p.key().id(), v.citation()));
      }
      for (Statement s : rs.statements()) {
        citation(id + " statement " + s.id(), s.citation());
        text(id + " statement " + s.id(), s.text());
      }
      for (Year y : YEARS) {
        Allocation a = rs.allocate(withSupplement, y);
        for (AlfRegion r : AlfRegion.values()) {
          text(id + " " + y + " explanation " + r, a.explainText(r));
        }
        a.assumptions().forEach(x -> citation(id + " " + y + " assumption " + x.id(),
            x.citation()));
        for (ResearchProject project : ResearchProjects.all()) {
          Verdict v = rs.classify(project, y);
          text(id + " " + y + " verdict " + project.title(), v.explainText());
          v.conditions().forEach(c -> citation(id + " " + y + " condition " + c.id(),
              c.citation()));
        }
        for (Finding f : rs.validate(withSupplement, y)) {
          text(id + " " + y + " finding", f.render());
          citation(id + " " + y + " finding " + f.check(), f.citation());
        }
        for (Finding f : rs.validate(AgreementLandscape.sweden(), LocalDate.of(y.getValue(), 6,
            1))) {
          text(id + " " + y + " landscape finding", f.render());
          citation(id + " " + y + " landscape finding " + f.check(), f.citation());
        }
      }
    }
    Comparison c = Comparison.of(RuleSets.proposal2024(), Reforms.vasterbotten())
        .withProjects(ResearchProjects.all()).over(withSupplement, Year.of(2026), Year.of(2028));
    for (Format f : Format.values()) {
      text("comparison " + f, f.render(c, Detail.FULL));
    }
    assertTrue(failures.isEmpty(), failures.size() + " citation(s) name a project file:\n"
        + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
  }

  @Test
  void everyDocumentAComparisonListsHasATitleAndAPublisherAndEndsItsOutput() {
    Scenario s = VasterbottenResponse.withSupplement(Scenarios.published(),
        Sek.ofKronor(10_000_000));
    // the full detail ends with the sources (the summary, toTable(), lists none)
    String text = Format.TEXT.render(Comparison.of(RuleSets.proposal2024(), Reforms.vasterbotten())
        .over(s, Year.of(2027)), Detail.FULL);
    String sources = text.substring(text.lastIndexOf("\nSources ("));
    // pm-2024 rests on the memorandum as restated by Region Västerbotten's response, whose
    // assumptions cite the 2014 agreement and the LiU–Region Östergötland slides too
    for (Document d : new Document[] {Document.PM_2024, Document.VASTERBOTTEN_RESPONSE}) {
      assertTrue(sources.contains("  " + d.shortName() + ": " + d.publisher() + ": " + d.title()),
          sources);
    }
    // each full reference once
    for (Document d : Document.values()) {
      int first = sources.indexOf("  " + d.shortName() + ": ");
      assertTrue(first < 0 || sources.indexOf("  " + d.shortName() + ": ", first + 1) < 0,
          sources);
    }
    assertTrue(sources.contains("[seed file 000_13ed2d48ae91e5ee.txt]"), sources);
  }

  private static Map<String, RuleSet> ruleSets() {
    Map<String, RuleSet> all = new LinkedHashMap<>(RuleSets.all());
    Reforms.all().forEach(all::putIfAbsent);
    return all;
  }

  private void citation(String where, Citation c) {
    text(where + " (render)", c.render());
    c.note().ifPresent(n -> text(where + " (note)", n));
    text(where + " (reference)", c.reference());
    for (Document d : c.documents()) {
      if (d.title().isBlank() || d.publisher().isBlank()) {
        failures.add(where + ": " + d + " has no title or publisher");
      }
    }
  }

  private void text(String where, String shown) {
    // a full reference may name the seed file, marked as such, as a secondary locator only
    String text = shown.replaceAll("\\[seed file " + SEED_FILE + "\\]", "");
    if (text.contains("seed 0") || text.contains("facts.md") || text.contains("shared/")
        || SEED_FILE.matcher(text).find()) {
      failures.add(where + ": " + shown);
    }
  }

  @Test
  void theCheckItselfCatchesTheOldForms() {
    // what main printed before the fix: a seed file in brackets, facts.md as a document
    text("old pm", "PM U2024/01035 6.1.2 [seed 000_13ed2d48ae91e5ee.txt]");
    text("old facts", "facts.md § 2.7");
    text("old data", "(shared/domain/data/minimum_hst.csv)");
    text("old seed", "seed 001_5fd3045e73aeef0c.txt slide 1");
    assertTrue(failures.size() == 4, failures.toString());
    failures.clear();
    text("new", Citation.pm2024("6.1.2").render());
    assertFalse(!failures.isEmpty(), failures.toString());
  }
}
