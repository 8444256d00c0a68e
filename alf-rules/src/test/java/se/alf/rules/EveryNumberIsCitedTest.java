package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameter;
import se.alf.rules.param.Parameters;
import se.alf.rules.reform.Reforms;
import se.alf.source.Citation;
import se.alf.time.DatedValue;

/**
 * Issue 10 §4: every number has a source. Every dated value of every parameter of every shipped
 * rule set (those {@link RuleSets} finds and the {@link Reforms}) and every input of the published
 * scenario cites a document and where in it: a section (agreement text, a published figure, or
 * the labelled assumption that says why no figure is published), or, for a web page without
 * sections (a news item, an agency's page), the page's address with the passage it rests on
 * quoted or described in the citation's note. The build fails otherwise.
 */
class EveryNumberIsCitedTest {

  /**
   * Returns one line per value of {@code parameters} whose citation names no document, or no
   * place in it (a section, or a page's address with the passage in the note): owner, key id,
   * dates and what the citation says.
   */
  static List<String> uncited(String owner, Parameters parameters) {
    List<String> problems = new ArrayList<>();
    for (Parameter<?> p : parameters.list()) {
      for (DatedValue<?> v : p.timeline().values()) {
        Citation c = v.citation();
        boolean section = c.section().filter(s -> !s.isBlank()).isPresent();
        boolean page = c.url().filter(u -> !u.isBlank()).isPresent()
            && c.note().filter(n -> !n.isBlank()).isPresent();
        if (c.document().isBlank() || !(section || page)) {
          problems.add(owner + ": " + p.key().id() + " " + v.rangeText() + " cites '"
              + c.render() + "', which names no " + (c.document().isBlank() ? "document"
              : "section of it, nor a page with the passage quoted"));
        }
      }
    }
    return problems;
  }

  @Test
  void everyParameterOfEveryShippedRuleSetAndThePublishedScenarioIsCited() {
    Map<String, RuleSet> shipped = new LinkedHashMap<>(RuleSets.all());
    Reforms.all().forEach(shipped::putIfAbsent);
    // The four rule sets this library ships: the agreement, the proposal and two responses.
    assertEquals(4, shipped.size(), shipped.keySet().toString());
    List<String> problems = new ArrayList<>();
    int values = 0;
    for (RuleSet rs : shipped.values()) {
      problems.addAll(uncited(rs.id(), rs.parameters()));
      values += count(rs.parameters());
    }
    Parameters published = Scenarios.published().inputs();
    problems.addAll(uncited("scenario published", published));
    values += count(published);
    assertTrue(values > 100, "checked only " + values + " values");
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  @Test
  void theCheckerRejectsAValueCitedWithoutASectionOrQuotedPage() {
    // Built by hand: a value cited by document only; a page without the passage it rests on; a
    // value cited with a section and one by a page with its passage quoted: the first two fail.
    Citation page = Citation.web("Some agency", "https://example.org/alf");
    Parameters mine = Parameters.builder()
        .putYears(Keys.RESEARCH_APPROPRIATION, Year.of(2015), Year.of(2015),
            Sek.ofKronor(1_700_000_000), Basis.PUBLISHED,
            Citation.builder().document("Some agency").build())
        .putFrom(Keys.RESEARCH_APPROPRIATION, Year.of(2016), Sek.ofKronor(1_750_000_000),
            Basis.PUBLISHED, page)
        .putFrom(Keys.EDUCATION_RATE, Year.of(2021), Sek.ofKronor(79_547), Basis.PUBLISHED,
            Citation.of("Some report", "table 3"))
        .putFrom(Keys.RAISED_EDUCATION_RATE, Year.of(2026), Sek.ofKronor(128_492),
            Basis.PUBLISHED, page.withNote("'128 492 kronor per helårsstudent'"))
        .build();
    String none = "which names no section of it, nor a page with the passage quoted";
    assertEquals(List.of(
        "mine: research.appropriation [2015-01-01, 2016-01-01) cites 'Some agency', " + none,
        "mine: research.appropriation [2016-01-01, …) cites 'Some agency', " + none),
        uncited("mine", mine));
  }

  private static int count(Parameters parameters) {
    return parameters.list().stream().mapToInt(p -> p.timeline().values().size()).sum();
  }
}
